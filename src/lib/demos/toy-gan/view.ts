/**
 * Pure helpers for the toy GAN's views: plain arrays in, plain arrays or SVG path strings
 * out (no tfjs, no DOM). The snapshot's grid is row-major from (xMin, yMin); the heat map
 * wants rows top to bottom.
 */
import type { Mode } from '$lib/ml/gan/data';
import { modeCoverage } from '$lib/ml/gan/metrics';
import type { GanSnapshot } from '$lib/ml/gan/trainer';
import type { LossKind } from '$lib/ml/gan/losses';

type Scale = (v: number) => number;
const f1 = (v: number) => v.toFixed(1);

/** Rows reversed: row 0 of the result is the top of the plane (yMax). */
export function flipRows(values: ArrayLike<number>, size: number): Float32Array {
  const out = new Float32Array(size * size);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) out[(size - 1 - j) * size + i] = values[j * size + i];
  }
  return out;
}

/** The colour range of the heat map: P(real) and the LSGAN score on [0, 1]; a critic on its own range. */
export function heatRange(kind: GanSnapshot['grid']['kind'], loss: LossKind, values: ArrayLike<number>): [number, number] {
  if (kind === 'probability' || loss === 'lsgan') return [0, 1];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return Number.isFinite(lo) && hi > lo ? [lo, hi] : [lo - 1, lo + 1];
}

/** All points of a flat [x, y, ...] array as one path of small circles (one DOM node). */
export function dotsPath(xy: ArrayLike<number>, x: Scale, y: Scale, r = 2.2): string {
  let d = '';
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const px = x(xy[i]);
    const py = y(xy[i + 1]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    d += `M${f1(px - r)},${f1(py)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return d;
}

/** All points as one path of small diamonds. */
export function diamondsPath(xy: ArrayLike<number>, x: Scale, y: Scale, r = 3): string {
  let d = '';
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const px = x(xy[i]);
    const py = y(xy[i + 1]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    d += `M${f1(px)},${f1(py - r)}l${r},${r}l${-r},${r}l${-r},${-r}z`;
  }
  return d;
}

export interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The snapshot's arrows ([x, y, dx, dy] each) in data units, scaled together so the longest
 * is `longest` long (relative lengths kept). Also returns the largest raw gradient norm.
 */
export function scaleArrows(arrows: ArrayLike<number>, longest = 0.18): { arrows: Arrow[]; maxNorm: number } {
  let maxNorm = 0;
  for (let i = 0; i + 3 < arrows.length; i += 4) {
    const n = Math.hypot(arrows[i + 2], arrows[i + 3]);
    if (Number.isFinite(n) && n > maxNorm) maxNorm = n;
  }
  const k = maxNorm > 0 ? longest / maxNorm : 0;
  const out: Arrow[] = [];
  for (let i = 0; i + 3 < arrows.length; i += 4) {
    const [x1, y1, dx, dy] = [arrows[i], arrows[i + 1], arrows[i + 2], arrows[i + 3]];
    if (![x1, y1, dx, dy].every(Number.isFinite)) continue;
    out.push({ x1, y1, x2: x1 + k * dx, y2: y1 + k * dy });
  }
  return { arrows: out, maxNorm };
}

/** Mean of the grid value at each point (nearest cell; points off the plane are skipped). */
export function meanAtPoints(values: ArrayLike<number>, size: number, extent: readonly number[], xy: ArrayLike<number>): number {
  const [x0, x1, y0, y1] = extent;
  let sum = 0;
  let n = 0;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const ci = Math.floor(((xy[i] - x0) / (x1 - x0)) * size);
    const cj = Math.floor(((xy[i + 1] - y0) / (y1 - y0)) * size);
    if (ci < 0 || cj < 0 || ci >= size || cj >= size) continue;
    const v = values[cj * size + ci];
    if (!Number.isFinite(v)) continue;
    sum += v;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/**
 * Which modes to draw as covered: the `covered` modes with the largest share of the shown
 * points. The count comes from the trainer (on more points), so the picture and the
 * counter always agree on how many.
 */
export function coveredFlags(fake: ArrayLike<number>, modes: readonly Mode[], covered: number): boolean[] {
  const { perMode } = modeCoverage(fake, modes);
  const order = perMode.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const flags = new Array<boolean>(modes.length).fill(false);
  for (let r = 0; r < Math.min(covered, order.length); r++) flags[order[r][1]] = true;
  return flags;
}

/** The losses each network would have if D output 0.5 everywhere (none for a critic). */
export function equilibriumLosses(loss: LossKind): { d: number; g: number } | null {
  const ln2 = Math.log(2);
  if (loss === 'nonsaturating') return { d: 2 * ln2, g: ln2 };
  if (loss === 'standard') return { d: 2 * ln2, g: -ln2 };
  if (loss === 'lsgan') return { d: 0.25, g: 0.125 };
  return null;
}

/** Figures from successive snapshots, for charts over time. */
export interface Track {
  it: number[];
  modeShare: number[];
  highQuality: number[];
  gradNorm: number[];
}

export const emptyTrack = (): Track => ({ it: [], modeShare: [], highQuality: [], gradNorm: [] });

/** Append a snapshot; a snapshot from an earlier iteration (a reset) starts over. Thinned past `cap`. */
export function extendTrack(t: Track, s: GanSnapshot, cap = 600): Track {
  const last = t.it.length ? t.it[t.it.length - 1] : undefined;
  if (last !== undefined && s.iteration === last && s.iteration > 0) return t;
  const keep = last === undefined || s.iteration > last ? t.it.length : 0;
  const add = (a: number[], v: number) => [...a.slice(0, keep), v];
  const out: Track = {
    it: add(t.it, s.iteration),
    modeShare: add(t.modeShare, s.modesTotal > 0 ? s.modesCovered / s.modesTotal : NaN),
    highQuality: add(t.highQuality, s.modesTotal > 0 ? s.highQuality : NaN),
    gradNorm: add(t.gradNorm, s.gradNorm.mean)
  };
  if (out.it.length <= cap) return out;
  const thin = (a: number[]) => a.filter((_, i) => i % 2 === 0 || i === a.length - 1);
  return { it: thin(out.it), modeShare: thin(out.modeShare), highQuality: thin(out.highQuality), gradNorm: thin(out.gradNorm) };
}

/** A small cluster of drawn points around (x, y): the centre and four neighbours, inside [-1, 1]. */
export function clusterAround(x: number, y: number, r = 0.04): number[] {
  const c = (v: number) => Math.max(-1, Math.min(1, v));
  return [[0, 0], [r, 0], [-r, 0], [0, r], [0, -r]].flatMap(([dx, dy]) => [c(x + dx), c(y + dy)]);
}

/** Share of a histogram's values in the bins whose centre lies within `tol` of `target`. */
export function shareNear(h: { lo: number; hi: number; counts: number[] }, target = 1, tol = 0.25): number {
  const w = (h.hi - h.lo) / (h.counts.length || 1);
  let near = 0;
  let all = 0;
  h.counts.forEach((c, i) => {
    all += c;
    if (Math.abs(h.lo + (i + 0.5) * w - target) <= tol) near += c;
  });
  return all > 0 ? near / all : NaN;
}
