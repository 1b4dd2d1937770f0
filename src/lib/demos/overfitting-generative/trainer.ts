/**
 * Overfitting in a generative model (page gen-06): an MLP scores each cell of a grid over
 * the plane, softmax gives p(cell), and a sample is a cell drawn from p plus a uniform spot
 * in it. Trained by maximum likelihood on N points of the eight-cluster ring
 * (./limited-data-task.ts), it learns spikes on them: training NLL keeps falling, held-out
 * NLL turns up, samples land on training points. Regularisers: dropout on the hidden units,
 * decoupled weight decay, Gaussian noise on the training points, early stopping (held-out
 * NLL not improved for `patience` steps, tracked on the graph each step). Memorisation:
 * mean distance from a sample to its nearest training point, per step exactly
 * sum_c p(c) d(c) (d(c): that distance averaged over cell c), against the same statistic
 * for fresh held-out points of the true distribution (the reference).
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { erf, EXTENT, MODES, RADIUS, SPREAD, sampleTarget } from '$lib/ml/density/ring-grid';

export interface OverfitParams {
  n: number;
  dropout: number;
  weightDecay: number;
  noise: number;
  earlyStop: boolean;
  patience: number;
}

/** Model sizes (defaults: 20 x 20 grid, 32 hidden units, Adam 0.015, 2,000 held-out points, 256 noisy copies a step). */
export interface OverfitOptions {
  grid?: number;
  hidden?: number;
  lr?: number;
  heldOut?: number;
  copies?: number;
  samples?: number;
}

/**
 * density: p(cell), row-major, row 0 at the top; points: the training set; samples: drawn
 * from the model, sampleNn their mean nearest-training-point distance; nn: its exact
 * expectation; reference: the same for held-out data; floor: held-out NLL of the true
 * distribution on the grid; stopStep: where early stopping fires or would fire (0: not
 * yet); stopped: early stopping is on and has fired (the weights stay as at stopStep).
 */
export interface OverfitSnapshot {
  step: number;
  grid: number;
  extent: number;
  density: number[];
  points: { x: number[]; y: number[] };
  samples: { x: number[]; y: number[] };
  sampleNn: number;
  train: number;
  heldOut: number;
  nn: number;
  reference: number;
  floor: number;
  bestStep: number;
  bestHeldOut: number;
  stopStep: number;
  stopped: boolean;
}

/** For each point (x, y interleaved), the distance to its nearest reference point. */
export function nearestDistances(points: ArrayLike<number>, ref: ArrayLike<number>): Float64Array {
  const out = new Float64Array(points.length / 2);
  for (let i = 0; i < out.length; i++) {
    let best = Infinity;
    for (let j = 0; j < ref.length / 2; j++) best = Math.min(best, (points[2 * i] - ref[2 * j]) ** 2 + (points[2 * i + 1] - ref[2 * j + 1]) ** 2);
    out[i] = Math.sqrt(best);
  }
  return out;
}

/** Mean nearest-reference distance of the points (NaN when either set is empty). */
export function meanNearestDistance(points: ArrayLike<number>, ref: ArrayLike<number>): number {
  if (!points.length || !ref.length) return NaN;
  return nearestDistances(points, ref).reduce((s, v) => s + v, 0) / (points.length / 2);
}

/** Cell of (x, y) on a grid x grid lattice over [-extent, extent]^2, row 0 at the top. */
export function gridCell(x: number, y: number, grid: number, extent: number): number {
  const clamp = (v: number) => Math.min(grid - 1, Math.max(0, Math.floor((v * grid) / (2 * extent))));
  return clamp(extent - y) * grid + clamp(x + extent);
}

/** Mean nearest-reference distance of a uniform point in each cell (sub x sub points per cell). */
export function cellNearestDistances(ref: ArrayLike<number>, grid: number, extent: number, sub = 4): Float32Array {
  const [w, pts, out] = [(2 * extent) / grid, new Float32Array(2 * sub * sub), new Float32Array(grid * grid)];
  for (let i = 0; i < grid * grid; i++) {
    for (let k = 0; k < sub * sub; k++) {
      pts[2 * k] = -extent + ((i % grid) + ((k % sub) + 0.5) / sub) * w;
      pts[2 * k + 1] = extent - (Math.floor(i / grid) + (Math.floor(k / sub) + 0.5) / sub) * w;
    }
    out[i] = meanNearestDistance(pts, ref);
  }
  return out;
}

