#!/usr/bin/env node
// npm run thumbnails: pictures of the real demos for the home page and the lessons index.
// Serves the built site, opens each page's first demo in headless Chromium (wasm backend,
// seed 1), lets a training demo run until its question's reveal step (or a few seconds),
// then copies the demo's first chart as a standalone SVG: shapes only (no text, too small to
// read at 72 x 45), every colour and stroke resolved from the page's styles, so the file
// needs no stylesheet. Writes static/thumbs/<page id>.svg and the list of pages that have
// one to src/lib/classroom/thumbs.json, then draws each as static/thumbs/<page id>.png
// (scripts/thumbs-raster.mjs), which the pages show. Rebuild afterwards (`npm run build`).
import { chromium } from '@playwright/test';
import { rasterise } from './thumbs-raster.mjs';
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const port = 4198;
const origin = `http://127.0.0.1:${port}`;
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const seconds = Number(args.get('seconds') ?? 4);
// --only=gen-04,gen-12 redraws those pages and keeps the others' files.
const only = args.get('only')?.split(',');

if (!existsSync('build/index.html')) execSync('npx vite build', { stdio: 'inherit' });
const server = spawn('node', ['scripts/serve.mjs', String(port), 'build'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const index = await (await fetch(`${origin}/search.json`)).json();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic'] });
mkdirSync('static/thumbs', { recursive: true });
const made = [];

/** The first chart of the demo as a self-contained SVG string (null if it has none). */
function extract(demoId) {
  const root = document.querySelector(`[data-demo="${demoId}"] .views`);
  const svg = [...(root?.querySelectorAll('svg') ?? [])].find((s) => s.querySelector('path, rect, circle, line') && s.getBoundingClientRect().width > 100);
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true);
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [copy, ...copy.querySelectorAll('*')];
  const keep = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity'];
  // Presentation attributes inherit: write one only where it differs from the parent's.
  const initial = { fill: 'rgb(0, 0, 0)', stroke: 'none', 'stroke-width': '1px', 'stroke-dasharray': 'none', opacity: '1', 'fill-opacity': '1', 'stroke-opacity': '1' };
  const hex = (v) => v.replace(/rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/g, (_, r, g, b, a) => '#' + [r, g, b].map((x) => (+x).toString(16).padStart(2, '0')).join('') + (a === undefined ? '' : Math.round(+a * 255).toString(16).padStart(2, '0')));
  // Whole pixels of a ~500 px chart shown at 72 px; scatters thinned to at most MAX_MARKS marks.
  const round = (v) => v.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(+n)));
  const MAX_MARKS = 120;
  const thinPath = (d) => {
    const parts = d.split(/(?=M)/);
    if (parts.length <= MAX_MARKS) return d;
    const k = Math.ceil(parts.length / MAX_MARKS);
    return parts.filter((_, i) => i % k === 0).join('');
  };
  src.forEach((el, i) => {
    const d = dst[i];
    if (el.tagName === 'text' || el.tagName === 'title' || el.tagName === 'desc') return void d.remove();
    if (el.tagName === 'foreignObject') {
      // A heatmap drawn on a canvas at data resolution: its pixels as an embedded PNG.
      const canvas = el.querySelector('canvas');
      if (!canvas) return void d.remove();
      const img = document.createElementNS('http://www.w3.org/2000/svg', 'image');
      for (const a of ['x', 'y', 'width', 'height']) img.setAttribute(a, round(el.getAttribute(a) ?? '0'));
      img.setAttribute('preserveAspectRatio', 'none');
      img.setAttribute('style', 'image-rendering:pixelated');
      img.setAttribute('href', canvas.toDataURL('image/png'));
      return void d.replaceWith(img);
    }
    const cs = getComputedStyle(el);
    const parent = el === svg ? null : getComputedStyle(el.parentElement);
    // opacity does not inherit (it multiplies): compare it with its initial value only.
    for (const k of keep) {
      const v = cs.getPropertyValue(k);
      const base = k === 'opacity' || !parent ? initial[k] : parent.getPropertyValue(k);
      if (v && v !== 'normal' && v !== base) d.setAttribute(k, hex(v));
    }
    d.removeAttribute('class');
    d.removeAttribute('style');
    for (const a of [...d.attributes]) {
      if (a.name.startsWith('aria-') || a.name.startsWith('data-') || a.name === 'role' || a.name === 'tabindex' || a.name === 'focusable') d.removeAttribute(a.name);
      else if (/^(d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|points|transform)$/.test(a.name)) d.setAttribute(a.name, round(a.name === 'd' ? thinPath(a.value) : a.value));
    }
  });
  for (const g of [copy, ...copy.querySelectorAll('g')]) {
    const dots = [...g.children].filter((c) => c.tagName === 'circle' || (c.tagName === 'path' && (c.getAttribute('d') ?? '').length < 60));
    if (dots.length > MAX_MARKS) {
      const k = Math.ceil(dots.length / MAX_MARKS);
      dots.forEach((c, i) => i % k && c.remove());
    }
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // A chart with its own coordinate system keeps it; otherwise its CSS pixel box.
  if (!svg.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
  copy.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  copy.removeAttribute('width');
  copy.removeAttribute('height');
  return copy.outerHTML.replace(/<!---->/g, '').replace(/\s+/g, ' ');
}

for (const entry of index.filter((e) => !only || only.includes(e.id))) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let demo = '';
  try {
    await page.goto(`${origin}/en/${entry.section}/${entry.slug}/?backend=wasm`, { waitUntil: 'load' });
    demo = (await page.locator('section[id^="demo-"]').first().getAttribute('id'))?.slice(5) ?? '';
    if (!demo) throw new Error('no demo');
    const d = page.locator(`[data-demo="${demo}"]`);
    await page.locator(`#demo-${demo}`).scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => document.querySelector(`[data-demo="${id}"]`)?.getAttribute('data-loading') === 'false', demo, { timeout: 120_000 });
    const play = d.getByRole('button', { name: 'Play', exact: true });
    if (await play.count()) {
      await play.click();
      await page.waitForTimeout(seconds * 1000);
      const pause = d.getByRole('button', { name: 'Pause', exact: true });
      if (await pause.count()) await pause.dispatchEvent('click');
      await page.waitForTimeout(500);
    }
    const svg = await page.evaluate(extract, demo);
    if (svg) {
      writeFileSync(`static/thumbs/${entry.id}.svg`, svg);
      made.push(entry.id);
      console.log(`${entry.id} (${demo}): ${(svg.length / 1024).toFixed(1)} KB`);
    } else console.log(`${entry.id} (${demo}): no chart`);
  } catch (e) {
    console.log(`${entry.id} (${demo}): failed (${e.message.split('\n')[0]})`);
  }
  await page.close();
}
const kept = only ? JSON.parse(readFileSync('src/lib/classroom/thumbs.json', 'utf8')).filter((id) => !only.includes(id)) : [];
writeFileSync('src/lib/classroom/thumbs.json', JSON.stringify([...kept, ...made].sort(), null, 0) + '\n');
await rasterise(browser, made);
await browser.close();
server.kill();
console.log(`${made.length} thumbnails in static/thumbs/; list in src/lib/classroom/thumbs.json`);
