#!/usr/bin/env node
// npm run bench: opens every demo found through the catalogue in headless Chromium and
// prints, per demo and backend: training steps per second, the share of training time spent on
// snapshots and the estimated cost of a redraw to training, the longest main-thread task
// while training, tensors after burn-in vs after a long run, and the gzip size of the JS
// an answer page loads before its demo scrolls into view and after; then the engines at the
// issues' stated sizes per backend (scripts/bench-engines.mjs: transformer steps/s, KV-cache
// generation tokens/s, MoE steps/s, BLEU/ROUGE sentences/s). Writes the figures to
// bench-results/bench-<time>.json so two runs can be compared. Figures are noisy on
// shared machines: compare ratios measured in one run.
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extraBenches, teachingMoments } from './bench-extra.mjs';
import { measureTasks } from './bench-tasks.mjs';
import { printLighthouse, runLighthouse } from './bench-lighthouse.mjs';
import { benchEngines, printEngines } from './bench-engines.mjs';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const seconds = Number(args.get('seconds') ?? 6);
const backends = (args.get('backends') ?? 'webgl,wasm,cpu').split(',');
const only = args.get('demo');
const port = 4199;
const origin = `http://127.0.0.1:${port}`;

if (!existsSync('build/index.html') || args.has('rebuild')) execSync('npx vite build', { stdio: 'inherit' });
const server = spawn('node', ['scripts/serve.mjs', String(port), 'build'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));

// The catalogue is TypeScript: read the page list from the built search index instead.
const index = await (await fetch(`${origin}/search.json`)).json();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic'] });
const results = [];
const tasks = [];

async function jsBytes(page) {
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|$)/.test(e.name)).map((e) => e.name)
  );
  let gz = 0;
  for (const u of new Set(urls)) {
    const buf = Buffer.from(await (await fetch(u)).arrayBuffer());
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return gz;
}

/** Open a demo page, let it train for `seconds`, and measure it. */
async function measure(url, id, moment) {
  // A narrow viewport puts the demo below the answer text, so "before" is the page's own JS.
  const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (window.__bench) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const before = await jsBytes(page);
  const demo = page.locator(`[data-demo="${id}"]`);
  await page.locator(`#demo-${id}`).scrollIntoViewIfNeeded();
  await demo.waitFor();
  await page.waitForFunction((d) => document.querySelector(`[data-demo="${d}"]`)?.getAttribute('data-loading') === 'false', id, { timeout: 120_000 });
  const after = await jsBytes(page);
  const row = { used: await demo.getAttribute('data-backend'), jsBeforeKB: +(before / 1024).toFixed(1), jsAfterKB: +(after / 1024).toFixed(1) };
  const play = demo.locator('button.play');
  if ((await play.count()) === 0) {
    await page.close();
    return { ...row, note: 'does not train' };
  }
  const tensors = () => page.evaluate((d) => window.__explorables?.[d]?.numTensors(), id);
  await demo.locator('input[type=range][id$="-speed"]').fill('4');
  const tPlay = Date.now();
  await play.click();
  let momentSec;
  if (moment) {
    await page
      .waitForFunction(([d, s]) => Number(document.querySelector(`[data-demo="${d}"]`)?.getAttribute('data-step')) >= s, [id, moment.step], { timeout: 120_000, polling: 50 })
      .then(() => (momentSec = +((Date.now() - tPlay) / 1000).toFixed(1)))
      .catch(() => (momentSec = 'timeout'));
  }
  await page.waitForTimeout(1000); // burn-in
  const tensorsBurnIn = await tensors();
  const s0 = Number(await demo.getAttribute('data-step'));
  await page.evaluate(() => ((window.__bench = true), (window.__longest = 0)));
  const t0 = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const s1 = Number(await demo.getAttribute('data-step'));
  const dt = (Date.now() - t0) / 1000;
  const longest = await page.evaluate(() => window.__longest);
  // The runner's own accounting: share of training time spent on snapshots, and the
  // estimated cost to training of the last redraw (ms).
  const snapShare = await demo.getAttribute('data-snapshot-share');
  const drawMs = await demo.getAttribute('data-draw-ms');
  // Tensors after a long run (1,000 steps, or as far as the demo goes in 12 s).
  await page.waitForFunction((d) => Number(document.querySelector(`[data-demo="${d}"]`)?.getAttribute('data-step')) >= 1000 || document.querySelector(`[data-demo="${d}"]`)?.getAttribute('data-state') !== 'running', id, { timeout: 12_000 }).catch(() => {});
  const stepLong = Number(await demo.getAttribute('data-step'));
  const tensorsLong = await tensors();
  const state = await demo.getAttribute('data-state');
  await page.close();
  return { ...row, stepsPerSec: +((s1 - s0) / dt).toFixed(1), snapShare, drawMs, longestTaskMs: Math.round(longest), tensorsBurnIn, tensorsLong, stepLong, state, momentSec };
}

