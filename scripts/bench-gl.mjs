#!/usr/bin/env node
// The WebGL benchmark of issue 12: the toy GAN in GAN Lab's "ring" configuration and the
// VAE, per backend, under both software GL paths Chromium offers here (Playwright's
// default flags, and --use-angle=swiftshader): iterations per second, kernels / uploads /
// read-backs per iteration and per snapshot, the share of time spent on snapshots, and
// the longest main-thread task while training. With --before=<dir> (another build of the
// site) the same figures are measured for it too, alternating, in the same run.
// Usage: node scripts/bench-gl.mjs [--seconds=8] [--before=../before/build] [--backends=webgl,wasm]
//   [--cases=gan-lab-ring,vae] [--kernels] (the most frequent kernels per step)
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const seconds = Number(args.get('seconds') ?? 8);
// Iterations per profile (after as many to warm up): engine time per iteration with the page idle.
const profileSteps = Number(args.get('profile-steps') ?? 20);
// --before=<dir>[,<dir>...]: earlier builds, labelled before, before2, ...
const builds = [['now', 'build'], ...(args.get('before') ? args.get('before').split(',').map((d, i) => [i ? `before${i + 1}` : 'before', d]) : [])];
const cases = [
  { name: 'gan-lab-ring', path: '/en/gen/mode-collapse/', id: 'toy-gan', query: 'toy-gan.preset=gan-lab-ring' },
  { name: 'vae', path: '/en/gen/vae/', id: 'vae', query: 'vae.preset=basics' }
].filter((c) => !args.get('cases') || args.get('cases').split(',').includes(c.name));
const paths = [
  ['default GL', ['--disable-quic']],
  ['swiftshader', ['--disable-quic', '--use-angle=swiftshader']]
];
const backends = (args.get('backends') ?? 'webgl,wasm').split(',');

const servers = [];
for (const [i, [label, dir]] of builds.entries()) servers.push({ label, port: 4190 + i, server: await serve({ port: 4190 + i, dir }) });

async function run(browser, origin, c, backend) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (window.__bench) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(`${origin}${c.path}?${c.query}&backend=${backend}`);
  const d = page.locator(`[data-demo="${c.id}"]`);
  await page.locator(`#demo-${c.id}`).scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => document.querySelector(`[data-demo="${id}"]`)?.getAttribute('data-loading') === 'false', c.id, { timeout: 120_000 });
  const profile = await page.evaluate(([id, n]) => window.__explorables?.[id]?.profile?.(n) ?? null, [c.id, profileSteps]).catch(() => null);
  await d.locator('input[type=range][id$="-speed"]').fill('4');
  await d.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(1500);
  await page.evaluate(() => ((window.__bench = true), (window.__longest = 0)));
  const s0 = Number(await d.getAttribute('data-step'));
  const t0 = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const s1 = Number(await d.getAttribute('data-step'));
  const row = {
    itPerSec: +(((s1 - s0) * 1000) / (Date.now() - t0)).toFixed(1),
    share: await d.getAttribute('data-snapshot-share'),
    drawMs: await d.getAttribute('data-draw-ms'),
    longestMs: Math.round(await page.evaluate(() => window.__longest)),
    used: await d.getAttribute('data-backend'),
    profile
  };
  await page.close();
  return row;
}

const rows = [];
for (const [pathLabel, flags] of paths) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
  for (const c of cases) {
    for (const backend of backends) {
      for (const s of servers) {
        const r = await run(browser, `http://127.0.0.1:${s.port}`, c, backend).catch((e) => ({ error: String(e.message).split('\n')[0] }));
        rows.push({ case: c.name, gl: pathLabel, backend, build: s.label, ...r });
      }
    }
  }
  await browser.close();
}
for (const s of servers) s.server.close();

const pad = (x, n) => String(x ?? '').padEnd(n);
// Kernels (WebGL: [shader programs], tfjs's hidden pack / unpack ones included) / uploads / read-backs.
const cost = (p) => (p ? `${p.kernels}${p.programs !== undefined ? `[${p.programs}]` : ''}/${p.uploads}/${p.readbacks}` : '');
console.log(`\n${pad('case', 14)}${pad('GL path', 13)}${pad('backend', 8)}${pad('build', 8)}${pad('it/s', 8)}${pad('snap share', 11)}${pad('draw ms', 8)}${pad('longest', 9)}${pad('step k[p]/u/r (ms)', 30)}${pad('snapshot k[p]/u/r (ms)', 22)}`);
for (const r of rows) {
  if (r.error) { console.log(`${pad(r.case, 14)}${pad(r.gl, 13)}${pad(r.backend, 8)}${pad(r.build, 8)}failed: ${r.error}`); continue; }
  const snap = r.profile ? `${cost(r.profile.snapshot)} (${r.profile.snapshot.ms.toFixed(0)})` : 'n/a';
  console.log(`${pad(r.case, 14)}${pad(r.gl, 13)}${pad(r.used, 8)}${pad(r.build, 8)}${pad(r.itPerSec, 8)}${pad(r.share ?? 'n/a', 11)}${pad(r.drawMs ?? 'n/a', 8)}${pad(r.longestMs, 9)}${pad(r.profile ? `${cost(r.profile.step)} (${r.profile.step.ms.toFixed(1)})` : 'n/a', 30)}${snap}`);
}
if (args.has('kernels')) {
  console.log('\nMost frequent kernels per training step:');
  for (const r of rows) if (r.profile?.step?.top) console.log(`${r.case} / ${r.gl} / ${r.used} / ${r.build}: ${Object.entries(r.profile.step.top).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
