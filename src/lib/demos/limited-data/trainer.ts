/**
 * Training with limited data (page gen-08): a tiny density model (an MLP that scores each
 * cell of a 2-D grid; softmax over the cells gives p(x)) trained by maximum likelihood on
 * N examples of the target in ./limited-data-task.ts, with two optional extras:
 * - augmentation: every drawn example is rotated / mirrored by a symmetry of the target
 *   and jittered, so the model sees valid new samples;
 * - pretrained init: the weights are first trained (here, seeded, a modest step budget)
 *   on a larger related source data set, then fine-tuned on the N examples: by default
 *   only the output layer (the pretrained features stay), or all weights.
 * The main run (the reader's N and toggles) and a background sweep (several N x the four
 * conditions) are trained in lockstep as one batch of independent models: Adam is
 * elementwise, so batching them is exactly the same as training each alone.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { augment, CELLS, cellCentres, cellOf, EXTENT, histogram, sampleSource, sampleTarget, targetCellProbs } from '$lib/ml/density/ring-grid';

export interface LimitedParams {
  n: number;
  augment: boolean;
  pretrained: boolean;
  /** How pretrained runs are fine-tuned: only the output layer, or all weights. */
  finetune: 'head' | 'all';
  steps: number;
  sweep: boolean;
}

export type Condition = 'none' | 'augment' | 'pretrained' | 'both';
export const conditions: Condition[] = ['none', 'augment', 'pretrained', 'both'];
export const defaultSweepNs = [8, 16, 32, 64, 128, 256, 512];
export const POOL = 512;

export interface LimitedOptions {
  sweepNs?: number[];
  sweepConditions?: Condition[];
  hidden?: number;
  batch?: number;
  lr?: number;
  pretrainSteps?: number;
  heldOut?: number;
}

export interface LimitedSnapshot {
  step: number;
  grid: number;
  extent: number;
  /** The main run's p(cell), row-major, row 0 at the top. */
  density: number[];
  /** The target's exact p(cell). */
  target: number[];
  /** The main run's training examples. */
  points: { x: number[]; y: number[] };
  train: number;
  heldOut: number;
  /** Held-out loss of every sweep run now, by condition, in the order of `ns`. */
  sweep: { ns: number[]; heldOut: Partial<Record<Condition, number[]>>; train: Partial<Record<Condition, number[]>> };
  /** Held-out loss of the exact target distribution (the floor). */
  floor: number;
}

interface Run {
  n: number;
  aug: boolean;
  pre: boolean;
}

const condOf = (r: Pick<Run, 'aug' | 'pre'>): Condition => (r.aug ? (r.pre ? 'both' : 'augment') : r.pre ? 'pretrained' : 'none');

export class LimitedData implements Trainer<LimitedParams, LimitedSnapshot> {
  private rng: Rng;
  private pool: Float32Array;
  private runs: Run[];
  private ns: number[];
  private sweepConds: Condition[];
  private features: tf.Tensor3D;
  private featureOne: tf.Tensor3D;
  private frozen: tf.Tensor3D;
  private hTest: tf.Tensor2D;
  private hTrain: tf.Tensor2D;
  private W: tf.Variable;
  private V: tf.Variable;
  private opt: tf.Optimizer;
  private stepCount = 0;
  private readonly H: number;
  private readonly B: number;
  private target: Float32Array;
  private floor: number;

