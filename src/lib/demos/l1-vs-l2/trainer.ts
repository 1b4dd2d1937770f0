/**
 * L1 vs L2 (and Huber) in tfjs, for gen-11. One trainer, one Adam optimiser, five models
 * trained side by side on the same data from the same start:
 *   - three lines y = w x + b (L1, L2, Huber) on the points with one outlier;
 *   - two copies of a small MLP (1 -> 16 tanh -> 1) on the bimodal target, one under L1
 *     (settles on the conditional median) and one under L2 (the conditional mean).
 * The models share no parameters, so minimising the sum of their losses with one Adam is the
 * same as training each on its own (Adam is per parameter). Views get plain arrays only.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { lossCurves, type LossCurve, type PointwiseKind } from '$lib/ml/losses/pointwise';
import { bimodalData, linePoints, linspace, type BimodalData, type LineData, type Points } from './data';

export interface L1L2Params {
  /** How far the outlier sits above the true line (live). */
  outlier: number;
  /** Huber's delta (live). */
  delta: number;
  /** Adam learning rate (live). */
  lr: number;
  /** Share of bimodal targets on the upper mode (live); default 0.7. */
  pUpper?: number;
  /** Reader-dragged points (at least 2), used verbatim instead of the seeded ones (live); the
   *  outlier slider is then ignored. null returns to the seeded points. */
  points?: Points | null;
}

export interface Line {
  w: number;
  b: number;
}

export interface L1L2Snapshot {
  step: number;
  points: LineData;
  lines: Record<PointwiseKind, Line>;
  /** One entry per train() call: the losses after its last step. */
  history: { step: number[]; l1: number[]; l2: number[]; huber: number[]; bimodalL1: number[]; bimodalL2: number[] };
  bimodal: {
    x: number[];
    y: number[];
    pUpper: number;
    /** The distinct inputs, the empirical conditional mean / median there, and both predictions. */
    xs: number[];
    mean: number[];
    median: number[];
    predL1: number[];
    predL2: number[];
    /** A fine grid for drawing the two predictors as curves. */
    grid: number[];
    gridL1: number[];
    gridL2: number[];
  };
  /** Loss and gradient vs residual, for the "shape of the loss" view. */
  curves: { residual: number[]; delta: number } & Record<PointwiseKind, LossCurve>;
}

const HIDDEN = 16;
const GRID = linspace(-1, 1, 41);
const RESIDUALS = linspace(-3, 3, 121);
const HISTORY_MAX = 2000;

/** Huber elementwise, written so its gradient is exact on both sides: q = min(|r|, delta). */
export function huberTf(r: Tensor, delta: number): Tensor {
  const a = r.abs();
  const q = tf.minimum(a, delta);
  return q.square().mul(0.5).add(a.sub(q).mul(delta));
}