for (const q of index) {
  const page0 = await browser.newPage();
  await page0.goto(`${origin}/en/${q.section}/${q.slug}/`);
  const ids = await page0.locator('section[id^="demo-"]').evaluateAll((els) => els.map((e) => e.id.slice(5)));
  await page0.close();
  for (const id of ids) {
    if (only && only !== id) continue;
    if (results.some((r) => r.demo === id)) continue; // a demo shared by two pages is measured once
    const moment = teachingMoments[id];
    const query = moment ? `&${id}.preset=${moment.preset}` : '';
    for (const backend of backends) {
      results.push({ demo: id, page: q.id, backend, ...(await measure(`${origin}/en/${q.section}/${q.slug}/?backend=${backend}${query}`, id, moment)) });
    }
    tasks.push({ demo: id, page: q.id, ...(await measureTasks(browser, `${origin}/en/${q.section}/${q.slug}/`, id)) });
  }
}

results.push(...(await extraBenches({ origin, backends, measure })));
await browser.close();
const lighthouse = args.has('no-lighthouse') ? [] : runLighthouse(origin);
server.kill();
// Engines at the issues' stated sizes (transformer, KV-cache generation, MoE, BLEU/ROUGE).
const engines = args.has('no-engines') || only ? [] : await benchEngines({ backends, seconds: Math.min(seconds, 3) });

const pad = (s, n) => String(s ?? '').padEnd(n);
console.log(`\n${pad('demo', 24)}${pad('backend', 9)}${pad('steps/s', 10)}${pad('moment s', 10)}${pad('snap share', 11)}${pad('draw ms', 9)}${pad('longest ms', 12)}${pad('tensors burn-in/long (step)', 29)}${pad('JS gzip KB before/after', 25)}note`);
for (const r of results) {
  const t = r.tensorsBurnIn !== undefined ? `${r.tensorsBurnIn} / ${r.tensorsLong} (${r.stepLong})` : '';
  console.log(
    `${pad(r.demo, 24)}${pad(r.used ?? r.backend, 9)}${pad(r.stepsPerSec, 10)}${pad(r.momentSec, 10)}${pad(r.snapShare, 11)}${pad(r.drawMs, 9)}${pad(r.longestTaskMs, 12)}${pad(t, 29)}${pad(r.jsBeforeKB !== undefined ? `${r.jsBeforeKB} / ${r.jsAfterKB}` : '', 25)}${r.note ?? r.state ?? ''}`
  );
}
console.log(`\nLongest main-thread task (ms) at page load (demo in view) / demo mount / first Play; goals 100 / 50 / 50`);
for (const t of tasks) console.log(`${pad(t.demo, 24)}${pad(t.loadTaskMs, 8)}${pad(t.mountTaskMs, 8)}${pad(t.playTaskMs ?? '–', 8)}`);
if (engines.length) printEngines(engines);
if (lighthouse.length) printLighthouse(lighthouse);
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), seconds, teachingMoments, results, tasks, engines, lighthouse }, null, 2));
console.log(`\nwrote ${file}`);
