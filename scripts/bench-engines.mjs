// Engine lines of `npm run bench` (issues 14 and 17): builds bench/engines (a page that is
// never shipped) with Vite into .tmp/bench-engines, serves it, and runs
// src/lib/bench/engines.ts in Chromium once per backend. Alone:
// node scripts/bench-engines.mjs [--backends=webgl,wasm,cpu] [--seconds=3]
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

export async function benchEngines({ backends, seconds = 3, port = 4185, query = '' }) {
  await build({
    root: `${root}bench/engines`,
    base: './',
    publicDir: `${root}static`,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { $lib: `${root}src/lib` } },
    build: { outDir: `${root}.tmp/bench-engines`, emptyOutDir: true, chunkSizeWarningLimit: 5000 }
  });
  const server = await serve({ port, dir: `${root}.tmp/bench-engines` });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic'] });
  const rows = [];
  try {
    for (const backend of backends) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${port}/?backend=${backend}&seconds=${seconds}${query}`);
      const r = await page
        .waitForFunction(() => window.__bench, null, { timeout: 240_000 + seconds * 20_000, polling: 500 })
        .then((h) => h.jsonValue())
        .catch((e) => ({ error: `${e.message.split('\n')[0]} ${errors.join(' | ')}` }));
      await page.close();
      if (r.error) rows.push({ backend, name: 'engines', rate: NaN, unit: '', size: '', note: `failed: ${r.error.split('\n')[0]}` });
      else rows.push(...r.rows.map((x) => ({ backend: r.backend, ...x })));
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

export function printEngines(rows) {
  const pad = (s, n) => String(s ?? '').padEnd(n);
  console.log(`\n${pad('engine', 30)}${pad('backend', 9)}${pad('rate', 20)}size; note`);
  for (const r of rows) console.log(`${pad(r.name, 30)}${pad(r.backend, 9)}${pad(`${r.rate.toFixed(1)} ${r.unit}`, 20)}${r.size}${r.note ? `; ${r.note}` : ''}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const rows = await benchEngines({ backends: (args.get('backends') ?? 'webgl,wasm,cpu').split(','), seconds: Number(args.get('seconds') ?? 3), query: args.has('query') ? `&${args.get('query')}` : '' });
  printEngines(rows);
}
