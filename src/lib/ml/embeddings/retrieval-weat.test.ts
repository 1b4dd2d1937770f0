/**
 * The metric contracts of issue 15 against cases derived from their sources:
 *   precision@k / recall@k: Manning, Raghavan & Schütze, Introduction to Information
 *     Retrieval (2008), section 8.4, and the docstring example of torchmetrics'
 *     retrieval_precision / retrieval_precision_recall_curve (preds [0.2, 0.3, 0.5], target
 *     [T, F, T]: P@2 = 0.5; P@1 = 1, R@1 = 0.5, R@2 = 0.5);
 *   WEAT: Caliskan, Bryson & Narayanan, Science 2017 (methods), worked by hand on 2-D vectors
 *     whose cosines are known exactly.
 */
import { describe, expect, it } from 'vitest';
import { hitsAtK, precisionAtK, recallAtK } from './retrieval';
import { choose, sampleStd, weatEffectSize, weatPValue, weatPValueFromScores } from './weat';

describe('precisionAtK / recallAtK', () => {
  it("torchmetrics' docstring case: items ranked by score c (0.5), b (0.3), a (0.2); a and c relevant", () => {
    const ranked = ['c', 'b', 'a'];
    const relevant = ['a', 'c'];
    expect(precisionAtK(ranked, relevant, 2)).toBe(0.5);
    expect(precisionAtK(ranked, relevant, 1)).toBe(1);
    expect(recallAtK(ranked, relevant, 1)).toBe(0.5);
    expect(recallAtK(ranked, relevant, 2)).toBe(0.5);
    expect(recallAtK(ranked, relevant, 3)).toBe(1);
    expect(precisionAtK(ranked, relevant, 3)).toBeCloseTo(2 / 3, 15);
  });

  it('a ten-item ranking (numbers as items): hits counted in the top k', () => {
    const ranked = [7, 3, 9, 1, 4, 8, 2, 6, 5, 10];
    const relevant = [3, 4, 6, 11]; // 11 is never retrieved
    expect(hitsAtK(ranked, relevant, 5)).toBe(2);
    expect(precisionAtK(ranked, relevant, 5)).toBe(0.4);
    expect(recallAtK(ranked, relevant, 5)).toBe(0.5);
    expect(precisionAtK(ranked, relevant, 10)).toBe(0.3);
    expect(recallAtK(ranked, relevant, 10)).toBe(0.75);
  });

  it('k larger than the list: missing positions are misses, precision still divides by k', () => {
    expect(precisionAtK(['a', 'b', 'c'], ['a', 'c'], 5)).toBe(0.4);
    expect(recallAtK(['a', 'b', 'c'], ['a', 'c'], 5)).toBe(1);
    expect(precisionAtK([], ['a'], 3)).toBe(0);
  });

  it('duplicates in ranked hit once; duplicates in relevant count once', () => {
    expect(precisionAtK(['a', 'a', 'b'], ['a', 'b'], 2)).toBe(0.5);
    expect(recallAtK(['a', 'a', 'b'], ['a', 'b'], 2)).toBe(0.5);
    expect(precisionAtK(['a', 'a', 'b'], ['a', 'b'], 3)).toBeCloseTo(2 / 3, 15);
    expect(recallAtK(['a', 'a', 'b'], ['a', 'b'], 3)).toBe(1);
    expect(recallAtK(['a', 'x'], ['a', 'a', 'b'], 2)).toBe(0.5);
  });

  it('empty relevant: both 0; k must be a positive integer; SameValueZero comparison', () => {
    expect(precisionAtK(['a'], [], 1)).toBe(0);
    expect(recallAtK(['a'], [], 1)).toBe(0);
    for (const k of [0, -1, 1.5, NaN]) {
      expect(() => precisionAtK(['a'], ['a'], k)).toThrow(RangeError);
      expect(() => recallAtK(['a'], ['a'], k)).toThrow(RangeError);
    }
    expect(precisionAtK(['1'], [1], 1)).toBe(0);
  });
});

