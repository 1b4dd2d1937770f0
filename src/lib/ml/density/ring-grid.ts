/**
 * The generated task of the limited-data demo (page gen-08), pure TypeScript (no tfjs):
 * a 2-D density to learn, discretised on a GRID x GRID lattice over [-EXTENT, EXTENT]^2.
 *
 * Target: eight Gaussian clusters on a ring (angles k * 45 degrees). Its symmetries
 * (rotation by a multiple of 45 degrees, mirror in the x axis) map the distribution onto
 * itself, so rotated / mirrored / slightly jittered samples are still valid samples: the
 * label-preserving (here: distribution-preserving) augmentation.
 * Source (for pretraining): a larger, related data set, points on the same ring spread
 * evenly round it, with none of the target's clusters.
 */
import type { Rng } from '$lib/ml/core/random';

export const GRID = 16;
export const EXTENT = 2;
export const MODES = 8;
export const RADIUS = 1.2;
export const SPREAD = 0.18;
export const JITTER = 0.05;
export const CELLS = GRID * GRID;
const CELL = (2 * EXTENT) / GRID;

/** n points of the target (x, y interleaved). */
export function sampleTarget(rng: Rng, n: number): Float32Array {
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * rng.int(MODES)) / MODES;
    out[2 * i] = RADIUS * Math.cos(a) + rng.normal(0, SPREAD);
    out[2 * i + 1] = RADIUS * Math.sin(a) + rng.normal(0, SPREAD);
  }
  return out;
}

/** n points of the source task: the same ring, angle uniform, no clusters. */
export function sampleSource(rng: Rng, n: number): Float32Array {
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const a = rng.uniform(0, 2 * Math.PI);
    out[2 * i] = RADIUS * Math.cos(a) + rng.normal(0, SPREAD);
    out[2 * i + 1] = RADIUS * Math.sin(a) + rng.normal(0, SPREAD);
  }
  return out;
}

/** One augmented copy of (x, y): a random symmetry of the target plus a small jitter. */
export function augment(rng: Rng, x: number, y: number): [number, number] {
  const a = (2 * Math.PI * rng.int(MODES)) / MODES;
  const yy = rng.next() < 0.5 ? -y : y;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [c * x - s * yy + rng.normal(0, JITTER), s * x + c * yy + rng.normal(0, JITTER)];
}

/** Grid cell of a point, row-major with row 0 at the top (largest y); clamped to the edge. */
export function cellOf(x: number, y: number): number {
  const col = Math.min(GRID - 1, Math.max(0, Math.floor((x + EXTENT) / CELL)));
  const row = Math.min(GRID - 1, Math.max(0, Math.floor((EXTENT - y) / CELL)));
  return row * GRID + col;
}

/** Normalised histogram over the cells of the first n points. */
export function histogram(points: Float32Array, n = points.length / 2): Float32Array {
  const h = new Float32Array(CELLS);
  for (let i = 0; i < n; i++) h[cellOf(points[2 * i], points[2 * i + 1])] += 1 / n;
  return h;
}

/** Cell centres (x, y interleaved), in cell order. */
export function cellCentres(): Float32Array {
  const out = new Float32Array(2 * CELLS);
  for (let r = 0; r < GRID; r++)
    for (let c = 0; c < GRID; c++) {
      out[2 * (r * GRID + c)] = -EXTENT + (c + 0.5) * CELL;
      out[2 * (r * GRID + c) + 1] = EXTENT - (r + 0.5) * CELL;
    }
  return out;
}

/** erf, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7). */
export function erf(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const p = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return s * (1 - p * Math.exp(-a * a));
}

const phi = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));

/** Exact probability of each cell under the target (mass outside the square goes to edge cells). */
export function targetCellProbs(): Float32Array {
  const p = new Float32Array(CELLS);
  const edges = Array.from({ length: GRID + 1 }, (_, i) => -EXTENT + i * CELL);
  for (let k = 0; k < MODES; k++) {
    const mx = RADIUS * Math.cos((2 * Math.PI * k) / MODES);
    const my = RADIUS * Math.sin((2 * Math.PI * k) / MODES);
    for (let c = 0; c < GRID; c++) {
      const px = c === 0 ? phi((edges[1] - mx) / SPREAD) : c === GRID - 1 ? 1 - phi((edges[c] - mx) / SPREAD) : phi((edges[c + 1] - mx) / SPREAD) - phi((edges[c] - mx) / SPREAD);
      for (let r = 0; r < GRID; r++) {
        // Row r spans y in [EXTENT - (r+1) CELL, EXTENT - r CELL].
        const hi = EXTENT - r * CELL;
        const lo = hi - CELL;
        const py = r === 0 ? 1 - phi((lo - my) / SPREAD) : r === GRID - 1 ? phi((hi - my) / SPREAD) : phi((hi - my) / SPREAD) - phi((lo - my) / SPREAD);
        p[r * GRID + c] += (px * py) / MODES;
      }
    }
  }
  return p;
}

/** Cross-entropy -sum h log p (nats) of a histogram h under cell probabilities p. */
export function crossEntropy(h: ArrayLike<number>, p: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < h.length; i++) if (h[i] > 0) s -= h[i] * Math.log(Math.max(p[i], 1e-12));
  return s;
}
