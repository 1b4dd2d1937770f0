// Copies tfjs's wasm binaries into static/ so they are served from our own origin.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const files = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

export function copyWasm(root = process.cwd()) {
  const src = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  const dest = join(root, 'static', 'tfjs-wasm');
  mkdirSync(dest, { recursive: true });
  for (const f of files) {
    const to = join(dest, f);
    if (!existsSync(to)) cpSync(join(src, f), to);
  }
}

/** Vite plugin: make sure the wasm files are in static/ before build or dev. */
export function copyTfjsWasm() {
  return { name: 'copy-tfjs-wasm', buildStart() { copyWasm(); } };
}
