/**
 * The cliff (page gen-07): plain SGD on a 2-D loss surface with a steep wall, three runs
 * side by side from the same start and with the same gradient noise: no clipping, clipping
 * by value, clipping by global norm. A gently sloping valley leads to a wall (Pascanu,
 * Mikolov and Bengio 2013); the corner at the wall's foot is sharp, so the optimiser always
 * ends up stepping onto the wall's face, where the gradient is about 40 times larger than
 * in the valley. Unclipped, that one gradient throws the parameters far back down the
 * valley; clipped by norm, the step is never longer than lr * threshold.
 *
 * The parameters of all three runs are one tf.Variable of shape [3, 2] (row r = run r's
 * (x, y)); the rows do not interact, so one tf.grad of the summed loss gives each run its
 * own gradient.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';

export const runKinds = ['none', 'value', 'norm'] as const;
export type RunKind = (typeof runKinds)[number];

export interface CliffParams {
  lr: number;
  threshold: number;
  startX: number;
  startY: number;
  /** Standard deviation of Gaussian noise added to each gradient entry (minibatch noise). */
  noise: number;
}

/** The surface: u runs across the wall (angle 30 degrees), v along it. */
export const surface = { angle: (30 * Math.PI) / 180, a: 0.15, m: 3.5, b: 0.5, wall: 1, width: 0.3, height: 12, sharp: 200 } as const;
export const extent = { x: [-4, 4] as [number, number], y: [-4, 4] as [number, number] };
const C = Math.cos(surface.angle);
const S = Math.sin(surface.angle);

const softplus = (z: number) => (z > 30 ? z : z < -30 ? Math.exp(z) : Math.log1p(Math.exp(z)));

/** The loss at (x, y), in float64 (the model computes the same in tfjs). */
export function cliffLoss(x: number, y: number): number {
  const { a, m, b, wall, width, height, sharp } = surface;
  const u = x * C + y * S;
  const v = -x * S + y * C;
  const z = (u - wall) / width;
  return 0.5 * a * (u - m) ** 2 + 0.5 * b * v * v + (height * (softplus(sharp * z) - softplus(sharp * (z - 1)))) / sharp;
}

/** The loss on a cols x rows grid over `extent`, row-major, first row at the top (max y). */
export function surfaceGrid(cols: number, rows: number): Float32Array {
  const out = new Float32Array(cols * rows);
  const [x0, x1] = extent.x;
  const [y0, y1] = extent.y;
  for (let r = 0; r < rows; r++) {
    const y = y1 - ((r + 0.5) / rows) * (y1 - y0);
    for (let c = 0; c < cols; c++) out[r * cols + c] = cliffLoss(x0 + ((c + 0.5) / cols) * (x1 - x0), y);
  }
  return out;
}

export interface RunTrace {
  x: number[];
  y: number[];
  /** Gradient norm before clipping, per step. */
  raw: number[];
  /** Norm of the gradient actually applied, per step. */
  applied: number[];
  /** Longest single step so far (distance moved in one update). */
  maxStep: number;
  loss: number;
}

export interface CliffSnapshot {
  step: number;
  lr: number;
  threshold: number;
  grid: { cols: number; rows: number; values: Float32Array; min: number; max: number };
  extent: typeof extent;
  /** The first `offset` steps were dropped from the traces (bounded memory). */
  offset: number;
  runs: Record<RunKind, RunTrace>;
}

const GRID = 96;
const KEEP = 3000;

export class CliffRace implements Trainer<CliffParams, CliffSnapshot> {
  private rng: Rng;
  private w: tf.Variable;
  private stepCount = 0;
  private offset = 0;
  private traces: Record<RunKind, RunTrace>;
  private grid: CliffSnapshot['grid'];

  constructor(
    private p: CliffParams,
    seed: number
  ) {
    this.rng = new Rng(seed);
    const start = [p.startX, p.startY];
    this.w = tf.tidy(() => tf.variable(tf.tensor2d([...start, ...start, ...start], [3, 2])));
    const loss = cliffLoss(p.startX, p.startY);
    this.traces = Object.fromEntries(
      runKinds.map((k): [RunKind, RunTrace] => [k, { x: [p.startX], y: [p.startY], raw: [], applied: [], maxStep: 0, loss }])
    ) as Record<RunKind, RunTrace>;
    const values = surfaceGrid(GRID, GRID);
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    this.grid = { cols: GRID, rows: GRID, values, min, max };
  }

