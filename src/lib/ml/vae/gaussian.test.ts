/**
 * Reference cases for the VAE's KL term. Closed form from Kingma & Welling, "Auto-Encoding
 * Variational Bayes" (ICLR 2014), appendix B:
 *   -KL(q || p) = 0.5 * sum_j (1 + log sigma_j^2 - mu_j^2 - sigma_j^2),
 * for q = N(mu, diag(sigma^2)) and p = N(0, I).
 */
import { describe, expect, it } from 'vitest';
import { distanceFromStandardNormal, gaussianKl, moments2d } from './gaussian';
import { Rng } from '$lib/ml/core/random';

describe('gaussianKl', () => {
  it('is 0 when q is the prior', () => {
    expect(gaussianKl([0], [0])).toBe(0);
    expect(gaussianKl([0, 0, 0], [0, 0, 0])).toBe(0);
  });
  it('matches hand-derived values of the closed form', () => {
    // mu = 1, sigma^2 = 1: 0.5 * (1 + 1 - 1 - 0) = 0.5
    expect(gaussianKl([1], [0])).toBeCloseTo(0.5, 12);
    // mu = 0, sigma^2 = 2: 0.5 * (2 - 1 - ln 2)
    expect(gaussianKl([0], [Math.LN2])).toBeCloseTo(0.5 * (2 - 1 - Math.LN2), 12);
    // mu = -2, sigma^2 = e^-1: 0.5 * (e^-1 + 4 - 1 + 1)
    expect(gaussianKl([-2], [-1])).toBeCloseTo(0.5 * (Math.exp(-1) + 4), 12);
  });
  it('sums over dimensions', () => {
    const mu = [1, 0, -2], lv = [0, Math.LN2, -1];
    const sum = mu.reduce((s, m, j) => s + gaussianKl([m], [lv[j]]), 0);
    expect(gaussianKl(mu, lv)).toBeCloseTo(sum, 12);
    expect(gaussianKl(mu, lv)).toBeCloseTo(0.5 + 0.5 * (1 - Math.LN2) + 0.5 * (Math.exp(-1) + 4), 12);
  });
  it('is positive away from the prior and rejects mismatched lengths', () => {
    expect(gaussianKl([0.1], [0])).toBeGreaterThan(0);
    expect(gaussianKl([0], [0.3])).toBeGreaterThan(0);
    expect(gaussianKl([0], [-0.3])).toBeGreaterThan(0);
    expect(() => gaussianKl([0, 1], [0])).toThrow();
  });
  it('agrees with a Monte-Carlo estimate of E_q[log q(z) - log p(z)]', () => {
    const mu = [0.7, -1.2], lv = [Math.log(0.5), Math.log(2)];
    const sd = lv.map((v) => Math.exp(v / 2));
    const rng = new Rng(2014);
    const n = 200_000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      let logRatio = 0;
      for (let j = 0; j < mu.length; j++) {
        const e = rng.normal();
        const z = mu[j] + sd[j] * e;
        // log N(z; mu, sd^2) - log N(z; 0, 1); the 0.5 log 2pi terms cancel.
        logRatio += -0.5 * e * e - Math.log(sd[j]) + 0.5 * z * z;
      }
      s += logRatio; s2 += logRatio * logRatio;
    }
    const mean = s / n, stdErr = Math.sqrt((s2 / n - mean * mean) / n);
    expect(Math.abs(mean - gaussianKl(mu, lv))).toBeLessThan(4 * stdErr);
    expect(stdErr).toBeLessThan(0.01);
  });
});

describe('latent moments', () => {
  it('computes mean and population covariance', () => {
    const { mean, cov } = moments2d([1, 2, 3, 2, 1, 4, 3, 4]);
    expect(mean).toEqual([2, 3]);
    expect(cov).toEqual([1, 0, 1]);
  });
  it('distance from N(0, I) is ~0 for standard normal draws and grows with scale and shift', () => {
    const rng = new Rng(5);
    const pts = rng.normals(20_000);
    expect(distanceFromStandardNormal(pts)).toBeLessThan(0.05);
    expect(distanceFromStandardNormal(pts.map((v) => 3 * v))).toBeGreaterThan(10);
    expect(distanceFromStandardNormal(pts.map((v) => v + 1))).toBeGreaterThan(1.9);
  });
});
