/**
 * The learning-rate-schedule race (page gen-10): one small MLP regression, copied once per
 * schedule with identical initial weights and identical minibatches, each copy trained by
 * plain SGD under its own schedule. Only the schedule differs, so the loss curves compare
 * schedules and nothing else.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { learningRate, scheduleKinds, type Schedule, type ScheduleKind } from '$lib/ml/optim/schedules';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { buildSchedules } from './shared';

export interface RaceParams {
  lr: number;
  totalSteps: number;
  warmup: number;
  hidden: number;
  batch: number;
  noise: number;
}

export interface RaceSnapshot {
  step: number;
  points: { x: number[]; y: number[] };
  grid: number[];
  predictions: Record<ScheduleKind, number[]>;
  lr: Record<ScheduleKind, number>;
  loss: Record<ScheduleKind, number>;
  /** Step at which a copy blew up (its loss became NaN/Inf); it is frozen from then on. */
  diverged: Partial<Record<ScheduleKind, number>>;
  schedules: Record<ScheduleKind, Schedule>;
}

const target = (x: number) => Math.sin(3 * x) + 0.3 * x;

export class ScheduleRace implements Trainer<RaceParams, RaceSnapshot> {
  private rng: Rng;
  private xs: Float32Array;
  private ys: Float32Array;
  private xTrain: tf.Tensor2D;
  private yTrain: tf.Tensor2D;
  private xGrid: tf.Tensor2D;
  private grid: number[];
  private models: Record<ScheduleKind, tf.Variable[]>;
  private schedules: Record<ScheduleKind, Schedule>;
  private stepCount = 0;
  private diverged: Partial<Record<ScheduleKind, number>> = {};

  constructor(
    private p: RaceParams,
    seed: number,
    private n = 128
  ) {
    this.rng = new Rng(seed);
    const xs = new Float32Array(n);
    const ys = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = this.rng.uniform(-1, 1);
      ys[i] = target(xs[i]) + this.rng.normal(0, p.noise);
    }
    this.xs = xs;
    this.ys = ys;
    this.grid = Array.from({ length: 64 }, (_, i) => -1 + (2 * i) / 63);
    this.xTrain = tf.tensor2d(xs, [n, 1]);
    this.yTrain = tf.tensor2d(ys, [n, 1]);
    this.xGrid = tf.tensor2d(this.grid, [64, 1]);
    this.schedules = buildSchedules(p);
    // Identical initial weights for every copy (Glorot-uniform-like, seeded).
    const h = p.hidden;
    const shapes: [number, number][] = [[1, h], [1, h], [h, h], [1, h], [h, 1], [1, 1]];
    const init = shapes.map(([r, c], i) => {
      const fan = i === 0 ? 1 + h : i === 2 ? 2 * h : i === 4 ? h + 1 : 0;
      const lim = fan ? Math.sqrt(6 / fan) : 0;
      return Float32Array.from({ length: r * c }, () => (lim ? this.rng.uniform(-lim, lim) : 0));
    });
    this.models = Object.fromEntries(
      scheduleKinds.map((k) => [k, shapes.map((s, i) => tf.tidy(() => tf.variable(tf.tensor2d(init[i], s))))])
    ) as Record<ScheduleKind, tf.Variable[]>;
  }

  private forward(w: tf.Variable[], x: tf.Tensor2D): tf.Tensor2D {
    const h1 = tf.tanh(tf.add(tf.matMul(x, w[0]), w[1]));
    const h2 = tf.tanh(tf.add(tf.matMul(h1, w[2]), w[3]));
    return tf.add(tf.matMul(h2, w[4]), w[5]) as tf.Tensor2D;
  }

  private batch(): { x: tf.Tensor2D; y: tf.Tensor2D } {
    const b = Math.min(this.p.batch, this.n);
    const idx = Int32Array.from({ length: b }, () => this.rng.int(this.n));
    const t = tf.tensor1d(idx, 'int32');
    return { x: tf.gather(this.xTrain, t), y: tf.gather(this.yTrain, t) };
  }

  async train(steps: number): Promise<Metrics> {
    for (let s = 0; s < steps; s++) {
      tf.tidy(() => {
        const { x, y } = this.batch();
        for (const k of scheduleKinds) {
          if (this.diverged[k] !== undefined) continue;
          const w = this.models[k];
          const lr = learningRate(this.schedules[k], this.stepCount);
          const { grads } = tf.variableGrads(() => tf.mean(tf.squaredDifference(this.forward(w, x), y)) as tf.Scalar, w);
          w.forEach((v) => v.assign(tf.sub(v, tf.mul(grads[v.name], lr))));
        }
      });
      this.stepCount++;
    }
    return this.evalLoss();
  }

  private async evalLoss(): Promise<Metrics> {
    const t = tf.tidy(() =>
      tf.stack(scheduleKinds.map((k) => tf.mean(tf.squaredDifference(this.forward(this.models[k], this.xTrain), this.yTrain))))
    );
    const v = await t.data();
    t.dispose();
    // A copy that blew up is frozen and drops out of the metrics; only when every copy has
    // diverged does the run report NaN, so the runner's divergence guard stops it.
    const out: Metrics = {};
    scheduleKinds.forEach((k, i) => {
      if (!Number.isFinite(v[i]) || v[i] > 1e6) this.diverged[k] ??= this.stepCount;
      if (this.diverged[k] === undefined) out[k] = v[i];
    });
    return Object.keys(out).length ? out : { loss: NaN };
  }

  async snapshot(): Promise<RaceSnapshot> {
    const preds = tf.tidy(() => tf.stack(scheduleKinds.map((k) => this.forward(this.models[k], this.xGrid).reshape([-1]))));
    const pv = await preds.data();
    preds.dispose();
    const loss = (await this.evalLoss()) as Record<ScheduleKind, number>;
    const diverged = { ...this.diverged };
    const g = this.grid.length;
    return {
      step: this.stepCount,
      points: { x: Array.from(this.xs), y: Array.from(this.ys) },
      grid: this.grid,
      predictions: Object.fromEntries(scheduleKinds.map((k, i) => [k, Array.from(pv.subarray(i * g, (i + 1) * g))])) as Record<ScheduleKind, number[]>,
      lr: Object.fromEntries(scheduleKinds.map((k) => [k, learningRate(this.schedules[k], this.stepCount)])) as Record<ScheduleKind, number>,
      loss,
      diverged,
      schedules: this.schedules
    };
  }

  dispose(): void {
    for (const k of scheduleKinds) this.models[k].forEach((v) => v.dispose());
    this.xTrain.dispose();
    this.yTrain.dispose();
    this.xGrid.dispose();
  }
}

export function createScheduleRace(p: RaceParams, seed: number): ScheduleRace {
  return new ScheduleRace(p, seed);
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createScheduleRace;