/** Exact p(cell) of the eight-cluster ring on the grid (mass outside goes to edge cells). */
export function gridTargetProbs(grid: number, extent = EXTENT): Float32Array {
  const w = (2 * extent) / grid;
  const cdf = (z: number) => 0.5 * (1 + erf(z / (SPREAD * Math.SQRT2)));
  // Mass of [lo, hi] for mean m, with the two end bins open.
  const bin = (i: number, lo: number, hi: number, m: number) => (i === grid - 1 ? 1 : cdf(hi - m)) - (i === 0 ? 0 : cdf(lo - m));
  const p = new Float32Array(grid * grid);
  for (let k = 0; k < MODES; k++) {
    const a = (2 * Math.PI * k) / MODES;
    const px = Array.from({ length: grid }, (_, c) => bin(c, -extent + c * w, -extent + (c + 1) * w, RADIUS * Math.cos(a)));
    // py counts y bins from the bottom; row r is counted from the top.
    const py = Array.from({ length: grid }, (_, i) => bin(i, -extent + i * w, -extent + (i + 1) * w, RADIUS * Math.sin(a)));
    for (let r = 0; r < grid; r++) for (let c = 0; c < grid; c++) p[r * grid + c] += (px[c] * py[grid - 1 - r]) / MODES;
  }
  return p;
}

/** Samples (x, y interleaved) of p(cell): inverse CDF with u[3k], then a uniform spot in the cell from u[3k+1], u[3k+2]. */
export function drawSamples(density: ArrayLike<number>, grid: number, extent: number, u: ArrayLike<number>): Float32Array {
  const [cdf, w, out] = [new Float64Array(density.length), (2 * extent) / grid, new Float32Array((2 * u.length) / 3)];
  let acc = 0;
  for (let i = 0; i < density.length; i++) cdf[i] = acc += density[i];
  for (let k = 0; k < u.length / 3; k++) {
    const t = u[3 * k] * acc;
    let [lo, hi] = [0, density.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      [lo, hi] = cdf[mid] <= t ? [mid + 1, hi] : [lo, mid];
    }
    out[2 * k] = -extent + ((lo % grid) + u[3 * k + 1]) * w;
    out[2 * k + 1] = extent - (Math.floor(lo / grid) + u[3 * k + 2]) * w;
  }
  return out;
}

/** Normalised histogram of points on the grid. */
function histogram(points: Float32Array, grid: number, extent: number): Float32Array {
  const h = new Float32Array(grid * grid);
  for (let i = 0; i < points.length / 2; i++) h[gridCell(points[2 * i], points[2 * i + 1], grid, extent)] += 2 / points.length;
  return h;
}

export class OverfittingGenerative implements Trainer<OverfitParams, OverfitSnapshot> {
  private rng: Rng;
  private readonly G: number;
  private readonly H: number;
  private readonly lr: number;
  private readonly copies: number;
  private trainPts: Float32Array;
  /** Cell inputs [G*G, 4], training / held-out histograms and d(c) [G*G]. */
  private feats: tf.Tensor2D;
  private hTrain: tf.Tensor1D;
  private hTest: tf.Tensor1D;
  private dCell: tf.Tensor1D;
  /** [W1 (4 x H, last row the bias), w2 (H x 1)], all weight-decayed. */
  private vars: tf.Variable[];
  /** Early-stopping state on the graph: [best held-out, steps since, done, best step, stop step]. */
  private es: tf.Variable;
  private opt: tf.Optimizer;
  private uniforms: Float32Array;
  private reference: number;
  private floor: number;
  private stepCount = 0;
  private stopped = false;
  private last: Metrics | null = null;

