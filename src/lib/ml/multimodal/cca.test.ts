/**
 * Linear CCA and its linear algebra against hand cases. CCA's definition (Hotelling 1936;
 * e.g. Hardoon, Szedmak & Shawe-Taylor 2004, "Canonical Correlation Analysis: An Overview
 * with Application to Learning Methods", sec. 2): the canonical correlations are the singular
 * values of Cxx^{-1/2} Cxy Cyy^{-1/2}, invariant to invertible linear maps of either side.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/ml/core/random';
import { cca, ccaProject, inverseSqrt, matMul, pca, symmetricEigen, transpose } from './cca';

const corr = (a: number[], b: number[]) => {
  const ma = a.reduce((s, v) => s + v, 0) / a.length;
  const mb = b.reduce((s, v) => s + v, 0) / b.length;
  let ab = 0, aa = 0, bb = 0;
  a.forEach((v, i) => {
    ab += (v - ma) * (b[i] - mb);
    aa += (v - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
};

describe('symmetric eigendecomposition (Jacobi)', () => {
  it('[[2, 1], [1, 2]] has eigenvalues 3 and 1 with eigenvectors (1, 1) and (1, -1) / sqrt 2', () => {
    const { values, vectors } = symmetricEigen([[2, 1], [1, 2]]);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0][0] * vectors[1][0]).toBeCloseTo(0.5, 12); // same sign: (1, 1)
    expect(vectors[0][1] * vectors[1][1]).toBeCloseTo(-0.5, 12); // opposite: (1, -1)
  });

  it('reconstructs a random symmetric matrix, and S^{-1/2} S S^{-1/2} = I', () => {
    const rng = new Rng(2);
    const b = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => rng.normal()));
    const s = matMul(b, transpose(b)).map((r, i) => r.map((v, j) => v + (i === j ? 0.5 : 0)));
    const { values, vectors } = symmetricEigen(s);
    const back = vectors.map((vi) => vectors.map((vj) => vi.reduce((a, x, k) => a + x * values[k] * vj[k], 0)));
    back.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(s[i][j], 9)));
    const w = inverseSqrt(s);
    matMul(matMul(w, s), w).forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 1 : 0, 9)));
  });
});

describe('cca', () => {
  // Zero-mean orthogonal columns over 4 samples: x1, x2 and w.
  const x1 = [1, 1, -1, -1];
  const x2 = [1, -1, 1, -1];
  const w = [1, -1, -1, 1];
  const c = Math.sqrt(3) / 2;
  const X = x1.map((v, i) => [v, x2[i]]);
  // y1 = x1 exactly; y2 = 0.5 x2 + (sqrt 3 / 2) w, so corr(x2, y2) = 0.5 and y2 is uncorrelated with x1.
  const Y = x1.map((v, i) => [v, 0.5 * x2[i] + c * w[i]]);

  it('hand case: Cxx = Cyy = (4/3) I and Cxy = (1/3) diag(4, 2), so the correlations are 1 and 0.5', () => {
    const m = cca(X, Y, 2, 1e-12);
    expect(m.correlations[0]).toBeCloseTo(1, 9);
    expect(m.correlations[1]).toBeCloseTo(0.5, 9);
    // First directions: e1 on both sides, scaled to unit variance: 1 / sqrt(4/3).
    expect(Math.abs(m.a[0][0])).toBeCloseTo(Math.sqrt(3 / 4), 9);
    expect(m.a[1][0]).toBeCloseTo(0, 9);
    expect(Math.abs(m.b[0][0])).toBeCloseTo(Math.sqrt(3 / 4), 9);
    // The first canonical variates coincide (correlation 1, same sign).
    const u = ccaProject(m, X, 'x').map((r) => r[0]);
    const v = ccaProject(m, Y, 'y').map((r) => r[0]);
    u.forEach((ui, i) => expect(ui).toBeCloseTo(v[i], 9));
    expect(corr(ccaProject(m, X, 'x').map((r) => r[1]), ccaProject(m, Y, 'y').map((r) => r[1]))).toBeCloseTo(0.5, 9);
  });

  it('is invariant to an invertible linear map of either side', () => {
    const rng = new Rng(9);
    const n = 60;
    const z = Array.from({ length: n }, () => [rng.normal(), rng.normal()]);
    const xs = z.map(([a, b]) => [a + 0.3 * rng.normal(), b + rng.normal(), rng.normal()]);
    const ys = z.map(([a, b]) => [a + 0.5 * rng.normal(), b - a + rng.normal()]);
    const r = cca(xs, ys, 2, 1e-9).correlations;
    const mix = [[1, 2, 0], [0, 1, -1], [0.5, 0, 2]]; // determinant 1
    const r2 = cca(matMul(xs, mix), ys, 2, 1e-9).correlations;
    expect(r2[0]).toBeCloseTo(r[0], 6);
    expect(r2[1]).toBeCloseTo(r[1], 6);
    expect(r[0]).toBeGreaterThan(r[1]);
    expect(r[0]).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe('pca', () => {
  it('finds the direction of points along a line', () => {
    const pts = [-2, -1, 0, 1, 2].map((t) => [3 + t, 1 + 2 * t]);
    const { axes, variances, mean } = pca(pts, 1);
    expect(mean[0]).toBeCloseTo(3, 12);
    expect(mean[1]).toBeCloseTo(1, 12);
    expect(Math.abs(axes[0][0] / axes[1][0])).toBeCloseTo(0.5, 9);
    expect(variances[0]).toBeCloseTo((5 * 10) / 4, 9); // var of t is 10/4, times |(1, 2)|^2 = 5
  });
});
