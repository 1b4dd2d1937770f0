/** What the formula charts draw (plain TypeScript, from ml/transformer/positional). */
import { dotVsOffset, positionSimilarity, ropeScore, sinusoidalEncoding } from '$lib/ml/transformer/positional';

export const PE_POSITIONS = 48;
export const OFFSETS = 32;
/** Two absolute starts for the offset curves: if they coincide, only the offset matters. */
export const STARTS = [0, 20] as const;

/** Sinusoidal encoding of positions 0..n-1, row-major [pos][dim], for the heat map. */
export function peGrid(n: number, d: number): { values: Float64Array; rows: number; cols: number } {
  const pe = sinusoidalEncoding(Array.from({ length: n }, (_, i) => i), d);
  return { values: Float64Array.from(pe.flat()), rows: n, cols: d };
}

/** PE_p · PE_{p+k} for k = 0..OFFSETS, one curve per start p. */
export function dotCurves(d: number): number[][] {
  return STARTS.map((p) => dotVsOffset(p, OFFSETS, d));
}

/** A fixed query and key of width d (deterministic, so the chart is stable). */
export function probeVectors(d: number): { q: number[]; k: number[] } {
  return {
    q: Array.from({ length: d }, (_, i) => Math.cos(0.7 * i + 0.3)),
    k: Array.from({ length: d }, (_, i) => Math.sin(1.3 * i + 0.5))
  };
}

/** RoPE score of the fixed q at position p and k at p + k, k = 0..OFFSETS, one curve per start. */
export function ropeCurves(d: number): number[][] {
  const { q, k } = probeVectors(d);
  return STARTS.map((p) => Array.from({ length: OFFSETS + 1 }, (_, o) => ropeScore(q, k, p, p + o)));
}

/** The same q and k with the sinusoidal encoding added instead: (q + PE_p) · (k + PE_{p+o}). */
export function additiveCurves(d: number): number[][] {
  const { q, k } = probeVectors(d);
  return STARTS.map((p) =>
    Array.from({ length: OFFSETS + 1 }, (_, o) => {
      const [a, b] = sinusoidalEncoding([p, p + o], d);
      return q.reduce((s, v, i) => s + (v + a[i]) * (k[i] + b[i]), 0);
    })
  );
}

/** Largest gap between the curves of the two starts. */
export function curveGap(curves: number[][]): number {
  return Math.max(...curves[0].map((v, i) => Math.abs(v - curves[1][i])));
}

export function similarity(n: number, d: number): number[][] {
  return positionSimilarity(n, d);
}
