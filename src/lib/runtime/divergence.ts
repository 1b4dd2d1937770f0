/**
 * The divergence guard: a NaN or Inf (or an absurdly large value) in a training metric
 * means the run has blown up. The runner pauses, marks the demo diverged and explains why.
 */
import type { Metrics } from '$lib/ml/core/trainer';

export const EXPLOSION = 1e12;

export interface Divergence {
  metric: string;
  value: string;
}

export function findDivergence(metrics: Metrics): Divergence | null {
  for (const [metric, v] of Object.entries(metrics)) {
    if (Number.isNaN(v)) return { metric, value: 'NaN' };
    if (!Number.isFinite(v)) return { metric, value: v > 0 ? '+∞' : '−∞' };
    if (Math.abs(v) > EXPLOSION) return { metric, value: v.toExponential(2) };
  }
  return null;
}
