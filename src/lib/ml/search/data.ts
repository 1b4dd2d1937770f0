/**
 * Seeded vector sets for the search and compression demos: points around `clusters` random
 * centres in d dimensions (Gaussian noise), L2-normalised so that squared Euclidean distance
 * and cosine similarity rank neighbours the same way (|a - b|^2 = 2 - 2 cos(a, b)). Queries
 * come from the same clusters but are not in the database. Flat row-major Float32Arrays.
 */
import { Rng } from '$lib/ml/core/random';

export interface VectorSet {
  n: number;
  d: number;
  /** n x d, row-major. */
  data: Float32Array;
}

export interface Dataset {
  d: number;
  base: VectorSet;
  queries: VectorSet;
}

export interface DatasetOptions {
  n: number;
  queries: number;
  d: number;
  clusters?: number;
  /** Noise standard deviation relative to the centres' (1 per coordinate). */
  spread?: number;
  /** Scale every vector to unit length (default true). */
  normalize?: boolean;
  seed: number;
}

function normaliseRow(a: Float32Array, off: number, d: number): void {
  let s = 0;
  for (let j = 0; j < d; j++) s += a[off + j] * a[off + j];
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let j = 0; j < d; j++) a[off + j] *= inv;
}

/** A sampler of clustered, normalised vectors: the same centres for base and queries. */
export function clusterSampler(d: number, clusters: number, spread: number, rng: Rng, normalize = true) {
  const centres = rng.normals(clusters * d);
  return (n: number): VectorSet => {
    const data = new Float32Array(n * d);
    for (let i = 0; i < n; i++) {
      const c = rng.int(clusters);
      for (let j = 0; j < d; j++) data[i * d + j] = centres[c * d + j] + spread * rng.normal();
      if (normalize) normaliseRow(data, i * d, d);
    }
    return { n, d, data };
  };
}

export function clusteredDataset({ n, queries, d, clusters = 32, spread = 0.6, normalize = true, seed }: DatasetOptions): Dataset {
  const rng = new Rng(seed);
  const sample = clusterSampler(d, clusters, spread, rng, normalize);
  const qs = sample(queries);
  const base = sample(n);
  return { d, base, queries: qs };
}

/** Squared Euclidean distance between row i of a and row j of b. */
export function l2sq(a: Float32Array, i: number, b: Float32Array, j: number, d: number): number {
  let s = 0;
  const ai = i * d;
  const bj = j * d;
  for (let k = 0; k < d; k++) {
    const t = a[ai + k] - b[bj + k];
    s += t * t;
  }
  return s;
}

/** Inner product of row i of a and row j of b. */
export function dot(a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number, d: number): number {
  let s = 0;
  const ai = i * d;
  const bj = j * d;
  for (let k = 0; k < d; k++) s += a[ai + k] * b[bj + k];
  return s;
}

/** Cosine similarity of row i of a and row j of b (0 when either is zero). */
export function cosine(a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number, d: number): number {
  const ab = dot(a, i, b, j, d);
  const aa = dot(a, i, a, i, d);
  const bb = dot(b, j, b, j, d);
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** Share of `truth` found in `found` (recall@k with k = truth.length). */
export function recallOf(found: ArrayLike<number>, truth: ArrayLike<number>): number {
  if (truth.length === 0) return 1;
  const s = new Set(Array.from(found));
  let hit = 0;
  for (let i = 0; i < truth.length; i++) if (s.has(truth[i])) hit++;
  return hit / truth.length;
}
