/**
 * tie-02: the learning rate of a tiny character transformer (CharLm, one layer) on our corpus.
 * Several copies start from the same weights and see the same batches; what differs is set by
 * the mode:
 *
 * - 'rates': one optimiser at lr x 0.1, lr, lr x 10;
 * - 'optimizers': SGD, Adam and AdamW (decoupled weight decay), each at its own rate;
 * - 'warmup': the same peak rate with and without linear warmup (both cosine-decayed);
 * - 'range': the learning-rate range test (Smith 2017; fastai's lr_find): one copy whose rate
 *   grows exponentially from lrMin to lrMax, stopped when the smoothed loss passes 4x its minimum.
 *
 * A copy diverges when its loss is not finite or exceeds DIVERGE_FACTOR x the starting loss
 * (ln V); it is then frozen and shown as diverged at that step. Its losses never become
 * metrics (the runner stops on non-finite metrics): the curves travel in the snapshot, the
 * diverging step's loss drawn at DISPLAY_CAP x ln V, with the step and the actual loss beside it.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import type { AnyOptimizerKind } from '$lib/ml/optim/kinds';
import { learningRate, type Schedule } from '$lib/ml/optim/schedules';
import { CharLm } from '$lib/ml/transformer/char-lm';
import { charStream, streamWindows } from '$lib/ml/transformer/char-stream';
import { corpusSentences } from '$lib/ml/transformer/corpus';

export type Mode = 'rates' | 'optimizers' | 'warmup' | 'range';

export interface LrLabParams {
  mode: Mode;
  optimizer: AnyOptimizerKind;
  lr: number;
  lrSgd: number;
  weightDecay: number;
  schedule: 'constant' | 'warmupCosine';
  warmup: number;
  /** Length of the cosine schedule and of the range test. */
  horizon: number;
  lrMin: number;
  lrMax: number;
  dModel: number;
  context: number;
  batch: number;
}

export interface CopySpec {
  name: string;
  kind: AnyOptimizerKind;
  lr: number;
  schedule: Schedule;
  weightDecay: number;
}

export interface CopyCurve {
  name: string;
  kind: AnyOptimizerKind;
  peakLr: number;
  /** Training loss (on the step's batch) at steps 1..n; capped at DISPLAY_CAP after divergence. */
  loss: number[];
  /** Learning rate used at each step. */
  lr: number[];
  /** Step at which the copy diverged (-1: never). */
  divergedAt: number;
  /** Loss that triggered the divergence (may be Infinity or NaN, shown as text). */
  divergedLoss: number;
}

export interface LrLabSnapshot {
  step: number;
  mode: Mode;
  /** ln V: the loss of a uniform guess (where every copy starts). */
  startLoss: number;
  divergeAbove: number;
  copies: CopyCurve[];
  /** Range test: smoothed loss and the suggested rate (at the minimum, divided by 10). */
  range: { smoothed: number[]; minLr: number; suggested: number; stopLr: number } | null;
}

export const DIVERGE_FACTOR = 1.5;
export const DISPLAY_CAP = 2;
const MAX_POINTS = 2000;

export function copySpecs(p: LrLabParams): CopySpec[] {
  const sched = (lr: number, kind: LrLabParams['schedule'] = p.schedule): Schedule =>
    kind === 'constant' ? { kind: 'constant', lr } : { kind: 'warmupCosine', lr, warmupSteps: p.warmup, totalSteps: p.horizon, numCycles: 0.5 };
  const wd = (k: AnyOptimizerKind) => (k === 'adamw' ? p.weightDecay : 0);
  switch (p.mode) {
    case 'rates':
      return [0.1, 1, 10].map((m) => ({ name: `×${m}`, kind: p.optimizer, lr: p.lr * m, schedule: sched(p.lr * m), weightDecay: wd(p.optimizer) }));
    case 'optimizers':
      return [
        { name: 'sgd', kind: 'sgd', lr: p.lrSgd, schedule: sched(p.lrSgd), weightDecay: 0 },
        { name: 'adam', kind: 'adam', lr: p.lr, schedule: sched(p.lr), weightDecay: 0 },
        { name: 'adamw', kind: 'adamw', lr: p.lr, schedule: sched(p.lr), weightDecay: p.weightDecay }
      ];
    case 'warmup':
      return [
        { name: 'no-warmup', kind: p.optimizer, lr: p.lr, schedule: { kind: 'cosine', lr: p.lr, tMax: p.horizon, etaMin: 0 }, weightDecay: wd(p.optimizer) },
        { name: 'warmup', kind: p.optimizer, lr: p.lr, schedule: sched(p.lr, 'warmupCosine'), weightDecay: wd(p.optimizer) }
      ];
    case 'range':
      return [{ name: 'range', kind: p.optimizer, lr: p.lrMax, schedule: { kind: 'constant', lr: p.lrMin }, weightDecay: wd(p.optimizer) }];
  }
}

