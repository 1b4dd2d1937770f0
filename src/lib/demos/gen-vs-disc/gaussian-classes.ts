/**
 * The generative side of page gen-01, in plain TypeScript (no tfjs): a class-conditional
 * Gaussian model p(x, y) = p(y) N(x; mu_y, Sigma_y) on 2-D points, fitted by maximum
 * likelihood in closed form (class shares, class means, class covariances dividing by n),
 * its log-density, its Bayes posterior p(y = 1 | x), ancestral sampling, and the seeded
 * two-blob data it is fitted to. Also small geometry helpers for the views (ellipses,
 * the 0.5 contour of a field). Everything takes and returns plain numbers and arrays.
 */
import type { Rng } from '$lib/ml/core/random';

export type Vec2 = [number, number];
/** A symmetric 2 x 2 covariance as [sxx, sxy, syy]. */
export type Cov2 = [number, number, number];

export interface ClassGaussian {
  prior: number;
  mean: Vec2;
  cov: Cov2;
}
/** The fitted model: index 0 is class 0, index 1 is class 1. Plain data (clonable). */
export type GaussianFit = [ClassGaussian, ClassGaussian];

export interface BlobSpec {
  n: number;
  separation: number;
  /** Share of class 1. */
  prior1: number;
  covariance: 'shared' | 'different';
}

export interface Blobs {
  /** x, y interleaved. */
  points: Float32Array;
  labels: Uint8Array;
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * The true covariances of the two blobs. Shared: std 0.55 along the line joining the means
 * and 0.9 across it. Different: class 0 broad and tilted, class 1 small and round.
 */
export function blobCovariances(kind: BlobSpec['covariance']): [Cov2, Cov2] {
  return kind === 'shared'
    ? [
        [0.48, -0.24, 0.63],
        [0.48, -0.24, 0.63]
      ]
    : [
        [1.5, 0.6, 0.8],
        [0.12, 0, 0.12]
      ];
}

/** The true means: +-separation/2 along the direction (0.8, 0.6). */
export function blobMeans(separation: number): [Vec2, Vec2] {
  const h = separation / 2;
  return [
    [-0.8 * h, -0.6 * h],
    [0.8 * h, 0.6 * h]
  ];
}

/** Lower Cholesky factor [a, b, c] of [sxx, sxy, syy]: L = [[a, 0], [b, c]]. */
export function cholesky([sxx, sxy, syy]: Cov2): [number, number, number] {
  const a = Math.sqrt(Math.max(sxx, 1e-12));
  const b = sxy / a;
  return [a, b, Math.sqrt(Math.max(syy - b * b, 1e-12))];
}

function draw(rng: Rng, mean: Vec2, cov: Cov2): Vec2 {
  const [a, b, c] = cholesky(cov);
  const z1 = rng.normal();
  const z2 = rng.normal();
  return [mean[0] + a * z1, mean[1] + b * z1 + c * z2];
}

/** Seeded two-class data: round(n * prior1) points of class 1, the rest of class 0. */
export function makeBlobs(spec: BlobSpec, rng: Rng): Blobs {
  const n = Math.max(2, Math.round(spec.n));
  const n1 = Math.min(n - 1, Math.max(1, Math.round(n * spec.prior1)));
  const means = blobMeans(spec.separation);
  const covs = blobCovariances(spec.covariance);
  const points = new Float32Array(2 * n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = i < n1 ? 1 : 0;
    const [x, y] = draw(rng, means[k], covs[k]);
    points[2 * i] = x;
    points[2 * i + 1] = y;
    labels[i] = k;
  }
  return { points, labels };
}

/**
 * Maximum-likelihood fit: prior = class share, mean = class average, covariance = average
 * outer product of deviations (divide by n_k). `shared` pools one covariance for both
 * classes (weighted by class size); `ridge` adds a small multiple of I for stability.
 */
export function fitGaussians(points: ArrayLike<number>, labels: ArrayLike<number>, shared = false, ridge = 0): GaussianFit {
  const n = labels.length;
  const cnt = [0, 0];
  const sum = [
    [0, 0],
    [0, 0]
  ];
  for (let i = 0; i < n; i++) {
    const k = labels[i] ? 1 : 0;
    cnt[k]++;
    sum[k][0] += points[2 * i];
    sum[k][1] += points[2 * i + 1];
  }
  const mean = [0, 1].map((k) => [sum[k][0] / Math.max(1, cnt[k]), sum[k][1] / Math.max(1, cnt[k])] as Vec2);
  const s = [
    [0, 0, 0],
    [0, 0, 0]
  ];
  for (let i = 0; i < n; i++) {
    const k = labels[i] ? 1 : 0;
    const dx = points[2 * i] - mean[k][0];
    const dy = points[2 * i + 1] - mean[k][1];
    s[k][0] += dx * dx;
    s[k][1] += dx * dy;
    s[k][2] += dy * dy;
  }
  const cov = (k: number): Cov2 => {
    const d = shared ? n : Math.max(1, cnt[k]);
    const t = shared ? [s[0][0] + s[1][0], s[0][1] + s[1][1], s[0][2] + s[1][2]] : s[k];
    return [t[0] / d + ridge, t[1] / d, t[2] / d + ridge];
  };
  return [
    { prior: cnt[0] / n, mean: mean[0], cov: cov(0) },
    { prior: cnt[1] / n, mean: mean[1], cov: cov(1) }
  ];
}

/** log N((x, y); mean, cov). */
export function logGaussian(x: number, y: number, mean: Vec2, [sxx, sxy, syy]: Cov2): number {
  const det = sxx * syy - sxy * sxy;
  const dx = x - mean[0];
  const dy = y - mean[1];
  const quad = (syy * dx * dx - 2 * sxy * dx * dy + sxx * dy * dy) / det;
  return -LOG_2PI - 0.5 * Math.log(det) - 0.5 * quad;
}

/** log p(x, y = k) = log p(y = k) + log p(x | y = k). */
export function logJoint(fit: GaussianFit, x: number, y: number, k: 0 | 1): number {
  return Math.log(fit[k].prior) + logGaussian(x, y, fit[k].mean, fit[k].cov);
}

/** log p(x): the density of an input under the model, summed over classes. */
export function logMarginal(fit: GaussianFit, x: number, y: number): number {
  const a = logJoint(fit, x, y, 0);
  const b = logJoint(fit, x, y, 1);
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** Bayes' rule: p(y = 1 | x). */
export function posterior(fit: GaussianFit, x: number, y: number): number {
  return 1 / (1 + Math.exp(logJoint(fit, x, y, 0) - logJoint(fit, x, y, 1)));
}

/** Ancestral sampling: y ~ p(y), then x ~ p(x | y). */
export function sampleFit(fit: GaussianFit, n: number, rng: Rng): Blobs {
  const points = new Float32Array(2 * n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = rng.next() < fit[1].prior ? 1 : 0;
    const [x, y] = draw(rng, fit[k].mean, fit[k].cov);
    points[2 * i] = x;
    points[2 * i + 1] = y;
    labels[i] = k;
  }
  return { points, labels };
}

/** Cell centres of a cols x rows grid over [-extent, extent]^2, row 0 at the top (x, y interleaved). */
export function gridPoints(cols: number, rows: number, extent: number): Float32Array {
  const out = new Float32Array(2 * cols * rows);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      out[2 * (r * cols + c)] = -extent + ((c + 0.5) * 2 * extent) / cols;
      out[2 * (r * cols + c) + 1] = extent - ((r + 0.5) * 2 * extent) / rows;
    }
  return out;
}

/** The k-sigma ellipse of a Gaussian as a closed polyline. */
export function ellipse(mean: Vec2, cov: Cov2, k: number, segments = 48): { x: number[]; y: number[] } {
  const [a, b, c] = cholesky(cov);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = (2 * Math.PI * i) / segments;
    const u = k * Math.cos(t);
    const v = k * Math.sin(t);
    x.push(mean[0] + a * u);
    y.push(mean[1] + b * u + c * v);
  }
  return { x, y };
}

