/** Exact k-nearest neighbours by scanning every vector (the ground truth and the baseline). */
import { l2sq, type VectorSet } from './data';
import { TopK } from './heap';

export interface SearchResult {
  ids: number[];
  dists: number[];
  /** Distance computations made (brute force: every vector). */
  visited: number;
}

/** The k nearest rows of `base` (first `count` rows) to row `qi` of `queries`, by squared L2. */
export function bruteForce(base: VectorSet, queries: VectorSet, qi: number, k: number, count = base.n): SearchResult {
  const top = new TopK(k);
  const { d } = base;
  for (let i = 0; i < count; i++) top.push(i, l2sq(base.data, i, queries.data, qi, d));
  return { ...top.sorted(), visited: count };
}

/** The k rows with the largest inner product with `query` (for the compression ladder). */
export function bruteForceIp(base: ArrayLike<number>, n: number, d: number, query: ArrayLike<number>, k: number): number[] {
  const top = new TopK(k);
  for (let i = 0; i < n; i++) {
    let s = 0;
    const o = i * d;
    for (let j = 0; j < d; j++) s += base[o + j] * query[j];
    top.push(i, -s);
  }
  return top.sorted().ids;
}
