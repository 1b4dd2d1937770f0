/**
 * Hierarchical Navigable Small World graphs (Y. A. Malkov, D. A. Yashunin, "Efficient and
 * robust approximate nearest neighbor search using Hierarchical Navigable Small World graphs",
 * IEEE TPAMI 2018), over Float32Array rows, squared Euclidean distance.
 *
 * - Each inserted element gets level l = floor(-ln(U) * mL), U uniform in (0, 1], with
 *   mL = 1 / ln(M) (the paper's recommended level multiplier), from a seeded stream.
 * - INSERT (Algorithm 1): greedy descent with ef = 1 through the layers above l, then on each
 *   layer min(L, l) .. 0 a SEARCH-LAYER (Algorithm 2) with efConstruction, whose result W is
 *   the entry set for the next layer; M neighbours are chosen and linked both ways; a
 *   neighbour whose list overflows (Mmax = M above layer 0, Mmax0 = 2M on layer 0) is pruned
 *   with the same selection.
 * - Neighbour selection: 'heuristic' is Algorithm 4 with extendCandidates = false and
 *   keepPrunedConnections = false (as hnswlib): take candidates closest first, keep one only
 *   if it is closer to the new element than to every neighbour kept so far; 'simple' is
 *   Algorithm 3 (the M closest).
 * - K-NN-SEARCH (Algorithm 5): ef = 1 above layer 0, ef = max(efSearch, k) on layer 0.
 * Every distance computation is counted; a search can record a trace (what each layer
 * expanded and visited) for the step-by-step view.
 */
import { Rng } from '$lib/ml/core/random';
import type { VectorSet } from './data';
import { DistHeap } from './heap';
import type { SearchResult } from './brute';

export type Selection = 'heuristic' | 'simple';

export interface HnswParams {
  M: number;
  efConstruction: number;
  seed: number;
  selection?: Selection;
  /** Level multiplier; default 1 / ln(M). */
  mL?: number;
}

export interface VisitTrace {
  id: number;
  dist: number;
  /** Entered the candidate list (closer than the ef-th best so far). */
  admitted: boolean;
}
export interface ExpandTrace {
  /** The candidate whose neighbours were examined. */
  expand: number;
  dist: number;
  visited: VisitTrace[];
}
export interface LayerTrace {
  layer: number;
  ef: number;
  entry: number[];
  steps: ExpandTrace[];
  /** The layer's result, closest first (its first element is the next layer's entry when ef = 1). */
  result: number[];
}

/** A plain copy of the graph (structured-clonable), e.g. to draw it or search it elsewhere. */
export interface HnswGraph {
  d: number;
  M: number;
  count: number;
  entry: number;
  maxLevel: number;
  levels: Int8Array;
  /** count x (2M + 1): [degree, neighbours...] on layer 0. */
  layer0: Int32Array;
  /** For each element above layer 0: levels x (M + 1) rows [degree, neighbours...] for layers 1..level. */
  upper: (Int32Array | null)[];
}

const MAX_LEVEL = 16;

export class Hnsw {
  readonly M: number;
  readonly Mmax0: number;
  readonly efConstruction: number;
  readonly mL: number;
  readonly selection: Selection;
  readonly d: number;
  count = 0;
  entry = -1;
  maxLevel = -1;
  /** Distance computations since construction (building and searching). */
  distances = 0;
  levels: Int8Array;
  layer0: Int32Array;
  upper: (Int32Array | null)[];
  private data: Float32Array;
  private mark: Uint32Array;
  private stamp = 0;
  private rng: Rng;
  private cand = new DistHeap(1);
  private found = new DistHeap(-1);

  constructor(readonly base: VectorSet, p: HnswParams) {
    this.M = Math.max(2, Math.round(p.M));
    this.Mmax0 = 2 * this.M;
    this.efConstruction = Math.max(1, Math.round(p.efConstruction));
    this.mL = p.mL ?? 1 / Math.log(this.M);
    this.selection = p.selection ?? 'heuristic';
    this.d = base.d;
    this.data = base.data;
    this.levels = new Int8Array(base.n);
    this.layer0 = new Int32Array(base.n * (this.Mmax0 + 1));
    this.upper = new Array(base.n).fill(null);
    this.mark = new Uint32Array(base.n);
    this.rng = new Rng(p.seed);
  }

