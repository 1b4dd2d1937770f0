/**
 * The Word Embedding Association Test (WEAT) of Caliskan, Bryson & Narayanan, "Semantics
 * derived automatically from language corpora contain human-like biases", Science 2017
 * (methods section), with cosine similarity:
 *
 *   s(w, A, B)    = mean_{a in A} cos(w, a) - mean_{b in B} cos(w, b)
 *   s(X, Y, A, B) = sum_{x in X} s(x, A, B) - sum_{y in Y} s(y, A, B)        (test statistic)
 *   effect size   = (mean_{x in X} s(x, A, B) - mean_{y in Y} s(y, A, B))
 *                   / std-dev_{w in X u Y} s(w, A, B)
 *
 * The standard deviation is the sample one (n - 1 denominator) over the |X| + |Y| values
 * (contract of issue 15). When all of them are equal it is 0 and the effect size is NaN
 * (0 / 0) or +-Infinity: the test says nothing there, and we do not hide it.
 *
 * The one-sided permutation p-value is Pr_i[s(X_i, Y_i, A, B) > s(X, Y, A, B)] over the
 * partitions (X_i, Y_i) of X u Y into parts of sizes |X| and |Y| (strictly greater, as the
 * paper writes it). All partitions are enumerated when there are at most `maxExact` of them,
 * else `samples` random ones are drawn with a seeded Rng. Statistics within 1e-9 (relative)
 * of the observed one count as equal, so float rounding cannot turn a tie into "greater".
 */
import { Rng } from '../core/random';
import { cosine } from './vectors';

export interface WeatResult {
  /** s(x, A, B) for each x in X. */
  sX: number[];
  /** s(y, A, B) for each y in Y. */
  sY: number[];
  /** s(X, Y, A, B). */
  statistic: number;
  effectSize: number;
}

const mean = (a: readonly number[]) => a.reduce((s, x) => s + x, 0) / a.length;

/** s(w, A, B). */
export function weatAssociation(w: readonly number[], A: readonly number[][], B: readonly number[][]): number {
  return mean(A.map((a) => cosine(w, a))) - mean(B.map((b) => cosine(w, b)));
}

/** Sample standard deviation (n - 1). */
export function sampleStd(a: readonly number[]): number {
  const m = mean(a);
  return Math.sqrt(a.reduce((s, x) => s + (x - m) ** 2, 0) / (a.length - 1));
}

export function weatEffectSize(X: number[][], Y: number[][], A: number[][], B: number[][]): WeatResult {
  if (!X.length || !Y.length || !A.length || !B.length) throw new RangeError('WEAT needs non-empty X, Y, A and B');
  const sX = X.map((x) => weatAssociation(x, A, B));
  const sY = Y.map((y) => weatAssociation(y, A, B));
  const statistic = sX.reduce((s, v) => s + v, 0) - sY.reduce((s, v) => s + v, 0);
  const effectSize = (mean(sX) - mean(sY)) / sampleStd([...sX, ...sY]);
  return { sX, sY, statistic, effectSize };
}

export interface WeatPValue {
  pValue: number;
  /** True when every partition was enumerated. */
  exact: boolean;
  /** Partitions looked at. */
  partitions: number;
  /** How many of them had a statistic strictly greater than the observed one. */
  greater: number;
}

/** Binomial coefficient (as a float; exact for the sizes used here). */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) r = (r * (n - i + 1)) / i;
  return Math.round(r);
}

/**
 * The permutation p-value from the per-word associations (sX, sY of weatEffectSize): the
 * statistic of a partition is sum_{Xi} s - sum_{Yi} s = 2 sum_{Xi} s - total.
 */
export function weatPValueFromScores(
  sX: readonly number[],
  sY: readonly number[],
  opts: { maxExact?: number; samples?: number; seed?: number } = {}
): WeatPValue {
  const { maxExact = 50_000, samples = 20_000, seed = 0 } = opts;
  const all = [...sX, ...sY];
  const n = all.length;
  const m = sX.length;
  const total = all.reduce((s, v) => s + v, 0);
  const observed = 2 * sX.reduce((s, v) => s + v, 0) - total;
  const tol = 1e-9 * Math.max(1, Math.abs(observed));
  const count = choose(n, m);
  let greater = 0;
  if (count <= maxExact) {
    // Enumerate the m-subsets in lexicographic order.
    const idx = Array.from({ length: m }, (_, i) => i);
    for (;;) {
      let sum = 0;
      for (const i of idx) sum += all[i];
      if (2 * sum - total > observed + tol) greater++;
      let j = m - 1;
      while (j >= 0 && idx[j] === n - m + j) j--;
      if (j < 0) break;
      idx[j]++;
      for (let k = j + 1; k < m; k++) idx[k] = idx[k - 1] + 1;
    }
    return { pValue: greater / count, exact: true, partitions: count, greater };
  }
  const rng = new Rng(seed);
  const perm = all.map((_, i) => i);
  for (let s = 0; s < samples; s++) {
    // Partial Fisher-Yates: the first m of a fresh shuffle form X_i.
    let sum = 0;
    for (let j = 0; j < m; j++) {
      const r = j + rng.int(n - j);
      [perm[j], perm[r]] = [perm[r], perm[j]];
      sum += all[perm[j]];
    }
    if (2 * sum - total > observed + tol) greater++;
  }
  return { pValue: greater / samples, exact: false, partitions: samples, greater };
}

/** The one-sided permutation p-value of the WEAT statistic for these word vectors. */
export function weatPValue(
  X: number[][],
  Y: number[][],
  A: number[][],
  B: number[][],
  opts: { maxExact?: number; samples?: number; seed?: number } = {}
): WeatPValue {
  const { sX, sY } = weatEffectSize(X, Y, A, B);
  return weatPValueFromScores(sX, sY, opts);
}
