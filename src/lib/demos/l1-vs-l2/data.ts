/**
 * Seeded data for the L1-vs-L2 demo, as plain arrays.
 *
 * Line: LINE_N inliers with x uniform in [-1, 1] and y = 0.5 x + 0.1 + N(0, 0.15^2), plus one
 * outlier at x = 0.85 (high leverage, so it can tilt the slope) lifted by `outlier` above the
 * true line. The inliers do not depend on `outlier`: the slider moves one point only.
 *
 * Bimodal: BIMODAL_XS inputs evenly spaced in [-1, 1]; at each, BIMODAL_PER_X targets, of which
 * exactly round(pUpper * BIMODAL_PER_X) sit on the upper mode c(x) + 1 and the rest on the lower
 * mode c(x) - 1 (each with N(0, 0.08^2) noise), c(x) = 0.6 sin(2x). BIMODAL_PER_X is odd, so
 * each x has one middle target: the conditional median is never ambiguous.
 */
import { Rng } from '$lib/ml/core/random';
import { mean, median } from '$lib/ml/losses/pointwise';

export const LINE_N = 24;
export const TRUE_W = 0.5;
export const TRUE_B = 0.1;
export const OUTLIER_X = 0.85;
export const BIMODAL_XS = 9;
export const BIMODAL_PER_X = 41;

export interface Points {
  x: number[];
  y: number[];
}

export interface LineData extends Points {
  /** Index of the outlier in x / y, or -1 for reader-supplied points. */
  outlierIndex: number;
}

/** The inliers plus the outlier; `seed` fixes the inliers, `outlier` lifts the last point. */
export function linePoints(seed: number, outlier: number): LineData {
  const rng = new Rng(seed);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < LINE_N; i++) {
    const xi = rng.uniform(-1, 1);
    x.push(xi);
    y.push(TRUE_W * xi + TRUE_B + rng.normal(0, 0.15));
  }
  x.push(OUTLIER_X);
  y.push(TRUE_W * OUTLIER_X + TRUE_B + outlier);
  return { x, y, outlierIndex: LINE_N };
}

export function bimodalCentre(x: number): number {
  return 0.6 * Math.sin(2 * x);
}

export interface BimodalData extends Points {
  /** The distinct inputs, and per input the empirical conditional mean and median. */
  xs: number[];
  mean: number[];
  median: number[];
  pUpper: number;
}

export function bimodalData(seed: number, pUpper: number): BimodalData {
  const rng = new Rng(seed);
  const nUpper = Math.round(pUpper * BIMODAL_PER_X);
  const x: number[] = [];
  const y: number[] = [];
  const xs: number[] = [];
  const means: number[] = [];
  const medians: number[] = [];
  for (let k = 0; k < BIMODAL_XS; k++) {
    const xk = -1 + (2 * k) / (BIMODAL_XS - 1);
    const c = bimodalCentre(xk);
    const ys: number[] = [];
    for (let j = 0; j < BIMODAL_PER_X; j++) ys.push(c + (j < nUpper ? 1 : -1) + rng.normal(0, 0.08));
    xs.push(xk);
    means.push(mean(ys));
    medians.push(median(ys));
    for (const yj of ys) {
      x.push(xk);
      y.push(yj);
    }
  }
  return { x, y, xs, mean: means, median: medians, pUpper };
}

/** n evenly spaced numbers from lo to hi inclusive. */
export function linspace(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}
