/**
 * hnswlib-wasm (a devDependency, pinned) as a CompiledHnsw for benchSearch. Its emscripten
 * build runs on the web or in a worker only: in node it needs a `window` global while it loads
 * (set here for the duration of the load, then removed). We load its inner module directly,
 * because the package's loadHnswlib() also sets up an IndexedDB file system we do not need.
 * Used by the benchmark only; nothing in the site imports this file.
 */
import type { CompiledHnsw } from './bench';

interface HnswlibIndex {
  initIndex(maxElements: number, m: number, efConstruction: number, randomSeed: number): void;
  addPoint(point: Float32Array, label: number, replaceDeleted: boolean): void;
  setEfSearch(ef: number): void;
  searchKnn(query: Float32Array, k: number, filter: undefined): { neighbors: number[]; distances: number[] };
  delete?(): void;
}
interface HnswlibModule {
  HierarchicalNSW: new (space: 'l2' | 'ip' | 'cosine', dim: number, autoSaveFilename: string) => HnswlibIndex;
}

/** The module file inside hnswlib-wasm 0.8.2 (the package has no exports map; the name is versioned). */
const INNER = 'hnswlib-wasm/dist/hnswlib-317962d7.js';

export async function loadHnswlibWasm(): Promise<CompiledHnsw> {
  const g = globalThis as Record<string, unknown>;
  const shim = typeof g.window === 'undefined' && typeof (g as { importScripts?: unknown }).importScripts !== 'function';
  if (shim) g.window = globalThis;
  let lib: HnswlibModule;
  try {
    const mod = (await import(/* @vite-ignore */ INNER)) as { default: () => Promise<HnswlibModule> };
    lib = await mod.default();
  } finally {
    if (shim) delete g.window;
  }
  let index: HnswlibIndex | null = null;
  return {
    name: 'hnswlib-wasm',
    build(data, n, d, M, efConstruction, seed) {
      index = new lib.HierarchicalNSW('l2', d, '');
      index.initIndex(n, M, efConstruction, seed);
      for (let i = 0; i < n; i++) index.addPoint(data.subarray(i * d, (i + 1) * d), i, false);
    },
    setEf(ef) {
      index!.setEfSearch(ef);
    },
    search(query, k) {
      return index!.searchKnn(query, k, undefined).neighbors;
    },
    dispose() {
      index?.delete?.();
      index = null;
    }
  };
}