  /** Rebuild a searchable index from a plain graph over the same vectors. */
  static fromGraph(g: HnswGraph, base: VectorSet): Hnsw {
    const h = new Hnsw(base, { M: g.M, efConstruction: 1, seed: 0 });
    h.count = g.count;
    h.entry = g.entry;
    h.maxLevel = g.maxLevel;
    h.levels.set(g.levels.subarray(0, Math.min(g.levels.length, h.levels.length)));
    h.layer0.set(g.layer0.subarray(0, Math.min(g.layer0.length, h.layer0.length)));
    g.upper.forEach((u, i) => (h.upper[i] = u ? u.slice() : null));
    return h;
  }

  toGraph(): HnswGraph {
    return {
      d: this.d, M: this.M, count: this.count, entry: this.entry, maxLevel: this.maxLevel,
      levels: this.levels.slice(0, this.count),
      layer0: this.layer0.slice(0, this.count * (this.Mmax0 + 1)),
      upper: this.upper.slice(0, this.count).map((u) => (u ? u.slice() : null))
    };
  }

  get full(): boolean {
    return this.count >= this.base.n;
  }

  private maxDegree(layer: number): number {
    return layer === 0 ? this.Mmax0 : this.M;
  }

  /** The neighbour row of `id` on `layer`: [degree, n1, n2, ...] and its offset. */
  private row(id: number, layer: number): [Int32Array, number] {
    if (layer === 0) return [this.layer0, id * (this.Mmax0 + 1)];
    return [this.upper[id]!, (layer - 1) * (this.M + 1)];
  }

  /** Neighbours of `id` on `layer` (a copy). */
  neighbours(id: number, layer: number): number[] {
    if (layer > this.levels[id]) return [];
    const [a, o] = this.row(id, layer);
    return Array.from(a.subarray(o + 1, o + 1 + a[o]));
  }

  private setNeighbours(id: number, layer: number, ids: number[]): void {
    const [a, o] = this.row(id, layer);
    a[o] = ids.length;
    for (let i = 0; i < ids.length; i++) a[o + 1 + i] = ids[i];
  }

  private dist(q: Float32Array, qo: number, id: number): number {
    this.distances++;
    const d = this.d;
    const o = id * d;
    const x = this.data;
    let s = 0;
    for (let k = 0; k < d; k++) {
      const t = q[qo + k] - x[o + k];
      s += t * t;
    }
    return s;
  }