  constructor(
    p: LimitedParams,
    seed: number,
    opts: LimitedOptions = {}
  ) {
    this.rng = new Rng(seed);
    const H = (this.H = opts.hidden ?? 32);
    this.B = opts.batch ?? 64;
    const n = Math.max(1, Math.min(POOL, Math.round(p.n)));
    this.pool = sampleTarget(this.rng, POOL);
    const test = sampleTarget(this.rng, opts.heldOut ?? 4096);
    const source = sampleSource(this.rng, 4096);
    this.ns = p.sweep ? (opts.sweepNs ?? defaultSweepNs) : [];
    this.sweepConds = p.sweep ? (opts.sweepConditions ?? conditions) : [];
    this.runs = [{ n, aug: p.augment, pre: p.pretrained }];
    for (const c of this.sweepConds)
      for (const m of this.ns) this.runs.push({ n: m, aug: c === 'augment' || c === 'both', pre: c === 'pretrained' || c === 'both' });
    const K = this.runs.length;

    // Features of each cell centre: (x / EXTENT, y / EXTENT, 1).
    const cc = cellCentres();
    const f = new Float32Array(CELLS * 3);
    for (let i = 0; i < CELLS; i++) {
      f[3 * i] = cc[2 * i] / EXTENT;
      f[3 * i + 1] = cc[2 * i + 1] / EXTENT;
      f[3 * i + 2] = 1;
    }
    this.featureOne = tf.tensor3d(f, [1, CELLS, 3]);
    this.features = tf.tidy(() => tf.tile(this.featureOne, [K, 1, 1]) as tf.Tensor3D);
    // Pretrained runs fine-tune only their output layer (the features stay as pretrained).
    const headOnly = p.finetune !== 'all';
    this.frozen = tf.tensor3d(this.runs.map((r) => (r.pre && headOnly ? 0 : 1)), [K, 1, 1]);
    this.target = targetCellProbs();
    const hTest = histogram(test);
    this.hTest = tf.tensor2d(hTest, [1, CELLS]);
    this.floor = -hTest.reduce((s, h, i) => s + (h > 0 ? h * Math.log(this.target[i]) : 0), 0);
    const hTrain = new Float32Array(CELLS * K);
    this.runs.forEach((r, k) => hTrain.set(histogram(this.pool, r.n), k * CELLS));
    this.hTrain = tf.tensor2d(hTrain, [K, CELLS]);

    // One seeded random init shared by every run; the pretrained runs start from it too,
    // trained first on the source data.
    const w0 = new Float32Array(3 * H);
    for (let i = 0; i < 3 * H; i++) w0[i] = this.rng.normal(0, i < 2 * H ? 3 : 1.5);
    const v0 = new Float32Array(H);
    const anyPre = this.runs.some((r) => r.pre);
    const pre = anyPre ? this.pretrain(w0, v0, source, opts.pretrainSteps ?? 200, opts.lr ?? 0.03) : null;
    this.W = tf.tidy(() => {
      const base = tf.tensor3d(w0, [1, 3, H]);
      return tf.variable(tf.concat(this.runs.map((r) => (r.pre && pre ? pre.w : base)), 0));
    });
    this.V = tf.tidy(() => {
      const base = tf.tensor3d(v0, [1, H, 1]);
      return tf.variable(tf.concat(this.runs.map((r) => (r.pre && pre ? pre.v : base)), 0));
    });
    pre?.w.dispose();
    pre?.v.dispose();
    this.opt = tf.train.adam(opts.lr ?? 0.03);
  }

  /** Logits [K, CELLS] of K runs (W: [K, 3, H], V: [K, H, 1]), one batched matMul each. */
  private logits(W: tf.Tensor, V: tf.Tensor, X: tf.Tensor3D = this.features): tf.Tensor2D {
    const h = tf.tanh(tf.matMul(X, W as tf.Tensor3D));
    return tf.matMul(h, V as tf.Tensor3D).reshape([X.shape[0], CELLS]);
  }

