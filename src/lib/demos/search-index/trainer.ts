/**
 * emb-10: brute force vs random-hyperplane LSH vs HNSW on up to 100,000 clustered 64-d unit
 * vectors, generated and indexed in the worker. A training step first inserts one vector into
 * both indexes (the build, step by step, so a large N never freezes anything); once all are
 * in, a step evaluates one query (cycling through 100 held-out queries): brute force once per
 * query (the ground truth), HNSW at a sweep of efSearch values and LSH at a sweep of table
 * counts, plus the reader's current settings (live). A small 2-D index with the same M and
 * efConstruction is built at the start for the step-by-step view of one query.
 */
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { clusteredDataset, recallOf, type VectorSet } from '$lib/ml/search/data';
import { bruteForce } from '$lib/ml/search/brute';
import { Hnsw, type HnswGraph } from '$lib/ml/search/hnsw';
import { Lsh } from '$lib/ml/search/lsh';
import { Tallies, type PointStat } from './evaluate';

export interface SearchParams {
  n: number;
  M: number;
  efConstruction: number;
  efSearch: number;
  tables: number;
  bits: number;
}

export const D = 64;
export const K = 10;
export const QUERIES = 100;
export const LSH_TABLES = 24;
export const EF_SWEEP = [1, 2, 4, 8, 16, 32, 64, 128, 256];
export const TABLE_SWEEP = [1, 2, 4, 8, 16, 24];
export const LAYOUT_N = 300;
export const LAYOUT_QUERIES = 12;

export interface Layout {
  points: Float32Array;
  queries: Float32Array;
  graph: HnswGraph;
}

export interface SearchSnapshot {
  step: number;
  phase: 'building' | 'querying';
  n: number;
  d: number;
  inserted: number;
  build: { hnswMs: number; lshMs: number; layerSizes: number[]; linkBytes: number; vectorBytes: number };
  brute: { queries: number; msPerQuery: number };
  /** Queries evaluated since the build finished. */
  evaluated: number;
  hnsw: PointStat[];
  lsh: PointStat[];
  current: { efSearch: number; tables: number; hnsw: PointStat | null; lsh: PointStat | null };
  layout: Layout;
}

const now = () => performance.now();

/** The 2-D points of the layer-by-layer view and their index (same M and efConstruction). */
export function buildLayout(M: number, efConstruction: number, seed: number): Layout {
  const ds = clusteredDataset({ n: LAYOUT_N, queries: LAYOUT_QUERIES, d: 2, clusters: 7, spread: 0.35, normalize: false, seed: seed + 7 });
  const h = new Hnsw(ds.base, { M, efConstruction, seed: seed + 8 });
  while (h.insertNext());
  return { points: ds.base.data, queries: ds.queries.data, graph: h.toGraph() };
}

/** The vectors and queries of a run (the same for a given N and seed). */
export function datasetFor(n: number, seed: number) {
  return clusteredDataset({ n, queries: QUERIES, d: D, clusters: 64, spread: 0.6, seed });
}

export function createSearchTrainer(params: SearchParams, seed: number): Trainer<SearchParams, SearchSnapshot> {
  const n = Math.round(params.n);
  let { efSearch, tables } = params;
  const ds = datasetFor(n, seed);
  const hnsw = new Hnsw(ds.base, { M: params.M, efConstruction: params.efConstruction, seed: seed + 1 });
  const lsh = new Lsh(ds.base, { tables: LSH_TABLES, bits: params.bits, seed: seed + 2 });
  const layout = buildLayout(params.M, params.efConstruction, seed);
  const truth: (number[] | null)[] = new Array(QUERIES).fill(null);
  const hTally = new Tallies();
  const lTally = new Tallies();
  let bruteMs = 0;
  let bruteQueries = 0;
  let hnswMs = 0;
  let lshMs = 0;
  let step = 0;
  let evaluated = 0;

  const evaluate = (queries: number[]) => {
    const missing = queries.filter((q) => !truth[q]);
    if (missing.length) {
      const t0 = now();
      for (const q of missing) truth[q] = bruteForce(ds.base, ds.queries, q, K).ids;
      bruteMs += now() - t0;
      bruteQueries += missing.length;
    }
    for (const ef of new Set([...EF_SWEEP, efSearch])) {
      let rec = 0;
      let vis = 0;
      const t0 = now();
      for (const q of queries) {
        const r = hnsw.search(ds.queries, q, K, ef);
        rec += recallOf(r.ids, truth[q]!);
        vis += r.visited;
      }
      hTally.add(ef, queries.length, rec, vis, now() - t0);
    }
    for (const T of new Set([...TABLE_SWEEP, tables])) {
      let rec = 0;
      let vis = 0;
      const t0 = now();
      for (const q of queries) {
        const r = lsh.search(ds.queries, q, K, T);
        rec += recallOf(r.ids, truth[q]!);
        vis += r.visited;
      }
      lTally.add(T, queries.length, rec, vis, now() - t0);
    }
  };

  return {
    async train(steps: number): Promise<Metrics> {
      let left = steps;
      if (!hnsw.full) {
        const k = Math.min(left, n - hnsw.count);
        let t0 = now();
        for (let i = 0; i < k; i++) hnsw.insertNext();
        hnswMs += now() - t0;
        t0 = now();
        for (let i = 0; i < k; i++) lsh.insertNext();
        lshMs += now() - t0;
        left -= k;
      }
      if (left > 0) {
        const qs = Array.from({ length: left }, (_, i) => (evaluated + i) % QUERIES);
        evaluate(qs);
        evaluated += left;
      }
      step += steps;
      const m: Metrics = { step, inserted: hnsw.count };
      const h = hTally.stat(efSearch, n);
      const l = lTally.stat(tables, n);
      if (h) Object.assign(m, { hnswRecall: h.recall, hnswVisited: h.visited });
      if (l) Object.assign(m, { lshRecall: l.recall, lshVisited: l.visited });
      return m;
    },

    async snapshot(): Promise<SearchSnapshot> {
      return {
        step,
        phase: hnsw.full ? 'querying' : 'building',
        n,
        d: D,
        inserted: hnsw.count,
        build: { hnswMs, lshMs, layerSizes: hnsw.layerSizes(), linkBytes: hnsw.linkBytes(), vectorBytes: n * D * 4 },
        brute: { queries: bruteQueries, msPerQuery: bruteQueries ? bruteMs / bruteQueries : NaN },
        evaluated,
        hnsw: hTally.stats(n),
        lsh: lTally.stats(n),
        current: { efSearch, tables, hnsw: hTally.stat(efSearch, n), lsh: lTally.stat(tables, n) },
        layout: { points: layout.points.slice(), queries: layout.queries.slice(), graph: structuredClone(layout.graph) }
      };
    },

    setParams(p: Partial<SearchParams>) {
      if (p.efSearch !== undefined) efSearch = Math.max(1, Math.round(p.efSearch));
      if (p.tables !== undefined) tables = Math.min(LSH_TABLES, Math.max(1, Math.round(p.tables)));
    },

    dispose() {}
  };
}

export type { VectorSet };
export default createSearchTrainer;
