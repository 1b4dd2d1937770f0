/**
 * Learning-rate schedules as pure functions of the step, each with the semantics of a
 * named reference implementation (see schedules.test.ts for the cases derived from them).
 */
export type Schedule =
  | { kind: 'constant'; lr: number }
  /** PyTorch StepLR: lr * gamma^floor(step / stepSize). */
  | { kind: 'step'; lr: number; stepSize: number; gamma: number }
  /** PyTorch ExponentialLR: lr * gamma^step. */
  | { kind: 'exponential'; lr: number; gamma: number }
  /** PyTorch CosineAnnealingLR, closed form: etaMin + (lr - etaMin)(1 + cos(pi step / tMax)) / 2. */
  | { kind: 'cosine'; lr: number; tMax: number; etaMin: number }
  /** Hugging Face get_cosine_schedule_with_warmup (lr times its lr_lambda). */
  | { kind: 'warmupCosine'; lr: number; warmupSteps: number; totalSteps: number; numCycles: number }
  /** Triangular cyclical learning rate (Smith 2017). */
  | { kind: 'cyclic'; lr: number; maxLr: number; stepSize: number };

export type ScheduleKind = Schedule['kind'];
export const scheduleKinds: ScheduleKind[] = ['constant', 'step', 'exponential', 'cosine', 'warmupCosine', 'cyclic'];

export function learningRate(s: Schedule, step: number): number {
  switch (s.kind) {
    case 'constant':
      return s.lr;
    case 'step':
      return s.lr * Math.pow(s.gamma, Math.floor(step / s.stepSize));
    case 'exponential':
      return s.lr * Math.pow(s.gamma, step);
    case 'cosine':
      return s.etaMin + ((s.lr - s.etaMin) * (1 + Math.cos((Math.PI * step) / s.tMax))) / 2;
    case 'warmupCosine': {
      if (step < s.warmupSteps) return (s.lr * step) / Math.max(1, s.warmupSteps);
      const progress = (step - s.warmupSteps) / Math.max(1, s.totalSteps - s.warmupSteps);
      return s.lr * Math.max(0, 0.5 * (1 + Math.cos(Math.PI * s.numCycles * 2 * progress)));
    }
    case 'cyclic': {
      const cycle = Math.floor(1 + step / (2 * s.stepSize));
      const x = Math.abs(step / s.stepSize - 2 * cycle + 1);
      return s.lr + (s.maxLr - s.lr) * Math.max(0, 1 - x);
    }
  }
}

/** The curve of a schedule over steps 0..steps-1 (for drawing). */
export function scheduleCurve(s: Schedule, steps: number, points = 200): { step: number; lr: number }[] {
  const out: { step: number; lr: number }[] = [];
  const n = Math.min(points, steps);
  for (let i = 0; i < n; i++) {
    const step = Math.round((i * (steps - 1)) / Math.max(1, n - 1));
    out.push({ step, lr: learningRate(s, step) });
  }
  return out;
}