  /** Mean NLL of each run's batch, given its normalised counts C [K, CELLS]: [K]. */
  private nll(logits: tf.Tensor2D, C: tf.Tensor2D): tf.Tensor1D {
    return tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(C, logits), 1)) as tf.Tensor1D;
  }

  private pretrain(w0: Float32Array, v0: Float32Array, source: Float32Array, steps: number, lr: number): { w: tf.Tensor3D; v: tf.Tensor3D } {
    const w = tf.tidy(() => tf.variable(tf.tensor3d(w0, [1, 3, this.H])));
    const v = tf.tidy(() => tf.variable(tf.tensor3d(v0, [1, this.H, 1])));
    const opt = tf.train.adam(lr);
    const m = source.length / 2;
    for (let s = 0; s < steps; s++) {
      const c = new Float32Array(CELLS);
      for (let b = 0; b < 128; b++) {
        const i = this.rng.int(m);
        c[cellOf(source[2 * i], source[2 * i + 1])] += 1 / 128;
      }
      tf.tidy(() => {
        const C = tf.tensor2d(c, [1, CELLS]);
        opt.minimize(() => tf.sum(this.nll(this.logits(w, v, this.featureOne), C)) as tf.Scalar, false, [w, v]);
      });
    }
    opt.dispose();
    const out = { w: tf.clone(w) as tf.Tensor3D, v: tf.clone(v) as tf.Tensor3D };
    w.dispose();
    v.dispose();
    return out;
  }

  /** Each run's batch: B examples drawn from its first n, augmented when it says so. */
  private batchCounts(): Float32Array {
    const K = this.runs.length;
    const c = new Float32Array(CELLS * K);
    this.runs.forEach((r, k) => {
      for (let b = 0; b < this.B; b++) {
        const i = this.rng.int(r.n);
        let x = this.pool[2 * i];
        let y = this.pool[2 * i + 1];
        if (r.aug) [x, y] = augment(this.rng, x, y);
        c[k * CELLS + cellOf(x, y)] += 1 / this.B;
      }
    });
    return c;
  }

  async train(steps: number): Promise<Metrics> {
    const K = this.runs.length;
    for (let s = 0; s < steps; s++) {
      const c = this.batchCounts();
      tf.tidy(() => {
        const C = tf.tensor2d(c, [K, CELLS]);
        const { grads } = tf.variableGrads(() => tf.sum(this.nll(this.logits(this.W, this.V), C)) as tf.Scalar, [this.W, this.V]);
        this.opt.applyGradients({ [this.W.name]: tf.mul(grads[this.W.name], this.frozen), [this.V.name]: grads[this.V.name] });
      });
      this.stepCount++;
    }
    const t = tf.tidy(() => this.losses().slice([0, 0], [2, 1]).reshape([2]));
    const v = await t.data();
    t.dispose();
    return { train: v[0], heldOut: v[1] };
  }

  /** [2, K]: row 0 the training NLL of each run, row 1 its held-out NLL. */
  private losses(): tf.Tensor2D {
    const lg = this.logits(this.W, this.V);
    const logp = tf.sub(lg, tf.logSumExp(lg, 1, true));
    const train = tf.neg(tf.sum(tf.mul(this.hTrain, logp), 1));
    const held = tf.neg(tf.sum(tf.mul(this.hTest, logp), 1));
    return tf.stack([train, held]) as tf.Tensor2D;
  }

  async snapshot(): Promise<LimitedSnapshot> {
    const K = this.runs.length;
    const [lossT, densT] = tf.tidy(() => {
      const lg = this.logits(this.W, this.V).slice([0, 0], [1, CELLS]).reshape([CELLS]);
      return [this.losses(), tf.softmax(lg)];
    });
    const [loss, dens] = await Promise.all([lossT.data(), densT.data()]);
    lossT.dispose();
    densT.dispose();
    const sweep: LimitedSnapshot['sweep'] = { ns: this.ns, heldOut: {}, train: {} };
    this.runs.forEach((r, k) => {
      if (k === 0) return;
      const c = condOf(r);
      (sweep.heldOut[c] ??= []).push(loss[K + k]);
      (sweep.train[c] ??= []).push(loss[k]);
    });
    const n = this.runs[0].n;
    return {
      step: this.stepCount,
      grid: Math.sqrt(CELLS),
      extent: EXTENT,
      density: Array.from(dens),
      target: Array.from(this.target),
      points: { x: Array.from({ length: n }, (_, i) => this.pool[2 * i]), y: Array.from({ length: n }, (_, i) => this.pool[2 * i + 1]) },
      train: loss[0],
      heldOut: loss[K],
      sweep,
      floor: this.floor
    };
  }

  dispose(): void {
    this.W.dispose();
    this.V.dispose();
    this.opt.dispose();
    this.features.dispose();
    this.featureOne.dispose();
    this.frozen.dispose();
    this.hTest.dispose();
    this.hTrain.dispose();
  }
}

export function createLimitedData(p: LimitedParams, seed: number, opts?: LimitedOptions): LimitedData {
  return new LimitedData(p, seed, opts);
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createLimitedData;