  constructor(
    private p: OverfitParams,
    seed: number,
    opts: OverfitOptions = {}
  ) {
    const { grid: G = 20, hidden: H = 32, lr = 0.015, heldOut = 2000, copies = 256, samples = 200 } = opts;
    [this.rng, this.G, this.H, this.lr, this.copies] = [new Rng(seed), G, H, lr, copies];
    this.trainPts = sampleTarget(this.rng, Math.max(1, Math.round(p.n)));
    const test = sampleTarget(this.rng, heldOut);
    this.reference = meanNearestDistance(test, this.trainPts);
    const target = gridTargetProbs(G);
    const hTest = histogram(test, G, EXTENT);
    this.floor = -hTest.reduce((s, h, i) => s + (h > 0 ? h * Math.log(Math.max(target[i], 1e-12)) : 0), 0);
    this.hTrain = tf.tensor1d(histogram(this.trainPts, G, EXTENT));
    this.hTest = tf.tensor1d(hTest);
    this.dCell = tf.tensor1d(cellNearestDistances(this.trainPts, G, EXTENT));
    // Inputs of each cell centre: (x, y, x^2 + y^2, 1), scaled to [-1, 1]: a hidden unit
    // tanh(w . input) is a soft disc (or its complement), so a few units can bump any point.
    const f = new Float32Array(4 * G * G);
    for (let i = 0; i < G * G; i++) {
      const x = ((i % G) + 0.5) / (G / 2) - 1;
      const y = 1 - (Math.floor(i / G) + 0.5) / (G / 2);
      f.set([x, y, x * x + y * y, 1], 4 * i);
    }
    this.feats = tf.tensor2d(f, [G * G, 4]);
    // Seeded normal first layer; output weights at zero, so the model starts uniform.
    const w1 = this.rng.normals(4 * H, 2);
    for (let j = 0; j < H; j++) w1[3 * H + j] = this.rng.normal(0, 1);
    this.vars = [tf.tidy(() => tf.variable(tf.tensor2d(w1, [4, H]))), tf.tidy(() => tf.variable(tf.zeros([H, 1])))];
    this.es = tf.tidy(() => tf.variable(tf.tensor1d([1e9, 0, 0, 0, 0])));
    this.opt = tf.train.adam(this.lr);
    // Fixed uniforms for the drawn samples (own stream): as p changes, each sample moves smoothly.
    const sRng = new Rng(seed ^ 0x5eed);
    this.uniforms = Float32Array.from({ length: 3 * samples }, () => sRng.next());
  }

  /** Logits over the cells [CELLS]; mask: dropout on the hidden units, already scaled. */
  private logits(mask: tf.Tensor | null): tf.Tensor1D {
    const [W1, w2] = this.vars;
    // One mask per step for every cell (a random sub-network defines p); dropping hidden unit j
    // is the same as zeroing its output weight, which is cheaper.
    return tf.matMul(tf.tanh(tf.matMul(this.feats, W1)), mask ? tf.mul(w2, mask) : w2).reshape([-1]);
  }

  /** Normalised counts of this step's training batch: the N points, or noisy copies of them. */
  private batchCounts(): Float32Array | null {
    if (this.p.noise <= 0) return null;
    const [pts, n, c] = [this.trainPts, this.trainPts.length / 2, new Float32Array(this.G * this.G)];
    for (let b = 0; b < this.copies; b++) {
      const [x, y] = [pts[2 * (b % n)] + this.rng.normal(0, this.p.noise), pts[2 * (b % n) + 1] + this.rng.normal(0, this.p.noise)];
      c[gridCell(x, y, this.G, EXTENT)] += 1 / this.copies;
    }
    return c;
  }

  private dropMask(): Float32Array | null {
    const r = this.p.dropout;
    return r <= 0 ? null : Float32Array.from({ length: this.H }, () => (this.rng.next() < r ? 0 : 1 / (1 - r)));
  }

  /** [train NLL, held-out NLL, expected sample NN distance] of the current weights. */
  private evaluate(): tf.Tensor1D {
    const lg = this.logits(null);
    const logp = tf.sub(lg, tf.logSumExp(lg));
    const train = tf.neg(tf.sum(tf.mul(this.hTrain, logp)));
    const held = tf.neg(tf.sum(tf.mul(this.hTest, logp)));
    const nn = tf.sum(tf.mul(tf.exp(logp), this.dCell));
    return tf.stack([train, held, nn]) as tf.Tensor1D;
  }

