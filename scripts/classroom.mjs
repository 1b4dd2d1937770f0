#!/usr/bin/env node
// A class on one laptop: build the site if needed, serve it on the local network, and print
// the address and a QR code to scan. No internet needed, on the laptop or the phones.
// Usage: npm run classroom [-- --port 4173] [-- --rebuild] [-- --no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { encodeQR } from 'qr';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? 4173));
const host = opt('host', '0.0.0.0');
const dir = 'build';

/** Newest modification time under a folder (sources, config). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function needsBuild() {
  if (flag('rebuild')) return true;
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'offline.json'))) return true;
  const built = statSync(join(dir, 'index.html')).mtimeMs;
  return ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'].some((p) => newest(p) > built);
}

if (!flag('no-build') && needsBuild()) {
  console.log('Building the site (once; about a minute)…');
  const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The machine's addresses on the local network (IPv4, not loopback). */
export function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/** A QR code for a terminal: two modules per character, black on white whatever the theme. */
export function terminalQr(text) {
  const m = encodeQR(text, 'raw', { ecc: 'medium', border: 2 });
  const lines = [];
  for (let y = 0; y < m.length; y += 2) {
    let line = '';
    for (let x = 0; x < m[y].length; x++) {
      const top = m[y][x];
      const bottom = y + 1 < m.length ? m[y + 1][x] : false;
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(`\x1b[30;107m${line}\x1b[0m`);
  }
  return lines.join('\n');
}

await serve({ port, dir, host });
const lan = host === '0.0.0.0' ? lanAddresses() : [host];
const urls = lan.map((a) => `http://${a}:${port}/`);
console.log(`\nServing ${dir}/ on port ${port} (${host}).`);
console.log(`On this laptop: http://127.0.0.1:${port}/`);
if (urls.length) {
  console.log(`On the local network (phones on the same Wi-Fi): ${urls.join('  ')}`);
  console.log(`\nScan to open ${urls[0]}\n`);
  console.log(terminalQr(urls[0]));
} else {
  console.log('No local network found: connect the laptop to the class Wi-Fi (or start a hotspot) and run this again.');
}
console.log('\nEverything is served from this laptop: no internet needed. Ctrl+C stops the server.');
