/** What the page and the trainer share: tf-free, so the page can import it without pulling tfjs onto its first load (the trainer runs in the worker). */
import type { Schedule, ScheduleKind } from '$lib/ml/optim/schedules';
import type { RaceParams } from './trainer';

/** The six schedules, all derived from one base rate and the run length. */
export function buildSchedules(p: Pick<RaceParams, 'lr' | 'totalSteps' | 'warmup'>): Record<ScheduleKind, Schedule> {
  const T = Math.max(1, p.totalSteps);
  return {
    constant: { kind: 'constant', lr: p.lr },
    step: { kind: 'step', lr: p.lr, stepSize: Math.max(1, Math.round(T / 4)), gamma: 0.3 },
    exponential: { kind: 'exponential', lr: p.lr, gamma: Math.pow(0.01, 1 / T) },
    cosine: { kind: 'cosine', lr: p.lr, tMax: T, etaMin: p.lr * 0.01 },
    warmupCosine: { kind: 'warmupCosine', lr: p.lr, warmupSteps: Math.min(p.warmup, T - 1), totalSteps: T, numCycles: 0.5 },
    cyclic: { kind: 'cyclic', lr: p.lr / 10, maxLr: p.lr, stepSize: Math.max(1, Math.round(T / 6)) }
  };
}
