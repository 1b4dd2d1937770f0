/**
 * emb-12's reference cases: the demo's metrics (./evaluate.ts, on the engine's cosine,
 * precisionAtK / recallAtK and WEAT) against values worked by hand from their definitions:
 * cosine = a.b / (|a| |b|); precision@k = hits in top k / k; recall@k = hits in top k /
 * relevant (Manning et al. 2008, 8.4); WEAT effect size = (mean_X s - mean_Y s) / sample std
 * over X u Y of s(w) = mean cos(w, A) - mean cos(w, B) (Caliskan et al. 2017).
 */
import { describe, expect, it } from 'vitest';
import type { GroupWord } from '$lib/ml/embeddings/corpus';
import { cosine, type WordVectors } from '$lib/ml/embeddings/vectors';
import { histogram, retrieval, separation, tableBytes, weat } from './evaluate';

const wv = (rows: Record<string, number[]>): WordVectors => {
  const words = Object.keys(rows);
  const dim = rows[words[0]].length;
  return { words, dim, data: Float32Array.from(words.flatMap((w) => rows[w])) };
};
const gw = (word: string, group: string, lang: 'en' | 'zh' = 'en', index = 0): GroupWord => ({ word, group, lang, index });

describe('emb-12 reference cases', () => {
  it('cosine: (1,2,3).(4,5,6) / (|.| |.|) = 32 / sqrt(14 * 77)', () => {
    expect(cosine([1, 2, 3], [4, 5, 6])).toBeCloseTo(32 / Math.sqrt(14 * 77), 12);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([1, 1], [-2, -2])).toBeCloseTo(-1, 12);
  });

  it('precision@k / recall@k: groups that retrieve themselves', () => {
    const v = wv({ a1: [1, 0], a2: [0.9, 0.1], b1: [0, 1], b2: [0.1, 0.9] });
    const words = [gw('a1', 'A'), gw('a2', 'A'), gw('b1', 'B'), gw('b2', 'B')];
    // Each query's nearest is its group mate: P@1 = R@1 = 1.
    expect(retrieval(v, words, 1)).toMatchObject({ precision: 1, recall: 1 });
    // Top 2: the mate and one of the other group: P@2 = 1/2, R@2 = 1.
    expect(retrieval(v, words, 2)).toMatchObject({ precision: 0.5, recall: 1 });
  });

  it('precision@k / recall@k: crossed groups score zero at k = 1, 1/3 at k = 3', () => {
    const v = wv({ a1: [1, 0], a2: [0.1, 1], b1: [0, 1], b2: [1, 0.1] });
    const words = [gw('a1', 'A'), gw('a2', 'A'), gw('b1', 'B'), gw('b2', 'B')];
    expect(retrieval(v, words, 1)).toMatchObject({ precision: 0, recall: 0 });
    const r3 = retrieval(v, words, 3);
    expect(r3.precision).toBeCloseTo(1 / 3, 12);
    expect(r3.recall).toBe(1);
    expect(r3.perGroup.A).toBeCloseTo(1 / 3, 12);
  });

  it('retrieval and separation stay inside one language', () => {
    // The Chinese word would be a's nearest, but it is not in the English pool.
    const v = wv({ a: [1, 0], b: [0.9, 0.2], c: [0, 1], 甲: [1, 0.01] });
    const words = [gw('a', 'A'), gw('b', 'A'), gw('c', 'B'), gw('甲', 'B', 'zh')];
    expect(retrieval(v, words, 1).perGroup.A).toBe(1);
    const s = separation(v, words);
    expect(s.within).toBeCloseTo(cosine([1, 0], [0.9, 0.2]), 6);
  });

  it('WEAT effect size against the hand-worked value 1.4454', () => {
    // s(x) = cos(x, a) - cos(x, b) with A = {(1,0)}, B = {(0,1)}:
    // X: (1,0) -> 1, (1,1) -> 0; Y: (0,1) -> -1, (1,2) -> -1/sqrt5.
    const s = [1, 0, -1, -1 / Math.sqrt(5)];
    const m = s.reduce((a, b) => a + b, 0) / 4;
    const std = Math.sqrt(s.reduce((a, x) => a + (x - m) ** 2, 0) / 3);
    const expected = ((1 + 0) / 2 - (-1 - 1 / Math.sqrt(5)) / 2) / std;
    expect(expected).toBeCloseTo(1.4454, 3);
    const v = wv({ f1: [1, 0], f2: [1, 1], i1: [0, 1], i2: [1, 2], p: [1, 0], u: [0, 1] });
    const words = [gw('f1', 'flowers'), gw('f2', 'flowers'), gw('i1', 'insects'), gw('i2', 'insects'), gw('p', 'pleasant'), gw('u', 'unpleasant')];
    const [r] = weat(v, words);
    expect(r.lang).toBe('en');
    expect(r.effectSize).toBeCloseTo(expected, 6);
    expect(r.statistic).toBeCloseTo(1 + 0 - (-1 - 1 / Math.sqrt(5)), 6);
  });

  it('histogram and table sizes', () => {
    expect(histogram([0, 0.1, 0.5, 0.99, 1, 7], 2, 0, 1)).toEqual([2, 4]);
    expect(tableBytes(100, 16)).toEqual({ oneHot: 40000, dense: 6400 });
  });
});