  /** Per-run loss of a [3, 2] parameter tensor (tfjs twin of cliffLoss). */
  static lossRows(w: tf.Tensor2D): tf.Tensor1D {
    const { a, m, b, wall, width, height, sharp } = surface;
    const uv = tf.matMul(w, tf.tensor2d([C, -S, S, C], [2, 2]));
    const [u, v] = tf.split(uv, 2, 1);
    const z = tf.div(tf.sub(u, wall), width);
    const ramp = tf.mul(tf.sub(tf.softplus(tf.mul(z, sharp)), tf.softplus(tf.mul(tf.sub(z, 1), sharp))), height / sharp);
    return tf.add(tf.add(tf.mul(tf.square(tf.sub(u, m)), a / 2), tf.mul(tf.square(v), b / 2)), ramp).reshape([-1]);
  }

  /**
   * One step for all three runs; returns [new positions (6), raw norms (3), applied norms (3)].
   * The same noise draw is added to every run's gradient before clipping.
   */
  private step(): tf.Tensor1D {
    const { lr, threshold: c, noise } = this.p;
    const eps = this.rng.normals(2, noise);
    return tf.tidy(() => {
      const g = tf.add(tf.grad((w: tf.Tensor) => tf.sum(CliffRace.lossRows(w as tf.Tensor2D)))(this.w), tf.tensor2d(eps, [1, 2]));
      const raw = tf.sqrt(tf.sum(tf.square(g), 1, true)); // [3, 1]
      const byValue = tf.clipByValue(g, -c, c);
      // TF's clip_by_global_norm factor: NaN when the norm is not finite, so a blow-up shows.
      const byNorm = tf.mul(g, tf.add(tf.mul(tf.minimum(tf.reciprocal(raw), 1 / c), c), tf.sub(raw, raw)));
      const mask = (r: number) => tf.tensor2d(runKinds.map((_, i) => (i === r ? 1 : 0)), [3, 1]);
      const applied = tf.addN([tf.mul(g, mask(0)), tf.mul(byValue, mask(1)), tf.mul(byNorm, mask(2))]);
      this.w.assign(tf.sub(this.w, tf.mul(applied, lr)));
      const appliedNorm = tf.sqrt(tf.sum(tf.square(applied), 1));
      return tf.concat([this.w.reshape([-1]), raw.reshape([-1]), appliedNorm]) as tf.Tensor1D;
    });
  }

  async train(steps: number): Promise<Metrics> {
    const recs: tf.Tensor1D[] = [];
    for (let s = 0; s < steps; s++) recs.push(this.step());
    const all = tf.stack(recs);
    recs.forEach((t) => t.dispose());
    const v = await all.data(); // one read-back per call, for every step's record
    all.dispose();
    for (let s = 0; s < steps; s++) {
      const r = v.subarray(12 * s, 12 * s + 12);
      runKinds.forEach((k, i) => {
        const t = this.traces[k];
        const x = r[2 * i];
        const y = r[2 * i + 1];
        t.maxStep = Math.max(t.maxStep, Math.hypot(x - t.x[t.x.length - 1], y - t.y[t.y.length - 1]));
        t.x.push(x);
        t.y.push(y);
        t.raw.push(r[6 + i]);
        t.applied.push(r[9 + i]);
      });
      this.stepCount++;
    }
    this.trim();
    const out: Metrics = {};
    for (const k of runKinds) {
      const t = this.traces[k];
      t.loss = cliffLoss(t.x[t.x.length - 1], t.y[t.y.length - 1]);
      out[k] = t.loss;
    }
    return out;
  }

  private trim(): void {
    const extra = this.traces.none.raw.length - KEEP;
    if (extra <= 0) return;
    this.offset += extra;
    for (const t of Object.values(this.traces)) {
      t.x.splice(0, extra);
      t.y.splice(0, extra);
      t.raw.splice(0, extra);
      t.applied.splice(0, extra);
    }
  }

  async snapshot(): Promise<CliffSnapshot> {
    const runs = Object.fromEntries(
      runKinds.map((k) => {
        const t = this.traces[k];
        return [k, { ...t, x: [...t.x], y: [...t.y], raw: [...t.raw], applied: [...t.applied] }];
      })
    ) as Record<RunKind, RunTrace>;
    return { step: this.stepCount, lr: this.p.lr, threshold: this.p.threshold, grid: this.grid, extent, offset: this.offset, runs };
  }

  dispose(): void {
    this.w.dispose();
  }
}

export function createCliffRace(p: CliffParams, seed: number): CliffRace {
  return new CliffRace(p, seed);
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createCliffRace;
