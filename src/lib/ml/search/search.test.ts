/**
 * Search engines: brute force is exact (against a full sort); HNSW (Malkov & Yashunin 2018)
 * reaches recall@10 >= 0.95 while computing distances to a small share of the vectors; LSH
 * (Charikar 2002) recall rises with the number of tables; heaps order correctly.
 */
import { describe, expect, it } from 'vitest';
import { clusteredDataset, l2sq, recallOf } from './data';
import { bruteForce, bruteForceIp } from './brute';
import { DistHeap, TopK } from './heap';
import { Hnsw, type LayerTrace } from './hnsw';
import { Lsh } from './lsh';

const N = 3000;
const Q = 50;

describe('heaps', () => {
  it('pop in order; TopK keeps the k smallest, ties by id', () => {
    const h = new DistHeap(1, 2);
    [5, 1, 4, 1.5, 3, 9, 0].forEach((d, i) => h.push(i, d));
    expect(h.drainSorted().dists).toEqual([0, 1, 1.5, 3, 4, 5, 9]);
    const m = new DistHeap(-1);
    [5, 1, 4].forEach((d, i) => m.push(i, d));
    expect(m.drainSorted().ids).toEqual([1, 2, 0]);
    const t = new TopK(3);
    [4, 2, 2, 8, 1, 2].forEach((d, i) => t.push(i, d));
    expect(t.sorted()).toEqual({ ids: [4, 1, 2], dists: [1, 2, 2] });
  });
});

describe('brute force', () => {
  it('returns exactly the k nearest by a full sort, visiting every vector', () => {
    const ds = clusteredDataset({ n: 500, queries: 5, d: 16, seed: 3 });
    for (let q = 0; q < 5; q++) {
      const all = Array.from({ length: 500 }, (_, i) => [i, l2sq(ds.base.data, i, ds.queries.data, q, 16)] as const).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      const r = bruteForce(ds.base, ds.queries, q, 10);
      expect(r.ids).toEqual(all.slice(0, 10).map((x) => x[0]));
      expect(r.visited).toBe(500);
      // On unit vectors, the largest inner products are the same neighbours.
      expect(bruteForceIp(ds.base.data, 500, 16, ds.queries.data.subarray(q * 16, q * 16 + 16), 10)).toEqual(r.ids);
    }
  });
});

function truthOf(ds: ReturnType<typeof clusteredDataset>) {
  return Array.from({ length: ds.queries.n }, (_, q) => bruteForce(ds.base, ds.queries, q, 10).ids);
}

describe('HNSW', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: recall@10 >= 0.95 at efSearch 40 while visiting < 12% of ${N} vectors`, () => {
      const ds = clusteredDataset({ n: N, queries: Q, d: 64, seed });
      const h = new Hnsw(ds.base, { M: 12, efConstruction: 64, seed });
      while (h.insertNext());
      const truth = truthOf(ds);
      let recall = 0;
      let visited = 0;
      for (let q = 0; q < Q; q++) {
        const r = h.search(ds.queries, q, 10, 40);
        recall += recallOf(r.ids, truth[q]) / Q;
        visited += r.visited / Q;
      }
      expect(recall).toBeGreaterThanOrEqual(0.95);
      expect(visited / N).toBeLessThan(0.12);
    });
  }

  it('levels follow mL = 1/ln M: about N/M elements above layer 0', () => {
    const ds = clusteredDataset({ n: 2000, queries: 1, d: 8, seed: 4 });
    const h = new Hnsw(ds.base, { M: 8, efConstruction: 16, seed: 4 });
    while (h.insertNext());
    const sizes = h.layerSizes();
    expect(sizes[0]).toBe(2000);
    // P(level >= 1) = exp(-1/mL) = 1/M: expect 250, allow sampling noise.
    expect(sizes[1]).toBeGreaterThan(190);
    expect(sizes[1]).toBeLessThan(310);
    // Degrees are bounded: 2M on layer 0, M above.
    for (let i = 0; i < 2000; i++) {
      expect(h.neighbours(i, 0).length).toBeLessThanOrEqual(16);
      for (let l = 1; l <= h.levels[i]; l++) expect(h.neighbours(i, l).length).toBeLessThanOrEqual(8);
    }
  });

  it('is deterministic per seed; the trace accounts for every distance; fromGraph searches the same', () => {
    const ds = clusteredDataset({ n: 600, queries: 3, d: 2, clusters: 6, spread: 0.3, seed: 5 });
    const build = () => {
      const h = new Hnsw(ds.base, { M: 6, efConstruction: 32, seed: 9 });
      while (h.insertNext());
      return h;
    };
    const a = build();
    const b = build();
    expect(a.toGraph()).toEqual(b.toGraph());
    const trace: LayerTrace[] = [];
    const r = a.search(ds.queries, 0, 5, 20, trace);
    expect(trace.map((t) => t.layer)).toEqual(Array.from({ length: a.maxLevel + 1 }, (_, i) => a.maxLevel - i));
    const counted = trace.reduce((s, t) => s + t.entry.length + t.steps.reduce((u, st) => u + st.visited.length, 0), 0);
    // Entry points are measured again at each layer (fresh visited set per layer).
    expect(counted).toBe(r.visited);
    expect(trace.at(-1)!.result.slice(0, 5)).toEqual(r.ids);
    const c = Hnsw.fromGraph(structuredClone(a.toGraph()), ds.base);
    expect(c.search(ds.queries, 1, 5, 20).ids).toEqual(a.search(ds.queries, 1, 5, 20).ids);
  });

  it("'simple' selection also works but the heuristic keeps the graph navigable on clustered data", () => {
    const ds = clusteredDataset({ n: 1500, queries: 30, d: 16, clusters: 40, spread: 0.2, seed: 6 });
    const truth = truthOf(ds);
    const recall = (selection: 'simple' | 'heuristic') => {
      const h = new Hnsw(ds.base, { M: 4, efConstruction: 32, seed: 6, selection });
      while (h.insertNext());
      return truth.reduce((s, t, q) => s + recallOf(h.search(ds.queries, q, 10, 10).ids, t), 0) / truth.length;
    };
    const simple = recall('simple');
    const heuristic = recall('heuristic');
    expect(heuristic).toBeGreaterThan(0.8);
    expect(heuristic).toBeGreaterThanOrEqual(simple);
  });
});

describe('LSH', () => {
  it('recall@10 rises with the number of tables; one table visits few vectors', () => {
    for (const seed of [1, 2, 3]) {
      const ds = clusteredDataset({ n: 2000, queries: 40, d: 64, seed });
      const lsh = new Lsh(ds.base, { tables: 16, bits: 10, seed });
      while (lsh.insertNext());
      const truth = truthOf(ds);
      const at = (T: number) => truth.reduce((s, t, q) => s + recallOf(lsh.search(ds.queries, q, 10, T).ids, t), 0) / truth.length;
      const [r1, r4, r16] = [at(1), at(4), at(16)];
      expect(r4).toBeGreaterThan(r1 + 0.1);
      expect(r16).toBeGreaterThan(r4 + 0.1);
      const v1 = lsh.search(ds.queries, 0, 10, 1).visited;
      expect(v1).toBeLessThan(0.1 * 2000);
    }
  });
});
