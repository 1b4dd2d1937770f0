import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/ml/core/random';
import { cholesky, ellipse, fitGaussians, isoline, logGaussian, logMarginal, makeBlobs, posterior, sampleFit, type GaussianFit } from './gaussian-classes';

// Class 0: the corners of a 2 x 2 square; class 1: three points. Worked by hand:
// class 0 mean (1, 1), covariance (divide by 4) [[1, 0], [0, 1]];
// class 1 mean (2, 2), deviations (-1, -2), (1, 0), (0, 2): covariance [[2/3, 2/3], [2/3, 8/3]].
const pts = [0, 0, 2, 0, 0, 2, 2, 2, 1, 0, 3, 2, 2, 4];
const lab = [0, 0, 0, 0, 1, 1, 1];

describe('class-conditional Gaussian maths (gen-01)', () => {
  it('maximum-likelihood fit matches the hand-derived priors, means and covariances', () => {
    const [c0, c1] = fitGaussians(pts, lab);
    expect(c0.prior).toBeCloseTo(4 / 7, 12);
    expect(c1.prior).toBeCloseTo(3 / 7, 12);
    expect(c0.mean).toEqual([1, 1]);
    expect(c1.mean[0]).toBeCloseTo(2, 12);
    expect(c1.mean[1]).toBeCloseTo(2, 12);
    [1, 0, 1].forEach((v, i) => expect(c0.cov[i]).toBeCloseTo(v, 12));
    [2 / 3, 2 / 3, 8 / 3].forEach((v, i) => expect(c1.cov[i]).toBeCloseTo(v, 12));
  });

  it('the shared covariance is the class-size-weighted pool', () => {
    const [c0, c1] = fitGaussians(pts, lab, true);
    // (4 [1, 0, 1] + 3 [2/3, 2/3, 8/3]) / 7 = [6/7, 2/7, 12/7]
    for (const c of [c0, c1]) [6 / 7, 2 / 7, 12 / 7].forEach((v, i) => expect(c.cov[i]).toBeCloseTo(v, 12));
  });

  it('log-density matches hand-derived values', () => {
    const L = Math.log(2 * Math.PI);
    expect(logGaussian(0, 0, [0, 0], [1, 0, 1])).toBeCloseTo(-L, 12);
    // diag(4, 1) at (1, 0): -log 2pi - 0.5 log 4 - 0.5 * 1/4
    expect(logGaussian(1, 0, [0, 0], [4, 0, 1])).toBeCloseTo(-L - Math.log(2) - 0.125, 12);
    // [[2, 1], [1, 2]] at (1, 1): det 3, quadratic form (1/3)(2 - 1 - 1 + 2) = 2/3
    expect(logGaussian(1, 1, [0, 0], [2, 1, 2])).toBeCloseTo(-L - 0.5 * Math.log(3) - 1 / 3, 12);
    // p(x) sums the two joint densities
    const fit: GaussianFit = [
      { prior: 0.25, mean: [0, 0], cov: [1, 0, 1] },
      { prior: 0.75, mean: [1, 0], cov: [1, 0, 1] }
    ];
    const expected = Math.log(0.25 * Math.exp(-L) + 0.75 * Math.exp(-L - 0.5));
    expect(logMarginal(fit, 0, 0)).toBeCloseTo(expected, 12);
  });

  it('the density integrates to one over the plane (numerically)', () => {
    let s = 0;
    const h = 0.05;
    for (let x = -8; x < 8; x += h) for (let y = -8; y < 8; y += h) s += Math.exp(logGaussian(x + h / 2, y + h / 2, [0.5, -0.3], [1.5, 0.6, 0.8])) * h * h;
    expect(s).toBeCloseTo(1, 3);
  });

  it('with a shared covariance the Bayes posterior is exactly logistic in x', () => {
    const S: [number, number, number] = [0.7, 0.25, 0.45];
    const fit: GaussianFit = [
      { prior: 0.4, mean: [-1, -0.5], cov: S },
      { prior: 0.6, mean: [1, 0.5], cov: S }
    ];
    const det = S[0] * S[2] - S[1] * S[1];
    const inv = [S[2] / det, -S[1] / det, S[0] / det];
    const d = [2, 1];
    const w = [inv[0] * d[0] + inv[1] * d[1], inv[1] * d[0] + inv[2] * d[1]]; // Sigma^-1 (mu1 - mu0)
    const q = (m: number[]) => m[0] * (inv[0] * m[0] + inv[1] * m[1]) + m[1] * (inv[1] * m[0] + inv[2] * m[1]);
    const b = -0.5 * (q([1, 0.5]) - q([-1, -0.5])) + Math.log(0.6 / 0.4);
    for (const [x, y] of [[0, 0], [1, -2], [-2.5, 1.5], [0.3, 0.7]]) {
      expect(posterior(fit, x, y)).toBeCloseTo(1 / (1 + Math.exp(-(w[0] * x + w[1] * y + b))), 10);
    }
  });

  it('Cholesky, ellipse and isoline are consistent', () => {
    const [a, b, c] = cholesky([2, 1, 2]);
    expect(a * a).toBeCloseTo(2, 12);
    expect(a * b).toBeCloseTo(1, 12);
    expect(b * b + c * c).toBeCloseTo(2, 12);
    // Every point of the 2-sigma ellipse has Mahalanobis distance 2.
    const e = ellipse([1, -1], [2, 1, 2], 2, 16);
    for (let i = 0; i < e.x.length; i++) {
      const dx = e.x[i] - 1;
      const dy = e.y[i] + 1;
      expect((2 * dx * dx - 2 * dx * dy + 2 * dy * dy) / 3).toBeCloseTo(4, 9);
    }
    // The 0.5 contour of a field that is 1 where x > 0.1: a vertical line near x = 0.1.
    const cols = 20;
    const vals = Array.from({ length: cols * cols }, (_, i) => (-4 + ((i % cols) + 0.5) * 0.4 > 0.1 ? 1 : 0));
    const segs = isoline(vals, cols, cols, 4);
    expect(segs.length).toBe(cols - 1);
    for (const s of segs) expect(Math.abs(s[0] - s[2])).toBeLessThan(1e-9);
  });

  it('data and samples are seeded: same seed, same points', () => {
    const spec = { n: 50, separation: 2, prior1: 0.3, covariance: 'different' as const };
    expect(makeBlobs(spec, new Rng(4)).points).toEqual(makeBlobs(spec, new Rng(4)).points);
    const d = makeBlobs(spec, new Rng(4));
    expect(d.labels.reduce((s, v) => s + v, 0)).toBe(15);
    const fit = fitGaussians(d.points, d.labels);
    expect(sampleFit(fit, 20, new Rng(9)).points).toEqual(sampleFit(fit, 20, new Rng(9)).points);
  });
});
