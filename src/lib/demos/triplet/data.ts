/**
 * Seeded data for the triplet demos: CLASSES Gaussian blobs in DIM dimensions that overlap, so
 * a 2-D embedding has real work to do. Class centres are N(0, CENTRE_STD^2 I), points are
 * centre + N(0, NOISE_STD^2 I); PER_CLASS points per class, labels 0..CLASSES-1, stored
 * class by class (points c*PER_CLASS .. (c+1)*PER_CLASS - 1 belong to class c).
 */
import { Rng } from '$lib/ml/core/random';

export const CLASSES = 5;
export const DIM = 4;
export const PER_CLASS = 40;
export const CENTRE_STD = 1.0;
export const NOISE_STD = 0.5;

export interface TripletData {
  /** Row-major [n, DIM] inputs. */
  x: Float32Array;
  labels: number[];
  n: number;
  dim: number;
  classes: number;
  perClass: number;
}

export function tripletData(seed: number): TripletData {
  const rng = new Rng(seed);
  const centres = Array.from({ length: CLASSES }, () => Array.from({ length: DIM }, () => rng.normal(0, CENTRE_STD)));
  const n = CLASSES * PER_CLASS;
  const x = new Float32Array(n * DIM);
  const labels: number[] = [];
  for (let c = 0; c < CLASSES; c++) {
    for (let j = 0; j < PER_CLASS; j++) {
      const i = c * PER_CLASS + j;
      for (let d = 0; d < DIM; d++) x[i * DIM + d] = centres[c][d] + rng.normal(0, NOISE_STD);
      labels.push(c);
    }
  }
  return { x, labels, n, dim: DIM, classes: CLASSES, perClass: PER_CLASS };
}

/**
 * A P x K batch (as in Hermans et al., "In defense of the triplet loss"): K distinct random
 * points from every class, laid out class by class, so every anchor has K - 1 positives and
 * (P - 1) K negatives in the batch.
 */
export function sampleBatch(rng: Rng, data: TripletData, k: number): Int32Array {
  const out = new Int32Array(data.classes * k);
  const members = Array.from({ length: data.perClass }, (_, j) => j);
  for (let c = 0; c < data.classes; c++) {
    // Partial Fisher-Yates: the first k of a fresh shuffle.
    for (let j = 0; j < k; j++) {
      const r = j + rng.int(data.perClass - j);
      [members[j], members[r]] = [members[r], members[j]];
      out[c * k + j] = c * data.perClass + members[j];
    }
  }
  return out;
}