describe('weatEffectSize (Caliskan et al. 2017)', () => {
  // A = {e1}, B = {e2}: for a unit vector w, s(w, A, B) = w_x - w_y.
  const r3 = Math.sqrt(3);
  const a = r3 / 2 - 1 / 2; // s of (1/2, sqrt(3)/2) is -a, of (sqrt(3)/2, 1/2) is +a
  const X = [[1, 0], [0.5, r3 / 2]];
  const Y = [[0, 1], [r3 / 2, 0.5]];
  const A = [[1, 0]];
  const B = [[0, 1]];

  it('per-word associations, statistic and effect size by hand', () => {
    const r = weatEffectSize(X, Y, A, B);
    expect(r.sX[0]).toBeCloseTo(1, 12);
    expect(r.sX[1]).toBeCloseTo(-a, 12);
    expect(r.sY[0]).toBeCloseTo(-1, 12);
    expect(r.sY[1]).toBeCloseTo(a, 12);
    expect(r.statistic).toBeCloseTo(3 - r3, 12); // 2 (1 - a)
    // Sample std over {1, -a, -1, a} (mean 0): sqrt((2 + 2 a^2) / 3).
    const std = Math.sqrt((2 + 2 * a * a) / 3);
    expect(r.effectSize).toBeCloseTo((1 - a) / std, 12);
    expect(r.effectSize).toBeCloseTo(0.729148, 6);
    // Not the population std (which would give 0.8419).
    expect(Math.abs(r.effectSize - (1 - a) / Math.sqrt((2 + 2 * a * a) / 4))).toBeGreaterThan(0.1);
  });

  it('cosine ignores length; swapping X and Y (or A and B) flips the signs', () => {
    const r = weatEffectSize(X, Y, A, B);
    const scaled = weatEffectSize(X.map((v) => v.map((x) => 3 * x)), Y, A.map((v) => v.map((x) => 0.2 * x)), B);
    expect(scaled.effectSize).toBeCloseTo(r.effectSize, 12);
    expect(weatEffectSize(Y, X, A, B).effectSize).toBeCloseTo(-r.effectSize, 12);
    expect(weatEffectSize(X, Y, B, A).statistic).toBeCloseTo(-r.statistic, 12);
  });

  it('several attribute words: s is the difference of mean cosines', () => {
    const A2 = [[1, 0], [0, 1]]; // mean cosine of (1, 0) with A2 = 1/2
    const B2 = [[-1, 0]];
    const r = weatEffectSize([[1, 0]], [[0, 1]], A2, B2);
    expect(r.sX[0]).toBeCloseTo(0.5 - -1, 12);
    expect(r.sY[0]).toBeCloseTo(0.5 - 0, 12);
    expect(r.statistic).toBeCloseTo(1, 12);
    // Two values 1.5 and 0.5: sample std sqrt(0.5), effect (1.5 - 0.5) / sqrt(0.5).
    expect(r.effectSize).toBeCloseTo(Math.SQRT2, 12);
    expect(sampleStd([1.5, 0.5])).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('degenerate inputs: empty sets throw; equal associations give a non-finite effect size', () => {
    expect(() => weatEffectSize([], Y, A, B)).toThrow(RangeError);
    const r = weatEffectSize([[1, 0]], [[1, 0]], A, B);
    expect(r.statistic).toBe(0);
    expect(Number.isNaN(r.effectSize)).toBe(true);
  });
});

describe('WEAT permutation p-value', () => {
  it('exact enumeration by hand: 1 of the 6 partitions of {1, -a, -1, a} beats the observed one', () => {
    const r3 = Math.sqrt(3);
    const p = weatPValue([[1, 0], [0.5, r3 / 2]], [[0, 1], [r3 / 2, 0.5]], [[1, 0]], [[0, 1]]);
    expect(p).toEqual({ pValue: 1 / 6, exact: true, partitions: 6, greater: 1 });
  });

  it('strictly greater: the most extreme split has p = 0; the least extreme, (C - 1) / C', () => {
    const sX = [3, 2, 1];
    const sY = [-1, -2, -3];
    expect(weatPValueFromScores(sX, sY).pValue).toBe(0);
    expect(weatPValueFromScores(sY, sX).pValue).toBe(19 / 20);
    expect(choose(6, 3)).toBe(20);
    expect(choose(16, 8)).toBe(12870);
  });

  it('sampled partitions (seeded) agree with exact enumeration', () => {
    const sX = [0.3, 0.1, 0.25, -0.05, 0.2, 0.15];
    const sY = [0.05, -0.1, 0.12, 0.0, -0.2, 0.08];
    const exact = weatPValueFromScores(sX, sY);
    const sampled = weatPValueFromScores(sX, sY, { maxExact: 10, samples: 20000, seed: 3 });
    expect(exact.exact).toBe(true);
    expect(exact.partitions).toBe(924);
    expect(sampled.exact).toBe(false);
    expect(Math.abs(sampled.pValue - exact.pValue)).toBeLessThan(0.01);
    expect(weatPValueFromScores(sX, sY, { maxExact: 10, samples: 5000, seed: 3 })).toEqual(weatPValueFromScores(sX, sY, { maxExact: 10, samples: 5000, seed: 3 }));
  });
});