/**
 * Marching squares: the `level` contour of a row-major field sampled at the cell centres
 * of gridPoints(cols, rows, extent), as segments [x1, y1, x2, y2].
 */
export function isoline(values: ArrayLike<number>, cols: number, rows: number, extent: number, level = 0.5): number[][] {
  const px = (c: number) => -extent + ((c + 0.5) * 2 * extent) / cols;
  const py = (r: number) => extent - ((r + 0.5) * 2 * extent) / rows;
  const segs: number[][] = [];
  for (let r = 0; r < rows - 1; r++)
    for (let c = 0; c < cols - 1; c++) {
      // Corners in order: top-left, top-right, bottom-right, bottom-left.
      const corner: [number, number, number][] = [
        [px(c), py(r), values[r * cols + c]],
        [px(c + 1), py(r), values[r * cols + c + 1]],
        [px(c + 1), py(r + 1), values[(r + 1) * cols + c + 1]],
        [px(c), py(r + 1), values[(r + 1) * cols + c]]
      ];
      const hits: number[] = [];
      for (let e = 0; e < 4; e++) {
        const [x1, y1, v1] = corner[e];
        const [x2, y2, v2] = corner[(e + 1) % 4];
        if (v1 >= level !== v2 >= level) {
          const t = (level - v1) / (v2 - v1);
          hits.push(x1 + t * (x2 - x1), y1 + t * (y2 - y1));
        }
      }
      for (let h = 0; h + 3 < hits.length; h += 4) segs.push(hits.slice(h, h + 4));
    }
  return segs;
}
