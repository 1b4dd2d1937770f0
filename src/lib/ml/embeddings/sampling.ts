/**
 * The sampling parts of skip-gram with negative sampling (Mikolov, Sutskever, Chen, Corrado
 * & Dean 2013, "Distributed Representations of Words and Phrases and their
 * Compositionality"), in plain TypeScript with a seeded Rng:
 *   - the noise distribution P_n(w) = f(w)^0.75 / sum_v f(v)^0.75 (section 2.2);
 *   - subsampling of frequent words: a word is dropped with probability
 *     1 - sqrt(t / f(w)), f its relative frequency (section 2.3; off when t = 0);
 *   - (centre, context) pairs inside a window, with word2vec.c's dynamic window: for each
 *     centre an effective window b is drawn uniformly from 1..window.
 */
import type { Rng } from '../core/random';

/** P_n(w) proportional to count(w)^power (power 0.75 in the paper). */
export function noiseDistribution(counts: readonly number[], power = 0.75): Float64Array {
  const p = Float64Array.from(counts, (c) => Math.pow(c, power));
  const z = p.reduce((a, b) => a + b, 0);
  for (let i = 0; i < p.length; i++) p[i] /= z;
  return p;
}

/** Draws indices from a discrete distribution (cumulative table + binary search). */
export class DiscreteSampler {
  private readonly cdf: Float64Array;
  constructor(probs: ArrayLike<number>) {
    this.cdf = new Float64Array(probs.length);
    let s = 0;
    for (let i = 0; i < probs.length; i++) this.cdf[i] = s += probs[i];
    for (let i = 0; i < probs.length; i++) this.cdf[i] /= s;
  }
  sample(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Probability of keeping each word under subsampling with threshold t (1 everywhere when t = 0). */
export function keepProbabilities(counts: readonly number[], t: number): Float64Array {
  const total = counts.reduce((a, b) => a + b, 0);
  return Float64Array.from(counts, (c) => (t > 0 && c > 0 ? Math.min(1, Math.sqrt(t / (c / total))) : 1));
}

export interface PairOptions {
  window: number;
  /** word2vec.c's reduced window: b uniform in 1..window per centre (default true). */
  dynamicWindow?: boolean;
  /** Per-word keep probabilities (subsampling); all kept when absent. */
  keep?: ArrayLike<number>;
}

/** All (centre, context) index pairs of one pass over the sentences, in corpus order. */
export function skipGramPairs(sentences: readonly (readonly number[])[], rng: Rng, opts: PairOptions): { centres: Int32Array; contexts: Int32Array } {
  const { window, dynamicWindow = true, keep } = opts;
  const cs: number[] = [];
  const xs: number[] = [];
  for (const raw of sentences) {
    const s = keep ? raw.filter((w) => keep[w] >= 1 || rng.next() < keep[w]) : raw;
    for (let i = 0; i < s.length; i++) {
      const b = dynamicWindow ? 1 + rng.int(window) : window;
      for (let j = Math.max(0, i - b); j <= Math.min(s.length - 1, i + b); j++) {
        if (j === i) continue;
        cs.push(s[i]);
        xs.push(s[j]);
      }
    }
  }
  return { centres: Int32Array.from(cs), contexts: Int32Array.from(xs) };
}
