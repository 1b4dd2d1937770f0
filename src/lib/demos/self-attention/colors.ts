/** Small view helpers shared by the self-attention views (no DOM, no tfjs). */
import { interpolateBlues, interpolateReds } from 'd3-scale-chromatic';

/**
 * Diverging colours for signed matrices drawn with lo = -max, hi = +max: light reds below
 * the middle, white at 0, blues above that darken fast (MatrixChart writes white text on
 * cells past 0.6 of the range, dark text below).
 */
export function diverging(t: number): string {
  if (t < 0.5) return interpolateReds(0.04 + 1.1 * (0.5 - t));
  return interpolateBlues(Math.min(1, 0.04 + 1.5 * Math.sqrt(t - 0.5)));
}

/** Largest |value| over the finite entries (at least a tiny positive number). */
export function symmetricMax(m: readonly (readonly number[])[]): number {
  let max = 1e-9;
  for (const row of m) for (const v of row) if (Number.isFinite(v) && Math.abs(v) > max) max = Math.abs(v);
  return max;
}

/** A token as an axis label: long ones shortened with an ellipsis. */
export const shortLabel = (t: string): string => (t.length > 10 ? `${t.slice(0, 9)}…` : t);

/** A vector as a short readable list. */
export const vecText = (v: readonly number[], digits = 3): string => v.map((x) => x.toFixed(digits)).join(', ');
