// Copies tfjs's wasm binaries into static/ so they are served from our own origin.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The threaded build is never used (WASM_HAS_MULTITHREAD_SUPPORT is off), so it is not shipped.
const files = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];

export function copyWasm(root = process.cwd()) {
  const src = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  const dest = join(root, 'static', 'tfjs-wasm');
  mkdirSync(dest, { recursive: true });
  for (const f of files) {
    const to = join(dest, f);
    if (!existsSync(to)) cpSync(join(src, f), to);
  }
}

/**
 * Copies KaTeX's stylesheet and its woff2 fonts into static/katex/, so only pages with
 * maths load them (a <link> in the answer page's head). The fonts switch to
 * `font-display: swap` (KaTeX ships `block`): text shows while they load. Only woff2 is
 * shipped (every browser we support reads it), so the other formats are dropped from the
 * CSS too.
 */
export function copyKatex(root = process.cwd()) {
  const src = join(dirname(require.resolve('katex/package.json')), 'dist');
  const dest = join(root, 'static', 'katex');
  mkdirSync(join(dest, 'fonts'), { recursive: true });
  const css = readFileSync(join(src, 'katex.min.css'), 'utf8')
    .replace(/font-display:block/g, 'font-display:swap')
    .replace(/,url\(fonts\/[^)]+\.woff\) format\("woff"\)/g, '')
    .replace(/,url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g, '');
  writeFileSync(join(dest, 'katex.min.css'), css);
  for (const f of readdirSync(join(src, 'fonts'))) if (f.endsWith('.woff2')) cpSync(join(src, 'fonts', f), join(dest, 'fonts', f));
}

/** Vite plugin: make sure the wasm files and KaTeX's CSS are in static/ before build or dev. */
export function copyTfjsWasm() {
  return { name: 'copy-tfjs-wasm', buildStart() { copyWasm(); copyKatex(); } };
}
