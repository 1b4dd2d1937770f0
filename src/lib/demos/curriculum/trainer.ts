/**
 * Curriculum vs shuffled (page gen-09). A small tanh MLP regresses a 1-D curve from noisy
 * examples; each example's difficulty is its label-noise level, and a few examples are very
 * noisy. Two copies of the network, with identical initial weights and the same random
 * draws, train for the same number of steps under the same cosine-decayed learning rate:
 * one samples its minibatches from the easiest share g(t) of the data, with
 * g(t) = min(1, g0 + (1 - g0) t / T) (Bengio et al. 2009), the other from all of it.
 * Both are scored every step on the same held-out inputs spanning the whole range, against
 * the noise-free curve (the noise itself cannot be learned), so neither run is judged on
 * its own subset.
 *
 * The two copies are one set of variables with a leading axis of 2 (batched matMul), so a
 * step costs one backward pass.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { admittedCount, lrAt, pacing, truth } from './pacing';

export { admittedCount, lrAt, pacing, stepsToTarget, truth } from './pacing';

export const runNames = ['curriculum', 'shuffled'] as const;
export type RunName = (typeof runNames)[number];
export type Order = 'easy-first' | 'hard-first';

export interface CurriculumParams {
  lr: number;
  batch: number;
  /** g0: share of the (sorted) data available at step 0. */
  startShare: number;
  /** T: steps until the whole data set is admitted. */
  paceSteps: number;
  /** Length of the run (the cosine learning-rate decay reaches 0 there). */
  totalSteps: number;
  /** Largest label-noise standard deviation. */
  noise: number;
  order: Order;
}

export const HIDDEN = 16;
export const N_TRAIN = 512;
export const N_TEST = 200;

export interface CurriculumSnapshot {
  step: number;
  share: number;
  admitted: number;
  /** Training data; `rank` is each point's position in the curriculum order (0 = first admitted). */
  data: { x: number[]; y: number[]; difficulty: number[]; rank: number[] };
  grid: number[];
  truth: number[];
  predictions: Record<RunName, number[]>;
  /** Per recorded step: held-out error, and a smoothed loss on each run's own minibatches. */
  history: { steps: number[]; heldOut: Record<RunName, number[]>; trainLoss: Record<RunName, number[]> };
  diverged: Partial<Record<RunName, number>>;
}

const KEEP = 3000;

export class CurriculumRace implements Trainer<CurriculumParams, CurriculumSnapshot> {
  private rng: Rng;
  private data: CurriculumSnapshot['data'];
  private order: number[];
  private x: tf.Tensor2D;
  private y: tf.Tensor2D;
  private xTest: tf.Tensor3D;
  private yTest: tf.Tensor3D;
  private xGrid: tf.Tensor3D;
  private grid: number[];
  private w: tf.Variable[];
  private stepCount = 0;
  private ema: Record<RunName, number> = { curriculum: NaN, shuffled: NaN };
  private hist: CurriculumSnapshot['history'] = { steps: [], heldOut: { curriculum: [], shuffled: [] }, trainLoss: { curriculum: [], shuffled: [] } };
  private diverged: Partial<Record<RunName, number>> = {};

