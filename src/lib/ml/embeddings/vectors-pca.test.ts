/**
 * Plain-number parts of the word-vector engine against hand cases: cosine, nearest
 * neighbours, 3CosAdd analogies (Mikolov, Yih & Zweig 2013; Levy & Goldberg 2014), mean
 * pooling, within/between group similarity, the segmenter, and PCA (power iteration held to
 * the exact 2 x 2 eigen-decomposition and to a hand case).
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/ml/core/random';
import { analogy, cosine, cosineMatrix, groupSeparation, meanPool, nearest, type WordVectors } from './vectors';
import { covariance, eigenSym2, pca2d } from './pca';
import { tokenize } from './tokenize';

const wv = (rows: Record<string, number[]>): WordVectors => {
  const words = Object.keys(rows);
  return { words, dim: rows[words[0]].length, data: words.flatMap((w) => rows[w]) };
};

describe('cosine, neighbours, analogies, pooling', () => {
  it('cosine by hand; a zero vector gives 0; lengths must match', () => {
    expect(cosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(cosine([2, 0], [-3, 0])).toBe(-1);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow(RangeError);
    expect(cosineMatrix([[1, 0], [0, 1]])).toEqual([[1, 0], [0, 1]]);
  });

  it('nearest: by cosine, the query itself excluded, ties in vocabulary order', () => {
    const v = wv({ a: [1, 0], b: [2, 0.1], c: [0, 1], d: [1, 0], e: [-1, 0] });
    expect(nearest(v, 'a', 3).map((n) => n.word)).toEqual(['d', 'b', 'c']);
    expect(nearest(v, [0, 5], 1)[0].word).toBe('c');
    expect(nearest(v, 'a', 2, { exclude: ['d'] }).map((n) => n.word)).toEqual(['b', 'c']);
    expect(nearest(v, 'zzz', 2)).toEqual([]);
  });

  it('3CosAdd: man is to woman as king is to queen', () => {
    const s = Math.SQRT1_2;
    const v = wv({ man: [1, 0, 0], woman: [0, 1, 0], king: [s, 0, s], queen: [0, s, s], apple: [0, 0, 1], pear: [0.1, 0, 1] });
    // target = woman - man + king = (-0.293, 1, 0.707): cos with queen 0.959, with apple 0.562.
    const got = analogy(v, 'man', 'woman', 'king', 2);
    expect(got[0].word).toBe('queen');
    expect(got[0].cosine).toBeCloseTo((s + 0.5) / Math.hypot(s - 1, 1, s), 12);
    expect(got.map((n) => n.word)).not.toContain('king');
    expect(analogy(v, 'man', 'woman', 'nope')).toEqual([]);
  });

  it("mean pooling ignores order: 'dog bites man' = 'man bites dog'; unknown tokens are reported", () => {
    const v = wv({ dog: [1, 0, 2], bites: [0, 3, 0], man: [2, 1, 1] });
    const a = meanPool(v, ['dog', 'bites', 'man']);
    const b = meanPool(v, ['man', 'bites', 'dog']);
    expect(a.vector).toEqual([1, 4 / 3, 1]);
    expect(b.vector).toEqual(a.vector);
    const c = meanPool(v, ['dog', 'dog', 'zebra']);
    expect(c.vector).toEqual([1, 0, 2]);
    expect(c.unknown).toEqual(['zebra']);
    expect(meanPool(v, []).vector).toEqual([0, 0, 0]);
  });

  it('group separation: mean within-group minus mean between-group cosine', () => {
    const v = wv({ a1: [1, 0], a2: [1, 1], b1: [0, 1], b2: [-1, 1] });
    const r = groupSeparation(v, ['a1', 'a2', 'b1', 'b2', 'missing'], ['a', 'a', 'b', 'b', 'a']);
    const s = Math.SQRT1_2;
    expect(r.within).toBeCloseTo((s + s) / 2, 12); // cos(a1,a2), cos(b1,b2)
    expect(r.between).toBeCloseTo((0 + -s + s + 0) / 4, 12); // a1b1, a1b2, a2b1, a2b2
    expect(r.gap).toBeCloseTo(r.within - r.between, 12);
  });
});

describe('tokenize', () => {
  it('latin words lower-cased; Han text by forward maximum matching against the vocabulary', () => {
    const vocab = new Set(['我', '的', '狗', '圖書館', '圖書', '喜歡']);
    expect(tokenize('The Dog runs, fast!', vocab)).toEqual(['the', 'dog', 'runs', 'fast']);
    expect(tokenize('我的狗喜歡圖書館。', vocab)).toEqual(['我', '的', '狗', '喜歡', '圖書館']);
    expect(tokenize('我 的 貓', vocab)).toEqual(['我', '的', '貓']);
    expect(tokenize('my 狗', vocab)).toEqual(['my', '狗']);
  });
});

describe('PCA to 2-D', () => {
  it('eigenSym2 on [[2, 1], [1, 2]]: values 3 and 1, vectors along the diagonals', () => {
    const e = eigenSym2(2, 1, 2);
    expect(e.values[0]).toBeCloseTo(3, 15);
    expect(e.values[1]).toBeCloseTo(1, 15);
    expect(Math.abs(e.vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(e.vectors[0][0] * e.vectors[0][1]).toBeGreaterThan(0);
    expect(e.vectors[1][0] * e.vectors[1][1]).toBeLessThan(0);
    expect(eigenSym2(1, 0, 4).vectors[0]).toEqual([0, 1]);
  });

  it('hand case in 3-D: (+-2, 0, 0) and (0, +-1, 0) give variances 8/3 and 2/3 along x and y', () => {
    const rows = [2, 0, 0, -2, 0, 0, 0, 1, 0, 0, -1, 0];
    const p = pca2d(rows, 4, 3);
    expect(p.variances[0]).toBeCloseTo(8 / 3, 10);
    expect(p.variances[1]).toBeCloseTo(2 / 3, 10);
    expect(p.explained).toBeCloseTo(1, 10);
    expect(Math.abs(p.components[0][0])).toBeCloseTo(1, 8);
    expect(Math.abs(p.components[1][1])).toBeCloseTo(1, 8);
    [2, 2, 0, 0].forEach((v, i) => expect(Math.abs(p.x[i])).toBeCloseTo(v, 8));
    [0, 0, 1, 1].forEach((v, i) => expect(Math.abs(p.y[i])).toBeCloseTo(v, 8));
  });

  it('power iteration agrees with the exact 2 x 2 solution on correlated 2-D data', () => {
    const rng = new Rng(5);
    const n = 400;
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      const u = rng.normal(0, 2);
      const v = rng.normal(0, 0.5);
      rows.push(0.8 * u - 0.6 * v + 3, 0.6 * u + 0.8 * v - 1);
    }
    const { cov } = covariance(rows, n, 2);
    const exact = eigenSym2(cov[0], cov[1], cov[3]);
    const p = pca2d(rows, n, 2);
    expect(p.variances[0]).toBeCloseTo(exact.values[0], 8);
    expect(p.variances[1]).toBeCloseTo(exact.values[1], 8);
    for (let k = 0; k < 2; k++) expect(Math.abs(p.components[k][0] * exact.vectors[k][0] + p.components[k][1] * exact.vectors[k][1])).toBeCloseTo(1, 8);
    // Projected variance equals the eigenvalue; coordinates are centred.
    const varX = p.x.reduce((s, x) => s + x * x, 0) / (n - 1);
    expect(varX).toBeCloseTo(exact.values[0], 8);
    expect(Math.abs(p.x.reduce((s, x) => s + x, 0))).toBeLessThan(1e-9);
  });

  it('previous components fix the signs (no mirrored frames)', () => {
    const rows = [2, 0.1, 0, -2, 0, 0.2, 0, 1, 0, 0.1, -1, 0];
    const p = pca2d(rows, 4, 3);
    const flipped = pca2d(rows, 4, 3, p.components.map((c) => c.map((x) => -x)));
    expect(flipped.components[0]).toEqual(p.components[0].map((x) => -x));
    expect(flipped.x).toEqual(p.x.map((x) => -x));
    expect(pca2d(rows, 4, 3, p.components).components).toEqual(p.components);
  });
});
