/**
 * Seeded 2-D "real" distributions for the toy GAN. Everything lives in the plane
 * [-1, 1]^2 so that a tanh generator can reach every point. Samples are flat
 * Float32Arrays [x0, y0, x1, y1, ...]; mode centres are plain objects.
 */
import type { Rng } from '$lib/ml/core/random';

export const DATASETS = ['ring', 'grid', 'moons', 'gaussian', 'custom'] as const;
export type DatasetKind = (typeof DATASETS)[number];

/** A mode of a mixture: its centre and its standard deviation (isotropic). */
export interface Mode {
  x: number;
  y: number;
  std: number;
}

export interface Dataset2D {
  /** The kind actually used ('custom' with too few points falls back to 'ring'). */
  kind: DatasetKind;
  /** Mode centres where the distribution has discrete modes; empty otherwise. */
  modes: Mode[];
  /** The distribution's exact mean. */
  mean: [number, number];
  /** n fresh samples, flat [x, y, ...]. */
  sample(n: number, rng: Rng): Float32Array;
}

/** Half-width of the plane the demo draws: data and a tanh generator both fit inside. */
export const PLANE_EXTENT = 1.2;
/** The fewest drawn points a custom dataset needs before it is used. */
export const MIN_CUSTOM_POINTS = 10;

export const RING_RADIUS = 0.75;
export const RING_STD = 0.05;
export const GRID_SPACING = 0.4;
export const GRID_STD = 0.04;
export const GAUSSIAN_MEAN: [number, number] = [0.35, -0.25];
export const GAUSSIAN_STD = 0.12;
/** Spread of the small Gaussian put around each drawn point. */
export const CUSTOM_STD = 0.03;

/** Sample n points from an equal-weight mixture of isotropic Gaussians. */
function mixture(modes: Mode[], n: number, rng: Rng): Float32Array {
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const m = modes[rng.int(modes.length)];
    out[2 * i] = rng.normal(m.x, m.std);
    out[2 * i + 1] = rng.normal(m.y, m.std);
  }
  return out;
}

function meanOf(modes: Mode[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const m of modes) {
    x += m.x;
    y += m.y;
  }
  return [x / modes.length, y / modes.length];
}

/** k Gaussians evenly spaced on a circle (the classic 8-Gaussian ring of Metz et al. 2017). */
export function ringModes(k = 8, radius = RING_RADIUS, std = RING_STD): Mode[] {
  return Array.from({ length: k }, (_, i) => {
    const a = (2 * Math.PI * i) / k;
    return { x: radius * Math.cos(a), y: radius * Math.sin(a), std };
  });
}

/** A k x k grid of Gaussians centred on the origin. */
export function gridModes(k = 5, spacing = GRID_SPACING, std = GRID_STD): Mode[] {
  const out: Mode[] = [];
  const half = ((k - 1) * spacing) / 2;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < k; i++) out.push({ x: i * spacing - half, y: j * spacing - half, std });
  }
  return out;
}

function fromModes(kind: DatasetKind, modes: Mode[]): Dataset2D {
  return { kind, modes, mean: meanOf(modes), sample: (n, rng) => mixture(modes, n, rng) };
}

/**
 * Two interleaved half circles (as scikit-learn's make_moons), scaled into the plane.
 * No discrete modes: `modes` is empty and mode metrics do not apply.
 */
function moons(): Dataset2D {
  const scale = 0.6;
  const noise = 0.05 * scale;
  // Unscaled moons span x in [-1, 2], y in [-0.5, 1]; centre on (0.5, 0.25).
  const sample = (n: number, rng: Rng) => {
    const out = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      const t = Math.PI * rng.next();
      const upper = rng.next() < 0.5;
      const x = upper ? Math.cos(t) : 1 - Math.cos(t);
      const y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
      out[2 * i] = (x - 0.5) * scale + rng.normal(0, noise);
      out[2 * i + 1] = (y - 0.25) * scale + rng.normal(0, noise);
    }
    return out;
  };
  // E[cos t] = 0, E[sin t] = 2/pi over t ~ U(0, pi): the mean is the centre.
  return { kind: 'moons', modes: [], mean: [0, 0], sample };
}

/**
 * The reader's drawn points, each the centre of a small Gaussian. Non-finite values are
 * dropped and points are clamped into the plane; fewer than MIN_CUSTOM_POINTS points
 * fall back to the ring. No discrete modes are reported (drawn strokes are continuous).
 */
function custom(points: ArrayLike<number> | undefined): Dataset2D {
  const clean: number[] = [];
  if (points) {
    for (let i = 0; i + 1 < points.length; i += 2) {
      const x = Number(points[i]);
      const y = Number(points[i + 1]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      clean.push(Math.max(-1, Math.min(1, x)), Math.max(-1, Math.min(1, y)));
    }
  }
  const k = clean.length / 2;
  if (k < MIN_CUSTOM_POINTS) return fromModes('ring', ringModes());
  let mx = 0;
  let my = 0;
  for (let i = 0; i < k; i++) {
    mx += clean[2 * i];
    my += clean[2 * i + 1];
  }
  const sample = (n: number, rng: Rng) => {
    const out = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      const j = rng.int(k);
      out[2 * i] = rng.normal(clean[2 * j], CUSTOM_STD);
      out[2 * i + 1] = rng.normal(clean[2 * j + 1], CUSTOM_STD);
    }
    return out;
  };
  return { kind: 'custom', modes: [], mean: [mx / k, my / k], sample };
}

export function makeDataset(kind: DatasetKind, customPoints?: ArrayLike<number>): Dataset2D {
  switch (kind) {
    case 'ring':
      return fromModes('ring', ringModes());
    case 'grid':
      return fromModes('grid', gridModes());
    case 'moons':
      return moons();
    case 'gaussian':
      return fromModes('gaussian', [{ x: GAUSSIAN_MEAN[0], y: GAUSSIAN_MEAN[1], std: GAUSSIAN_STD }]);
    case 'custom':
      return custom(customPoints);
  }
}