export function createL1L2Trainer(params: L1L2Params, seed: number): Trainer<L1L2Params, L1L2Snapshot> {
  const rng = new Rng(seed);
  const lineSeed = rng.seed();
  const bimodalSeed = rng.seed();
  let { outlier, delta, lr } = params;
  let pUpper = params.pUpper ?? 0.7;
  let custom: Points | null = params.points ?? null;

  let line: LineData;
  let bim: BimodalData;
  let lineX: Tensor, lineY: Tensor, bimX: Tensor, bimY: Tensor;

  const setLine = () => {
    const usable = custom && custom.x.length >= 2 && custom.x.length === custom.y.length;
    line = usable ? { x: [...custom!.x], y: [...custom!.y], outlierIndex: -1 } : linePoints(lineSeed, outlier);
    lineX?.dispose();
    lineY?.dispose();
    lineX = tf.tensor2d(line.x, [1, line.x.length]);
    lineY = tf.tensor2d(line.y, [1, line.y.length]);
  };
  const setBimodal = () => {
    bim = bimodalData(bimodalSeed, pUpper);
    bimX?.dispose();
    bimY?.dispose();
    // The MLP runs on the distinct inputs only; targets are laid out [copy, input, sample].
    const k = bim.xs.length;
    bimX = tf.tensor3d([...bim.xs, ...bim.xs], [2, k, 1]);
    bimY = tf.tensor3d([...bim.y, ...bim.y], [2, k, bim.y.length / k]);
  };
  setLine();
  setBimodal();

  // All five models' parameters live in ONE packed variable (tfjs' cpu backend spends most of
  // a step on per-op and per-variable optimiser overhead): line w [3], line b [3], then for
  // the two MLP copies W1 [2, H], B1 [2, H], W2 [2, H], B2 [2]. Lines start flat (w = b = 0);
  // both MLP copies start from the same seeded weights.
  const w1 = rng.normals(HIDDEN, 1.5);
  const b1 = Float32Array.from({ length: HIDDEN }, () => rng.uniform(-1.5, 1.5));
  const w2 = rng.normals(HIDDEN, 1 / Math.sqrt(HIDDEN));
  const twice = (a: Float32Array) => [...a, ...a];
  const init = [...new Array<number>(6).fill(0), ...twice(w1), ...twice(b1), ...twice(w2), 0, 0];
  const theta: Variable = tf.tidy(() => tf.variable(tf.tensor1d(init), true));
  const SIZES = [3, 3, 2 * HIDDEN, 2 * HIDDEN, 2 * HIDDEN, 2];
  const opt = tf.train.adam(lr);

  /** Unpacked parameters (call inside tidy). */
  const unpack = () => {
    const [w, b, W1, B1, W2, B2] = tf.split(theta, SIZES);
    return { w: w.reshape([3, 1]), b: b.reshape([3, 1]), W1: W1.reshape([2, 1, HIDDEN]), B1: B1.reshape([2, 1, HIDDEN]), W2: W2.reshape([2, 1, HIDDEN]), B2: B2.reshape([2, 1, 1]) };
  };
  /** Both MLP copies on x [2, n, 1]: input and output are 1-D, so broadcast products are
   *  cheaper than batched matMul on cpu. */
  const mlp = (x: Tensor, q = unpack()): Tensor =>
    x.mul(q.W1).add(q.B1).tanh().mul(q.W2).sum(2, true).add(q.B2); // [2, n, 1]
  /** The five losses as scalars: l1, l2, huber lines; L1 and L2 MLPs. */
  const losses = (): Tensor[] => {
    const q = unpack();
    const res = q.w.mul(lineX).add(q.b).sub(lineY); // [3, n]: rows L1, L2, Huber
    const [r1, r2, r3] = tf.split(res, 3, 0);
    const bres = mlp(bimX, q).sub(bimY); // [2, k, samples]
    const [q1, q2] = tf.split(bres, 2, 0);
    return [r1.abs().mean(), r2.square().mean(), huberTf(r3, delta).mean(), q1.abs().mean(), q2.square().mean()];
  };

  let step = 0;
  const history: L1L2Snapshot['history'] = { step: [], l1: [], l2: [], huber: [], bimodalL1: [], bimodalL2: [] };

  return {
    async train(steps: number): Promise<Metrics> {
      for (let i = 0; i < steps; i++) {
        tf.tidy(() => {
          opt.minimize(() => tf.addN(losses()) as tf.Scalar, false, [theta]);
        });
      }
      step += steps;
      const t = tf.tidy(() => tf.stack(losses()));
      const [l1, l2, huber, bimodalL1, bimodalL2] = await t.data();
      t.dispose();
      const m = { l1, l2, huber, bimodalL1, bimodalL2 };
      history.step.push(step);
      for (const k of Object.keys(m) as (keyof typeof m)[]) history[k].push(m[k]);
      if (history.step.length > HISTORY_MAX) for (const a of Object.values(history)) a.shift();
      return { step, ...m, loss: l1 + l2 + huber + bimodalL1 + bimodalL2 };
    },

    async snapshot(): Promise<L1L2Snapshot> {
      const xs = bim.xs;
      const t = tf.tidy(() => {
        const inputs = [...xs, ...GRID];
        const x = tf.tensor3d([...inputs, ...inputs], [2, inputs.length, 1]);
        return tf.concat([theta.slice(0, 6), mlp(x).reshape([-1])]);
      });
      const d = Array.from(await t.data());
      t.dispose();
      const kinds: PointwiseKind[] = ['l1', 'l2', 'huber'];
      const lines = Object.fromEntries(kinds.map((k, i) => [k, { w: d[i], b: d[3 + i] }])) as Record<PointwiseKind, Line>;
      const n = xs.length + GRID.length;
      const predL1 = d.slice(6, 6 + n);
      const predL2 = d.slice(6 + n, 6 + 2 * n);
      return {
        step,
        points: { x: [...line.x], y: [...line.y], outlierIndex: line.outlierIndex },
        lines,
        history: {
          step: [...history.step], l1: [...history.l1], l2: [...history.l2], huber: [...history.huber],
          bimodalL1: [...history.bimodalL1], bimodalL2: [...history.bimodalL2]
        },
        bimodal: {
          x: [...bim.x], y: [...bim.y], pUpper: bim.pUpper,
          xs: [...xs], mean: [...bim.mean], median: [...bim.median],
          predL1: predL1.slice(0, xs.length), predL2: predL2.slice(0, xs.length),
          grid: [...GRID], gridL1: predL1.slice(xs.length), gridL2: predL2.slice(xs.length)
        },
        curves: { residual: [...RESIDUALS], delta, ...lossCurves(RESIDUALS, delta) }
      };
    },

    setParams(p: Partial<L1L2Params>) {
      if (p.lr !== undefined && p.lr !== lr) {
        lr = p.lr;
        // Adam reads its (protected) learningRate on every step; no public setter exists.
        (opt as unknown as { learningRate: number }).learningRate = lr;
      }
      if (p.delta !== undefined) delta = p.delta;
      let lineChanged = false;
      if (p.points !== undefined) {
        custom = p.points;
        lineChanged = true;
      }
      if (p.outlier !== undefined && p.outlier !== outlier) {
        outlier = p.outlier;
        lineChanged = true;
      }
      if (lineChanged) setLine();
      if (p.pUpper !== undefined && p.pUpper !== pUpper) {
        pUpper = p.pUpper;
        setBimodal();
      }
    },

    dispose() {
      theta.dispose();
      for (const t of [lineX, lineY, bimX, bimY]) t.dispose();
      opt.dispose();
    }
  };
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createL1L2Trainer;
