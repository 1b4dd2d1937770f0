// tfjs-backend-wasm 4.22's OneHot kernel writes int32 codes whatever dtype is asked for, so
// `tf.oneHot(i, n, 1, 0, 'float32')` gives ~1e-45 instead of 1 on wasm (cpu is right): the
// skip-gram engine trained nothing in the browser's default backend. Cast instead:
// `tf.oneHot(i, n).toFloat()`. This guards every source and test file against the pattern
// (the unit tests run on wasm too: TF_TEST_BACKEND=wasm).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|svelte)$/.test(f) && f !== 'wasm-pitfalls.test.ts' ? [p] : [];
  });
}

describe('wasm pitfalls', () => {
  it('no oneHot with a dtype argument (the wasm kernel ignores it)', () => {
    const bad = sources('src/lib').filter((p) => /oneHot\([^\n]*,\s*[-\w.]+\s*,\s*[-\w.]+\s*,\s*'(float32|int32)'\s*\)/.test(readFileSync(p, 'utf8')));
    expect(bad).toEqual([]);
  });
});