  private newStamp(): number {
    if (++this.stamp === 0xffffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /** SEARCH-LAYER (Algorithm 2): the ef closest found from `entry`, closest first. */
  searchLayer(q: Float32Array, qo: number, entry: readonly number[], ef: number, layer: number, trace?: LayerTrace): { ids: number[]; dists: number[] } {
    const stamp = this.newStamp();
    const C = this.cand;
    const W = this.found;
    C.clear();
    W.clear();
    for (const e of entry) {
      if (this.mark[e] === stamp) continue;
      this.mark[e] = stamp;
      const de = this.dist(q, qo, e);
      C.push(e, de);
      W.push(e, de);
      if (W.size > ef) W.pop();
    }
    while (C.size > 0) {
      const dc = C.topDist();
      if (dc > W.topDist()) break;
      const c = C.pop();
      const step: ExpandTrace | null = trace ? { expand: c, dist: dc, visited: [] } : null;
      const [a, o] = this.row(c, layer);
      const deg = a[o];
      for (let i = 1; i <= deg; i++) {
        const e = a[o + i];
        if (this.mark[e] === stamp) continue;
        this.mark[e] = stamp;
        const de = this.dist(q, qo, e);
        const admitted = W.size < ef || de < W.topDist();
        if (admitted) {
          C.push(e, de);
          W.push(e, de);
          if (W.size > ef) W.pop();
        }
        step?.visited.push({ id: e, dist: de, admitted });
      }
      if (step) trace!.steps.push(step);
    }
    const r = W.drainSorted();
    if (trace) trace.result = [...r.ids];
    return r;
  }

  /** Choose up to m neighbours among candidates sorted closest first (Algorithm 4 or 3). */
  private select(cands: { ids: number[]; dists: number[] }, m: number): number[] {
    if (this.selection === 'simple' || cands.ids.length <= m) return cands.ids.slice(0, m);
    const out: number[] = [];
    const d = this.d;
    for (let i = 0; i < cands.ids.length && out.length < m; i++) {
      const e = cands.ids[i];
      const de = cands.dists[i];
      let good = true;
      for (const r of out) {
        if (this.dist(this.data, e * d, r) < de) {
          good = false;
          break;
        }
      }
      if (good) out.push(e);
    }
    return out;
  }

  private randomLevel(): number {
    const u = 1 - this.rng.next(); // (0, 1]
    return Math.min(MAX_LEVEL, Math.floor(-Math.log(u) * this.mL));
  }

  /** INSERT (Algorithm 1) the next row of the base set; false when all are in. */
  insertNext(): boolean {
    if (this.count >= this.base.n) return false;
    this.insert(this.count);
    return true;
  }

  private insert(q: number): void {
    const l = this.randomLevel();
    this.levels[q] = l;
    if (l > 0) this.upper[q] = new Int32Array(l * (this.M + 1));
    this.count = q + 1;
    if (this.entry < 0) {
      this.entry = q;
      this.maxLevel = l;
      return;
    }
    const qo = q * this.d;
    let ep = [this.entry];
    for (let lc = this.maxLevel; lc > l; lc--) ep = this.searchLayer(this.data, qo, ep, 1, lc).ids.slice(0, 1);
    for (let lc = Math.min(this.maxLevel, l); lc >= 0; lc--) {
      const W = this.searchLayer(this.data, qo, ep, this.efConstruction, lc);
      const chosen = this.select(W, this.M);
      this.setNeighbours(q, lc, chosen);
      const mmax = this.maxDegree(lc);
      for (const e of chosen) {
        const [a, o] = this.row(e, lc);
        if (a[o] < mmax) {
          a[o + 1 + a[o]] = q;
          a[o]++;
        } else {
          // Overflow: choose e's neighbours again among its old ones and q.
          const ids = [...Array.from(a.subarray(o + 1, o + 1 + a[o])), q];
          const eo = e * this.d;
          const ds = ids.map((x) => this.dist(this.data, eo, x));
          const order = ids.map((_, i) => i).sort((x, y) => ds[x] - ds[y]);
          this.setNeighbours(e, lc, this.select({ ids: order.map((i) => ids[i]), dists: order.map((i) => ds[i]) }, mmax));
        }
      }
      ep = W.ids;
    }
    if (l > this.maxLevel) {
      this.maxLevel = l;
      this.entry = q;
    }
  }

  /** K-NN-SEARCH (Algorithm 5) for row qi of `queries`; `trace` collects one LayerTrace per layer, top first. */
  search(queries: VectorSet, qi: number, k: number, efSearch: number, trace?: LayerTrace[]): SearchResult {
    const before = this.distances;
    if (this.entry < 0) return { ids: [], dists: [], visited: 0 };
    const qo = qi * this.d;
    let ep = [this.entry];
    for (let lc = this.maxLevel; lc >= 1; lc--) {
      const t: LayerTrace | undefined = trace ? { layer: lc, ef: 1, entry: [...ep], steps: [], result: [] } : undefined;
      ep = this.searchLayer(queries.data, qo, ep, 1, lc, t).ids.slice(0, 1);
      if (t) trace!.push(t);
    }
    const ef = Math.max(efSearch, k);
    const t: LayerTrace | undefined = trace ? { layer: 0, ef, entry: [...ep], steps: [], result: [] } : undefined;
    const W = this.searchLayer(queries.data, qo, ep, ef, 0, t);
    if (t) trace!.push(t);
    return { ids: W.ids.slice(0, k), dists: W.dists.slice(0, k), visited: this.distances - before };
  }

  /** Undirected edges of one layer (each pair once), for drawing. */
  edges(layer: number): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.count; i++) {
      if (this.levels[i] < layer) continue;
      for (const j of this.neighbours(i, layer)) if (i < j || !this.neighbours(j, layer).includes(i)) out.push([i, j]);
    }
    return out;
  }

  /** Elements per layer (layer 0 first). */
  layerSizes(): number[] {
    const sizes = new Array(Math.max(0, this.maxLevel + 1)).fill(0);
    for (let i = 0; i < this.count; i++) for (let l = 0; l <= this.levels[i]; l++) sizes[l]++;
    return sizes;
  }

  /** Bytes of the links (4 per slot, as allocated), for the memory figure. */
  linkBytes(): number {
    let b = this.count * (this.Mmax0 + 1) * 4;
    for (let i = 0; i < this.count; i++) if (this.upper[i]) b += this.upper[i]!.length * 4;
    return b;
  }
}