  /** One optimisation step, then the early-stopping bookkeeping; returns [train, held, nn, ...es]. */
  private step(c: Float32Array | null, mask: Float32Array | null): tf.Tensor1D {
    const s = ++this.stepCount;
    const gate = this.p.earlyStop;
    return tf.tidy(() => {
      const C = c ? tf.tensor1d(c) : this.hTrain;
      const m = mask ? tf.tensor2d(mask, [this.H, 1]) : null;
      const done = this.es.slice([2], [1]);
      const prev = gate ? this.vars.map((v) => tf.clone(v)) : [];
      const { grads } = tf.variableGrads(() => {
        const lg = this.logits(m);
        return tf.sub(tf.logSumExp(lg), tf.sum(tf.mul(C, lg))) as tf.Scalar;
      }, this.vars);
      this.opt.applyGradients(grads);
      const wd = this.p.weightDecay;
      if (wd > 0) for (const v of this.vars) v.assign(tf.mul(v, 1 - this.lr * wd));
      // Early stopping on: once done, every update is undone (the weights stay at the stop step).
      if (gate) this.vars.forEach((v, i) => v.assign(tf.where(tf.cast(tf.broadcastTo(done, v.shape), 'bool'), prev[i], v)));
      const ev = this.evaluate();
      const [best, since, , bestStep, stopStep] = tf.split(this.es, 5);
      const notDone = tf.sub(1, done);
      const imp = tf.mul(tf.cast(tf.less(ev.slice([1], [1]), best), 'float32'), notDone);
      const keep = tf.sub(1, imp);
      const blend = (a: tf.Tensor | number, b: tf.Tensor, w: tf.Tensor) => tf.add(tf.mul(w, a), tf.mul(tf.sub(1, w), b));
      const since2 = blend(tf.mul(keep, tf.add(since, 1)), since, notDone);
      const fired = tf.mul(notDone, tf.cast(tf.greaterEqual(since2, this.p.patience), 'float32'));
      this.es.assign(
        tf.concat([blend(ev.slice([1], [1]), best, imp), since2, tf.add(done, fired), blend(s, bestStep, imp), blend(s, stopStep, fired)])
      );
      return tf.concat([ev, this.es]) as tf.Tensor1D;
    });
  }

  async train(steps: number): Promise<Metrics> {
    if (this.stopped && this.last) return this.last;
    let out: tf.Tensor1D | null = null;
    for (let s = 0; s < steps; s++) {
      out?.dispose();
      out = this.step(this.batchCounts(), this.dropMask());
    }
    if (!out) out = tf.tidy(() => tf.concat([this.evaluate(), this.es]) as tf.Tensor1D);
    const v = await out.data();
    out.dispose();
    if (this.p.earlyStop && v[5] > 0) this.stopped = true;
    return (this.last = { train: v[0], heldOut: v[1], nn: v[2], bestStep: v[6], stopStep: v[7] });
  }

  async snapshot(): Promise<OverfitSnapshot> {
    const t = tf.tidy(() => tf.concat([this.evaluate(), this.es, tf.softmax(this.logits(null))]));
    const v = await t.data();
    t.dispose();
    const density = Array.from(v.subarray(8));
    const drawn = drawSamples(density, this.G, EXTENT, this.uniforms);
    const xy = (a: Float32Array) => ({ x: Array.from(a.filter((_, i) => i % 2 === 0)), y: Array.from(a.filter((_, i) => i % 2 === 1)) });
    return {
      step: this.stepCount,
      grid: this.G,
      extent: EXTENT,
      density,
      points: xy(this.trainPts),
      samples: xy(drawn),
      sampleNn: meanNearestDistance(drawn, this.trainPts),
      train: v[0],
      heldOut: v[1],
      nn: v[2],
      reference: this.reference,
      floor: this.floor,
      bestHeldOut: this.stepCount ? v[3] : v[1],
      bestStep: v[6],
      stopStep: v[7],
      stopped: this.stopped
    };
  }

  dispose(): void {
    this.vars.forEach((v) => v.dispose());
    this.es.dispose();
    this.opt.dispose();
    [this.feats, this.hTrain, this.hTest, this.dCell].forEach((t) => t.dispose());
  }
}

export function createOverfittingGenerative(p: OverfitParams, seed: number, opts?: OverfitOptions): OverfittingGenerative {
  return new OverfittingGenerative(p, seed, opts);
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createOverfittingGenerative;