  constructor(
    private p: CurriculumParams,
    seed: number
  ) {
    this.rng = new Rng(seed);
    const n = N_TRAIN;
    const xs: number[] = [];
    const ys: number[] = [];
    const difficulty: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = this.rng.uniform(-1, 1);
      // Most examples are nearly clean, a few very noisy: sigma = noise * u^3.
      const sigma = p.noise * this.rng.next() ** 3;
      xs.push(x);
      difficulty.push(sigma);
      // Bounded noise (uniform, standard deviation sigma): no single label is absurd.
      ys.push(truth(x) + sigma * Math.sqrt(3) * this.rng.uniform(-1, 1));
    }
    const easyFirst = Array.from({ length: n }, (_, i) => i).sort((a, b) => difficulty[a] - difficulty[b]);
    this.order = p.order === 'hard-first' ? easyFirst.reverse() : easyFirst;
    const rank = new Array<number>(n);
    this.order.forEach((i, r) => (rank[i] = r));
    this.data = { x: xs, y: ys, difficulty, rank };
    const xt = Array.from({ length: N_TEST }, () => this.rng.uniform(-1, 1));
    this.grid = Array.from({ length: 64 }, (_, i) => -1 + (2 * i) / 63);
    this.x = tf.tensor2d(xs, [n, 1]);
    this.y = tf.tensor2d(ys, [n, 1]);
    this.xTest = tf.tensor3d([...xt, ...xt], [2, N_TEST, 1]);
    this.yTest = tf.tensor3d([...xt, ...xt].map(truth), [2, N_TEST, 1]);
    this.xGrid = tf.tensor3d([...this.grid, ...this.grid], [2, 64, 1]);
    // Identical initial weights for both copies (Glorot-uniform, seeded).
    const h = HIDDEN;
    const shapes: [number, number][] = [[1, h], [1, h], [h, h], [1, h], [h, 1], [1, 1]];
    this.w = shapes.map(([r, c], i) => {
      const fan = i === 0 ? 1 + h : i === 2 ? 2 * h : i === 4 ? h + 1 : 0;
      const lim = fan ? Math.sqrt(6 / fan) : 0;
      const init = Array.from({ length: r * c }, () => (lim ? this.rng.uniform(-lim, lim) : 0));
      return tf.tidy(() => tf.variable(tf.tensor3d([...init, ...init], [2, r, c])));
    });
  }

  private forward(x: tf.Tensor3D): tf.Tensor3D {
    const w = this.w;
    const h1 = tf.tanh(tf.add(tf.matMul(x, w[0]), w[1]));
    const h2 = tf.tanh(tf.add(tf.matMul(h1, w[2]), w[3]));
    return tf.add(tf.matMul(h2, w[4]), w[5]);
  }

  /** One step for both copies; returns [heldOut c, heldOut s, batch loss c, batch loss s]. */
  private step(): tf.Tensor1D {
    const n = N_TRAIN;
    const b = this.p.batch;
    const adm = admittedCount(pacing(this.stepCount, this.p.startShare, this.p.paceSteps), n);
    const u = Array.from({ length: b }, () => this.rng.next());
    const idx = Int32Array.from([...u.map((v) => this.order[Math.floor(v * adm)]), ...u.map((v) => Math.floor(v * n))]);
    const lr = lrAt(this.p.lr, this.stepCount, this.p.totalSteps);
    // A copy that blew up is frozen (its rate is 0) so it cannot disturb the record.
    const rates = runNames.map((r) => (this.diverged[r] === undefined ? lr : 0));
    return tf.tidy(() => {
      const it = tf.tensor1d(idx, 'int32');
      const x = tf.reshape(tf.gather(this.x, it), [2, b, 1]) as tf.Tensor3D;
      const y = tf.reshape(tf.gather(this.y, it), [2, b, 1]);
      const batchLoss = tf.mean(tf.squaredDifference(this.forward(x), y), [1, 2]);
      const { grads } = tf.variableGrads(() => tf.sum(tf.mean(tf.squaredDifference(this.forward(x), y), [1, 2])) as tf.Scalar, this.w);
      const rate = tf.tensor3d(rates, [2, 1, 1]);
      this.w.forEach((v) => v.assign(tf.sub(v, tf.mul(grads[v.name], rate))));
      const heldOut = tf.mean(tf.squaredDifference(this.forward(this.xTest), this.yTest), [1, 2]);
      return tf.concat([heldOut, batchLoss]) as tf.Tensor1D;
    });
  }

  async train(steps: number): Promise<Metrics> {
    const recs: tf.Tensor1D[] = [];
    for (let s = 0; s < steps; s++) {
      recs.push(this.step());
      this.stepCount++;
    }
    const all = tf.stack(recs);
    recs.forEach((t) => t.dispose());
    const v = await all.data(); // one read-back per call, holding every step's record
    all.dispose();
    const first = this.stepCount - steps;
    for (let s = 0; s < steps; s++) {
      this.hist.steps.push(first + s + 1);
      runNames.forEach((r, i) => {
        const held = v[4 * s + i];
        const bl = v[4 * s + 2 + i];
        if (!Number.isFinite(held) || held > 1e6) this.diverged[r] ??= first + s + 1;
        this.ema[r] = Number.isNaN(this.ema[r]) ? bl : 0.95 * this.ema[r] + 0.05 * bl;
        this.hist.heldOut[r].push(this.diverged[r] === undefined ? held : NaN);
        this.hist.trainLoss[r].push(this.diverged[r] === undefined ? this.ema[r] : NaN);
      });
    }
    this.thin();
    const out: Metrics = {};
    for (const r of runNames) if (this.diverged[r] === undefined) out[r] = this.hist.heldOut[r][this.hist.heldOut[r].length - 1];
    return Object.keys(out).length ? out : { loss: NaN };
  }

  /** Bounded memory: past KEEP points, keep every other one. */
  private thin(): void {
    if (this.hist.steps.length <= KEEP) return;
    const keep = <T>(a: T[]) => a.filter((_, i) => i % 2 === 1 || i === a.length - 1);
    this.hist.steps = keep(this.hist.steps);
    for (const r of runNames) {
      this.hist.heldOut[r] = keep(this.hist.heldOut[r]);
      this.hist.trainLoss[r] = keep(this.hist.trainLoss[r]);
    }
  }

  async snapshot(): Promise<CurriculumSnapshot> {
    const preds = tf.tidy(() => this.forward(this.xGrid).reshape([-1]));
    const pv = await preds.data();
    preds.dispose();
    const share = pacing(this.stepCount, this.p.startShare, this.p.paceSteps);
    const g = this.grid.length;
    const h = this.hist;
    return {
      step: this.stepCount,
      share,
      admitted: admittedCount(share, N_TRAIN),
      data: this.data,
      grid: this.grid,
      truth: this.grid.map(truth),
      predictions: { curriculum: Array.from(pv.subarray(0, g)), shuffled: Array.from(pv.subarray(g, 2 * g)) },
      history: {
        steps: [...h.steps],
        heldOut: { curriculum: [...h.heldOut.curriculum], shuffled: [...h.heldOut.shuffled] },
        trainLoss: { curriculum: [...h.trainLoss.curriculum], shuffled: [...h.trainLoss.shuffled] }
      },
      diverged: { ...this.diverged }
    };
  }

  dispose(): void {
    this.w.forEach((v) => v.dispose());
    [this.x, this.y, this.xTest, this.yTest, this.xGrid].forEach((t) => t.dispose());
  }
}

export function createCurriculumRace(p: CurriculumParams, seed: number): CurriculumRace {
  return new CurriculumRace(p, seed);
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createCurriculumRace;