/** Rate of the range test at step i (0-based) of n: exponential from lrMin to lrMax. */
export const rangeLr = (p: Pick<LrLabParams, 'lrMin' | 'lrMax' | 'horizon'>, i: number) =>
  p.lrMin * Math.pow(p.lrMax / p.lrMin, Math.min(1, i / Math.max(1, p.horizon - 1)));

export function createLrLabTrainer(p: LrLabParams, seed: number): Trainer<LrLabParams, LrLabSnapshot> {
  const rng = new Rng(seed);
  const stream = charStream(corpusSentences('en'), { train: 120, sep: '. ', context: p.context, seed: rng.seed() });
  const initSeed = rng.seed();
  const batchRng = new Rng(rng.seed());
  const specs = copySpecs(p);
  const cfg = { vocabSize: stream.tok.size, context: p.context, dModel: p.dModel, nLayers: 1 };
  const lms = specs.map((s) => new CharLm(cfg, initSeed, s.kind, s.lr, { beta1: 0.9, beta2: 0.98, weightDecay: s.weightDecay }));
  const startLoss = Math.log(stream.tok.size);
  const divergeAbove = DIVERGE_FACTOR * startLoss;
  const curves: CopyCurve[] = specs.map((s) => ({ name: s.name, kind: s.kind, peakLr: s.lr, loss: [], lr: [], divergedAt: -1, divergedLoss: NaN }));
  // Range test: bias-corrected exponential moving average of the loss (fastai, beta 0.98).
  const smooth = { avg: 0, n: 0, best: Infinity, bestLr: NaN, values: [] as number[], stopLr: NaN };
  let step = 0;

  const record = (c: number, loss: number, lr: number, at: number) => {
    const cv = curves[c];
    if (cv.divergedAt >= 0) return;
    cv.lr.push(lr);
    if (!Number.isFinite(loss) || loss > divergeAbove) {
      cv.divergedAt = at;
      cv.divergedLoss = loss;
      cv.loss.push(DISPLAY_CAP * startLoss);
      if (p.mode === 'range') smooth.stopLr = lr;
      return;
    }
    cv.loss.push(loss);
    if (p.mode === 'range') {
      smooth.n++;
      smooth.avg = 0.98 * smooth.avg + 0.02 * loss;
      const sm = smooth.avg / (1 - 0.98 ** smooth.n);
      smooth.values.push(sm);
      if (sm < smooth.best) {
        smooth.best = sm;
        smooth.bestLr = lr;
      }
      if (smooth.n > 5 && sm > 4 * smooth.best) {
        cv.divergedAt = at;
        cv.divergedLoss = loss;
        smooth.stopLr = lr;
      }
    }
  };

  return {
    async train(steps: number): Promise<Metrics> {
      const losses: Tensor[] = [];
      const rates: number[][] = [];
      const alive = () => curves.map((c, i) => (c.divergedAt < 0 ? i : -1)).filter((i) => i >= 0);
      const live = alive();
      const first = step;
      for (let k = 0; k < steps && live.length; k++) {
        const windows = streamWindows(stream.trainIds, stream.sepIds, p.context + 1, p.batch, batchRng);
        const lrNow = specs.map((s) => (p.mode === 'range' ? rangeLr(p, step) : learningRate(s.schedule, step)));
        rates.push(lrNow);
        const l = tf.tidy(() =>
          tf.stack(
            specs.map((_, i) => {
              if (!live.includes(i)) return tf.scalar(NaN);
              lms[i].lr = lrNow[i];
              return lms[i].step(windows);
            })
          )
        );
        losses.push(l);
        step++;
      }
      // Nothing left to train (every copy diverged): the steps still count, so the runner's step and ours agree.
      if (!live.length) step += steps;
      if (losses.length) {
        const t = tf.stack(losses);
        const d = await t.data();
        t.dispose();
        for (const l of losses) l.dispose();
        const n = specs.length;
        losses.forEach((_, k) => live.forEach((c) => record(c, d[k * n + c], rates[k][c], first + k + 1)));
        for (const cv of curves) {
          if (cv.loss.length > MAX_POINTS) cv.loss.splice(0, cv.loss.length - MAX_POINTS);
          if (cv.lr.length > MAX_POINTS) cv.lr.splice(0, cv.lr.length - MAX_POINTS);
        }
      }
      const ok = curves.filter((c) => c.divergedAt < 0).map((c) => c.loss[c.loss.length - 1]).filter(Number.isFinite);
      // Only finite numbers: a diverged copy is reported in the snapshot, never as a metric.
      return { step, alive: ok.length, diverged: curves.length - ok.length, ...(ok.length ? { lossMin: Math.min(...ok) } : {}) };
    },

    async snapshot(): Promise<LrLabSnapshot> {
      return structuredClone({
        step, mode: p.mode, startLoss, divergeAbove, copies: curves,
        range: p.mode === 'range'
          ? { smoothed: smooth.values, minLr: smooth.bestLr, suggested: smooth.bestLr / 10, stopLr: smooth.stopLr }
          : null
      });
    },

    dispose() {
      for (const lm of lms) lm.dispose();
    }
  };
}

export default createLrLabTrainer;
