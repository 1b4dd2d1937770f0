/**
 * Metric history for loss charts: bounded memory. When it reaches `cap` points it keeps
 * every other point, so a long run still draws its whole curve.
 */
import type { Metrics } from '$lib/ml/core/trainer';

export interface History {
  steps: number[];
  series: Record<string, number[]>;
}

export const emptyHistory = (): History => ({ steps: [], series: {} });

export function appendHistory(h: History, step: number, m: Metrics, cap = 1000): History {
  let steps = [...h.steps, step];
  const series: Record<string, number[]> = {};
  const keys = new Set([...Object.keys(h.series), ...Object.keys(m)]);
  for (const k of keys) series[k] = [...(h.series[k] ?? new Array(h.steps.length).fill(NaN)), m[k] ?? NaN];
  if (steps.length > cap) {
    const keep = (_: unknown, i: number) => i % 2 === 0 || i === steps.length - 1;
    steps = steps.filter(keep);
    for (const k of keys) series[k] = series[k].filter(keep);
  }
  return { steps, series };
}
