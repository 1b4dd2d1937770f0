/**
 * Random-hyperplane locality-sensitive hashing (M. Charikar, "Similarity estimation techniques
 * from rounding algorithms", STOC 2002): each of `tables` tables draws `bits` Gaussian
 * hyperplanes; a vector's key in a table is the sign pattern of its dot products with them.
 * Two vectors at angle θ agree on one bit with probability 1 - θ/π, so near vectors tend to
 * share a bucket. A query gathers the vectors in its bucket in each of the first T tables and
 * ranks those candidates by exact distance. More tables: more candidates, higher recall.
 * Vectors are added one at a time (tables are filled together), so a search may use any
 * number of the tables built.
 */
import { Rng } from '$lib/ml/core/random';
import { l2sq, type VectorSet } from './data';
import { TopK } from './heap';
import type { SearchResult } from './brute';

export interface LshParams {
  tables: number;
  bits: number;
  seed: number;
}

export class Lsh {
  readonly tables: number;
  readonly bits: number;
  readonly d: number;
  count = 0;
  private planes: Float32Array; // tables x bits x d
  private buckets: Map<number, number[]>[];
  private mark: Uint32Array;
  private stamp = 0;

  constructor(readonly base: VectorSet, p: LshParams) {
    this.tables = Math.max(1, Math.round(p.tables));
    this.bits = Math.min(30, Math.max(1, Math.round(p.bits)));
    this.d = base.d;
    this.planes = new Rng(p.seed).normals(this.tables * this.bits * this.d);
    this.buckets = Array.from({ length: this.tables }, () => new Map());
    this.mark = new Uint32Array(base.n);
  }

  /** The key of row i of `set` in table t. */
  key(set: VectorSet, i: number, t: number): number {
    const d = this.d;
    let h = 0;
    const x = set.data;
    const o = i * d;
    for (let b = 0; b < this.bits; b++) {
      const p = (t * this.bits + b) * d;
      let s = 0;
      for (let k = 0; k < d; k++) s += this.planes[p + k] * x[o + k];
      if (s >= 0) h |= 1 << b;
    }
    return h;
  }

  insertNext(): boolean {
    if (this.count >= this.base.n) return false;
    const i = this.count++;
    for (let t = 0; t < this.tables; t++) {
      const k = this.key(this.base, i, t);
      const b = this.buckets[t].get(k);
      if (b) b.push(i);
      else this.buckets[t].set(k, [i]);
    }
    return true;
  }

  /** Search with the first `useTables` tables; `visited` counts the exact distances computed. */
  search(queries: VectorSet, qi: number, k: number, useTables = this.tables): SearchResult & { candidates: number } {
    if (++this.stamp === 0xffffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
    const top = new TopK(k);
    let visited = 0;
    const T = Math.min(this.tables, Math.max(1, Math.round(useTables)));
    for (let t = 0; t < T; t++) {
      const b = this.buckets[t].get(this.key(queries, qi, t));
      if (!b) continue;
      for (const i of b) {
        if (this.mark[i] === this.stamp) continue;
        this.mark[i] = this.stamp;
        visited++;
        top.push(i, l2sq(this.base.data, i, queries.data, qi, this.d));
      }
    }
    return { ...top.sorted(), visited, candidates: visited };
  }

  /** Mean bucket size in table t (for the views). */
  meanBucket(t = 0): number {
    const m = this.buckets[t];
    return m.size ? this.count / m.size : 0;
  }
}
