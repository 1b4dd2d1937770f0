/**
 * Reference cases for the schedules, derived by hand from the primary definitions:
 * - PyTorch docs, torch.optim.lr_scheduler.StepLR / ExponentialLR / CosineAnnealingLR
 *   (closed form eta_t = eta_min + (eta_max - eta_min)(1 + cos(T_cur pi / T_max)) / 2);
 * - Hugging Face transformers, optimization.py, get_cosine_schedule_with_warmup's
 *   lr_lambda: step / max(1, warmup) during warmup, then
 *   max(0, 0.5 (1 + cos(pi * num_cycles * 2 * progress))), progress = (step - warmup) / max(1, total - warmup);
 * - L. N. Smith, "Cyclical Learning Rates for Training Neural Networks", WACV 2017
 *   (triangular policy: cycle = floor(1 + it / 2s), x = |it / s - 2 cycle + 1|, lr = base + (max - base) max(0, 1 - x)).
 */
import { describe, expect, it } from 'vitest';
import { learningRate, scheduleCurve, type Schedule } from './schedules';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 12);

describe('learningRate', () => {
  it('constant', () => {
    for (const s of [0, 10, 1e6]) close(learningRate({ kind: 'constant', lr: 0.1 }, s), 0.1);
  });
  it('StepLR: lr * gamma^floor(step / stepSize)', () => {
    const s: Schedule = { kind: 'step', lr: 0.1, stepSize: 30, gamma: 0.1 };
    close(learningRate(s, 0), 0.1);
    close(learningRate(s, 29), 0.1);
    close(learningRate(s, 30), 0.01);
    close(learningRate(s, 59), 0.01);
    close(learningRate(s, 60), 0.001);
  });
  it('ExponentialLR: lr * gamma^step', () => {
    const s: Schedule = { kind: 'exponential', lr: 1, gamma: 0.5 };
    close(learningRate(s, 0), 1);
    close(learningRate(s, 3), 0.125);
  });
  it('CosineAnnealingLR closed form', () => {
    const s: Schedule = { kind: 'cosine', lr: 1, tMax: 100, etaMin: 0.1 };
    close(learningRate(s, 0), 1);
    close(learningRate(s, 50), 0.55);
    close(learningRate(s, 100), 0.1);
    close(learningRate(s, 25), 0.1 + 0.9 * (1 + Math.SQRT1_2) / 2);
    close(learningRate(s, 200), 1); // the closed form is periodic past tMax
  });
  it('HF cosine with warmup, also past totalSteps', () => {
    const s: Schedule = { kind: 'warmupCosine', lr: 2, warmupSteps: 10, totalSteps: 110, numCycles: 0.5 };
    close(learningRate(s, 0), 0);
    close(learningRate(s, 5), 1);
    close(learningRate(s, 10), 2);
    close(learningRate(s, 60), 1); // progress 0.5: 0.5 (1 + cos(pi/2)) = 0.5
    close(learningRate(s, 110), 0);
    close(learningRate(s, 160), 1); // progress 1.5: 0.5 (1 + cos(1.5 pi)) = 0.5
    close(learningRate(s, 210), 2); // progress 2: cos(2 pi) = 1
    const zeroWarm: Schedule = { kind: 'warmupCosine', lr: 1, warmupSteps: 0, totalSteps: 100, numCycles: 0.5 };
    close(learningRate(zeroWarm, 0), 1);
    const twoCycles: Schedule = { kind: 'warmupCosine', lr: 1, warmupSteps: 0, totalSteps: 100, numCycles: 1 };
    close(learningRate(twoCycles, 50), 0);
    close(learningRate(twoCycles, 25), 0.5);
  });
  it('triangular cyclic', () => {
    const s: Schedule = { kind: 'cyclic', lr: 0.1, maxLr: 1.1, stepSize: 10 };
    close(learningRate(s, 0), 0.1);
    close(learningRate(s, 5), 0.6);
    close(learningRate(s, 10), 1.1);
    close(learningRate(s, 15), 0.6);
    close(learningRate(s, 20), 0.1);
    close(learningRate(s, 30), 1.1);
  });
  it('scheduleCurve samples the first and last step', () => {
    const c = scheduleCurve({ kind: 'exponential', lr: 1, gamma: 0.9 }, 100, 10);
    expect(c[0]).toEqual({ step: 0, lr: 1 });
    expect(c.at(-1)!.step).toBe(99);
  });
});
