/**
 * Labelled 2-D data for class-conditional GANs: each mode of a Gaussian mixture is a
 * class, drawn with equal probability. 'ring': the 8-Gaussian ring of data.ts, one class
 * per mode; 'blobs': three wider Gaussians on a circle. Samples are flat Float32Arrays
 * [x0, y0, x1, y1, ...] with an Int32Array of class indices; plus the small helpers the
 * conditional trainer and its tests need (one-hot rows, nearest class centre, shares).
 */
import type { Rng } from '$lib/ml/core/random';
import { ringModes, type Mode } from './data';

export const LABELLED_DATASETS = ['blobs', 'ring'] as const;
export type LabelledKind = (typeof LABELLED_DATASETS)[number];

export const BLOB_RADIUS = 0.55;
export const BLOB_STD = 0.12;

export interface LabelledSample {
  /** Points, flat [x, y, ...]. */
  xy: Float32Array;
  /** Class of each point, in [0, classes.length). */
  labels: Int32Array;
}

export interface LabelledDataset {
  kind: LabelledKind;
  /** One mode per class: its centre and std. */
  classes: Mode[];
  /** n points, each from a class drawn uniformly. */
  sample(n: number, rng: Rng): LabelledSample;
}

/** Three Gaussians at 90, 210 and 330 degrees on a circle of radius BLOB_RADIUS. */
export function blobModes(radius = BLOB_RADIUS, std = BLOB_STD): Mode[] {
  return [90, 210, 330].map((deg) => {
    const a = (deg * Math.PI) / 180;
    return { x: radius * Math.cos(a), y: radius * Math.sin(a), std };
  });
}

export function makeLabelledDataset(kind: LabelledKind): LabelledDataset {
  const classes = kind === 'ring' ? ringModes() : blobModes();
  const sample = (n: number, rng: Rng): LabelledSample => {
    const xy = new Float32Array(2 * n);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = rng.int(classes.length);
      labels[i] = k;
      xy[2 * i] = rng.normal(classes[k].x, classes[k].std);
      xy[2 * i + 1] = rng.normal(classes[k].y, classes[k].std);
    }
    return { xy, labels };
  };
  return { kind, classes, sample };
}

/** Row-major one-hot rows [n, k] for the labels. */
export function oneHot(labels: ArrayLike<number>, k: number): Float32Array {
  const out = new Float32Array(labels.length * k);
  for (let i = 0; i < labels.length; i++) out[i * k + labels[i]] = 1;
  return out;
}

/** Index of the class centre nearest to (x, y); -1 for a non-finite point. */
export function nearestClass(x: number, y: number, classes: readonly Mode[]): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return -1;
  let best = -1;
  let bestD = Infinity;
  for (let k = 0; k < classes.length; k++) {
    const d = (x - classes[k].x) ** 2 + (y - classes[k].y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** Share of the points (flat [x, y, ...]) nearest to each class centre; non-finite points count for none. */
export function classShares(xy: ArrayLike<number>, classes: readonly Mode[]): number[] {
  const n = Math.floor(xy.length / 2);
  const counts = new Array<number>(classes.length).fill(0);
  for (let i = 0; i < n; i++) {
    const k = nearestClass(xy[2 * i], xy[2 * i + 1], classes);
    if (k >= 0) counts[k]++;
  }
  return counts.map((c) => (n > 0 ? c / n : 0));
}
