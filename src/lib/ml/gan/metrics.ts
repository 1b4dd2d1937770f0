/**
 * Mode-coverage metrics for 2-D GANs, as pure functions on plain arrays (no tfjs), in the
 * spirit of Metz et al. 2017 (unrolled GANs) and Srivastava et al. 2017 (VEEGAN):
 * a generated sample is "high quality" when it lies within `radiusStd` standard
 * deviations of some mode's centre; a mode is "covered" when at least `minShare` of all
 * generated samples lie within that radius of it.
 */
import type { Mode } from './data';

export interface CoverageOptions {
  /** Radius around each centre, in units of that mode's std (default 3). */
  radiusStd?: number;
  /** Share of all samples a mode needs within its radius to count (default 0.2 / modes). */
  minShare?: number;
}

export interface Coverage {
  /** Number of modes that count as covered. */
  covered: number;
  /** Number of modes. */
  total: number;
  /** Share of samples within the radius of each mode (same order as `modes`). */
  perMode: number[];
  /** Share of samples within the radius of any mode (0 when there are no modes). */
  highQuality: number;
}

/** Default share: a fifth of what a mode would get if samples were spread evenly. */
export function defaultMinShare(modeCount: number): number {
  return modeCount > 0 ? 0.2 / modeCount : 0;
}

/** Index of the nearest mode whose radius contains (x, y), or -1. */
export function nearestModeWithin(x: number, y: number, modes: readonly Mode[], radiusStd = 3): number {
  let best = -1;
  let bestD = Infinity;
  for (let m = 0; m < modes.length; m++) {
    const dx = x - modes[m].x;
    const dy = y - modes[m].y;
    const d = dx * dx + dy * dy;
    const r = radiusStd * modes[m].std;
    if (d <= r * r && d < bestD) {
      bestD = d;
      best = m;
    }
  }
  return best;
}

/**
 * Coverage of `modes` by the points `xy` (flat [x0, y0, x1, y1, ...]). A point inside the
 * radius of two modes is credited to the nearer one. Non-finite points count as misses.
 */
export function modeCoverage(xy: ArrayLike<number>, modes: readonly Mode[], opts: CoverageOptions = {}): Coverage {
  const radiusStd = opts.radiusStd ?? 3;
  const minShare = opts.minShare ?? defaultMinShare(modes.length);
  const n = Math.floor(xy.length / 2);
  const counts = new Array<number>(modes.length).fill(0);
  let good = 0;
  for (let i = 0; i < n; i++) {
    const m = nearestModeWithin(xy[2 * i], xy[2 * i + 1], modes, radiusStd);
    if (m >= 0) {
      counts[m]++;
      good++;
    }
  }
  const perMode = counts.map((c) => (n > 0 ? c / n : 0));
  // A tiny tolerance so that "exactly minShare" counts despite float division.
  const covered = perMode.filter((s) => n > 0 && s >= minShare - 1e-12).length;
  return { covered, total: modes.length, perMode, highQuality: n > 0 && modes.length > 0 ? good / n : 0 };
}

/** Mean of flat 2-D points. */
export function meanXY(xy: ArrayLike<number>): [number, number] {
  const n = Math.floor(xy.length / 2);
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += xy[2 * i];
    y += xy[2 * i + 1];
  }
  return n > 0 ? [x / n, y / n] : [NaN, NaN];
}

export interface Histogram {
  /** Lower edge of the first bin. */
  lo: number;
  /** Upper edge of the last bin; values above it are counted in the last bin. */
  hi: number;
  counts: number[];
}

/** Mean and histogram of non-negative values (e.g. gradient norms). */
export function summarise(values: ArrayLike<number>, bins = 16): { mean: number; histogram: Histogram } {
  let sum = 0;
  let max = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    sum += v;
    n++;
    if (v > max) max = v;
  }
  // [0, 2] covers a well-behaved critic (norms near 1); otherwise the next power of two.
  const hi = max <= 2 ? 2 : 2 ** Math.ceil(Math.log2(max));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    counts[Math.min(bins - 1, Math.max(0, Math.floor((v / hi) * bins)))]++;
  }
  return { mean: n > 0 ? sum / n : NaN, histogram: { lo: 0, hi, counts } };
}

/** Critic weights under weight clipping: the bound, the share pinned at it, a histogram. */
export interface WeightSummary {
  /** The clip value c: weights live in [-c, c]. */
  c: number;
  /** Share of weights within 1% of a bound (|w| >= 0.99 c). */
  atBound: number;
  /** Counts over [-c, c] in equal bins (values outside are counted in the end bins). */
  histogram: Histogram;
}

/**
 * Summary of weights clipped to [-c, c] (Gulrajani et al. 2017, Fig. 1b: weight clipping
 * pushes most weights to the two extremes).
 */
export function weightSummary(values: ArrayLike<number>, c: number, bins = 16): WeightSummary {
  const counts = new Array<number>(bins).fill(0);
  let pinned = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    n++;
    if (Math.abs(v) >= 0.99 * c) pinned++;
    counts[Math.min(bins - 1, Math.max(0, Math.floor(((v + c) / (2 * c)) * bins)))]++;
  }
  return { c, atBound: n > 0 ? pinned / n : 0, histogram: { lo: -c, hi: c, counts } };
}
