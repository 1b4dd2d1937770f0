// Copies tfjs's wasm binaries into static/ so they are served from our own origin.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
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

/** Vite plugin: make sure the wasm files are in static/ before build or dev. */
export function copyTfjsWasm() {
  return { name: 'copy-tfjs-wasm', buildStart() { copyWasm(); } };
}
