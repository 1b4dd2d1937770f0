/**
 * The search benchmark behind `npm run bench`: HNSW (ours, TypeScript) build time, queries per
 * second and recall@10 at each N, against brute force on the same vectors and queries in the
 * same run, and against a compiled HNSW (e.g. hnswlib-wasm) when an adapter is passed in.
 * Plain function, no DOM: call it from node or a worker.
 */
import { bruteForce } from './brute';
import { clusteredDataset, recallOf } from './data';
import { Hnsw } from './hnsw';

/** A compiled HNSW behind a small interface (see bench-hnswlib.ts). */
export interface CompiledHnsw {
  name: string;
  build(data: Float32Array, n: number, d: number, M: number, efConstruction: number, seed: number): void;
  setEf(ef: number): void;
  search(query: Float32Array, k: number): number[];
  dispose?(): void;
}

export interface BenchOptions {
  sizes?: number[];
  d?: number;
  queries?: number;
  M?: number;
  efConstruction?: number;
  efSearch?: number;
  seed?: number;
  compiled?: CompiledHnsw | null;
  now?: () => number;
  log?: (line: string) => void;
}

export interface BenchRow {
  impl: string;
  n: number;
  d: number;
  buildSeconds: number;
  queriesPerSecond: number;
  recallAt10: number;
  /** Mean distance computations per query (brute force: n); unknown for a compiled index. */
  visitedPerQuery: number | null;
}

export function benchSearch(o: BenchOptions = {}): BenchRow[] {
  const { sizes = [10_000, 100_000], d = 64, queries = 200, M = 16, efConstruction = 100, efSearch = 64, seed = 1, compiled = null } = o;
  const now = o.now ?? (() => performance.now());
  const rows: BenchRow[] = [];
  const push = (r: BenchRow) => {
    rows.push(r);
    o.log?.(`${r.impl.padEnd(14)} N=${r.n} d=${r.d}: build ${r.buildSeconds.toFixed(2)} s, ${r.queriesPerSecond.toFixed(0)} queries/s, recall@10 ${r.recallAt10.toFixed(3)}${r.visitedPerQuery === null ? '' : `, ${r.visitedPerQuery.toFixed(0)} distances/query`}`);
  };
  for (const n of sizes) {
    const ds = clusteredDataset({ n, queries, d, seed });
    // Brute force: the exact answers (and its speed).
    let t = now();
    const truth = Array.from({ length: queries }, (_, q) => bruteForce(ds.base, ds.queries, q, 10).ids);
    push({ impl: 'brute force', n, d, buildSeconds: 0, queriesPerSecond: queries / ((now() - t) / 1000), recallAt10: 1, visitedPerQuery: n });

    t = now();
    const h = new Hnsw(ds.base, { M, efConstruction, seed });
    while (h.insertNext());
    const build = (now() - t) / 1000;
    let recall = 0;
    let visited = 0;
    t = now();
    for (let q = 0; q < queries; q++) {
      const r = h.search(ds.queries, q, 10, efSearch);
      recall += recallOf(r.ids, truth[q]);
      visited += r.visited;
    }
    const qs = queries / ((now() - t) / 1000);
    push({ impl: 'HNSW (ours)', n, d, buildSeconds: build, queriesPerSecond: qs, recallAt10: recall / queries, visitedPerQuery: visited / queries });

    if (compiled) {
      t = now();
      compiled.build(ds.base.data, n, d, M, efConstruction, seed);
      const cb = (now() - t) / 1000;
      compiled.setEf(efSearch);
      let cr = 0;
      t = now();
      for (let q = 0; q < queries; q++) cr += recallOf(compiled.search(ds.queries.data.subarray(q * d, (q + 1) * d), 10), truth[q]);
      push({ impl: compiled.name, n, d, buildSeconds: cb, queriesPerSecond: queries / ((now() - t) / 1000), recallAt10: cr / queries, visitedPerQuery: null });
      compiled.dispose?.();
    }
  }
  return rows;
}
