/**
 * Generative vs discriminative (page gen-01): one trainer holding two classifiers of the
 * same seeded 2-D two-class data.
 * - Discriminative: logistic regression p(y = 1 | x) = sigmoid(w.x + b), trained live by
 *   full-batch gradient descent in tfjs. Its interface can only answer p(y | x).
 * - Generative: class-conditional Gaussians p(y) N(x; mu_y, Sigma_y), fitted by maximum
 *   likelihood in closed form (./gaussian-classes.ts). It classifies by Bayes' rule, scores
 *   log p(x) and samples new points.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import {
  fitGaussians,
  gridPoints,
  isoline,
  logMarginal,
  makeBlobs,
  posterior as bayesPosterior,
  sampleFit,
  type Blobs,
  type BlobSpec,
  type GaussianFit
} from './gaussian-classes';

export interface GenDiscParams extends BlobSpec {
  /** The generative model's assumption: one covariance per class, or one shared. */
  modelCov: 'per-class' | 'shared';
  lr: number;
}

export interface ModelView {
  /** p(y = 1 | x) on the grid, row-major, row 0 at the top. */
  posterior: number[];
  /** The 0.5 contour of `posterior` (the decision boundary) as segments [x1, y1, x2, y2]. */
  boundary: number[][];
  /** Share of training points classified correctly. */
  accuracy: number;
  /** Mean cross-entropy -log p(y | x) of the training labels. */
  loss: number;
}

export interface GenDiscSnapshot {
  step: number;
  extent: number;
  grid: number;
  points: { x: number[]; y: number[]; label: number[] };
  logistic: ModelView & { w: [number, number]; b: number };
  gaussian: ModelView & { fit: GaussianFit; density: number[]; densityMax: number };
}

export const EXTENT = 4;
export const GRID = 40;
const EPS = 1e-7;

/** The discriminative model. All it can say about an input is p(y = 1 | x). */
export class LogisticRegression {
  private w = tf.tidy(() => tf.variable(tf.zeros([2, 1])));
  private b = tf.tidy(() => tf.variable(tf.zeros([1])));

  private logits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.add(tf.matMul(x, this.w), this.b);
  }

  /** Mean cross-entropy of labels y [n, 1] given inputs x [n, 2]. */
  loss(x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
    const z = this.logits(x);
    return tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z)));
  }

  /** One gradient-descent step on the mean cross-entropy (call inside tf.tidy). */
  step(x: tf.Tensor2D, y: tf.Tensor2D, lr: number): void {
    const { grads } = tf.variableGrads(() => this.loss(x, y), [this.w, this.b]);
    this.w.assign(tf.sub(this.w, tf.mul(grads[this.w.name], lr)));
    this.b.assign(tf.sub(this.b, tf.mul(grads[this.b.name], lr)));
  }

  /** p(y = 1 | x) as a tensor [n] (call inside tf.tidy). */
  posteriorTensor(x: tf.Tensor2D): tf.Tensor1D {
    return tf.sigmoid(this.logits(x)).reshape([-1]);
  }

  /** p(y = 1 | x) for points (x, y interleaved). */
  async posterior(points: Float32Array): Promise<Float32Array> {
    const t = tf.tidy(() => this.posteriorTensor(tf.tensor2d(points, [points.length / 2, 2])));
    const v = (await t.data()) as Float32Array;
    t.dispose();
    return v;
  }

  /** [w1, w2, b]. */
  parametersTensor(): tf.Tensor1D {
    return tf.concat([this.w.reshape([-1]), this.b]) as tf.Tensor1D;
  }

  dispose(): void {
    this.w.dispose();
    this.b.dispose();
  }
}

/** The generative model: p(y) and p(x | y). Classifies, scores inputs and samples. */
export class GaussianGenerative {
  constructor(readonly fit: GaussianFit) {}

  /** p(y = 1 | x) by Bayes' rule, for points (x, y interleaved). */
  posterior(points: ArrayLike<number>): Float32Array {
    return Float32Array.from({ length: points.length / 2 }, (_, i) => bayesPosterior(this.fit, points[2 * i], points[2 * i + 1]));
  }

  /** log p(x). */
  logDensity(x: number, y: number): number {
    return logMarginal(this.fit, x, y);
  }

  /** n new labelled points: y ~ p(y), x ~ p(x | y). */
  sample(n: number, rng: Rng): Blobs {
    return sampleFit(this.fit, n, rng);
  }
}

function crossEntropy(p: ArrayLike<number>, labels: ArrayLike<number>): { loss: number; accuracy: number } {
  let loss = 0;
  let ok = 0;
  for (let i = 0; i < labels.length; i++) {
    const q = Math.min(1 - EPS, Math.max(EPS, p[i]));
    loss -= labels[i] ? Math.log(q) : Math.log(1 - q);
    if (p[i] >= 0.5 === labels[i] > 0) ok++;
  }
  return { loss: loss / labels.length, accuracy: ok / labels.length };
}

export class GenVsDisc implements Trainer<GenDiscParams, GenDiscSnapshot> {
  readonly data: Blobs;
  readonly discriminative = new LogisticRegression();
  generative!: GaussianGenerative;
  private x: tf.Tensor2D;
  private y: tf.Tensor2D;
  private gridX: tf.Tensor2D;
  private gridPts = gridPoints(GRID, GRID, EXTENT);
  private genView!: GenDiscSnapshot['gaussian'];
  private stepCount = 0;

  constructor(
    private p: GenDiscParams,
    seed: number
  ) {
    this.data = makeBlobs(p, new Rng(seed));
    const n = this.data.labels.length;
    this.x = tf.tensor2d(this.data.points, [n, 2]);
    this.y = tf.tensor2d(Float32Array.from(this.data.labels), [n, 1]);
    this.gridX = tf.tensor2d(this.gridPts, [GRID * GRID, 2]);
    this.refit();
  }

  /** Maximum likelihood, closed form: instant, no training loop needed. */
  private refit(): void {
    this.generative = new GaussianGenerative(fitGaussians(this.data.points, this.data.labels, this.p.modelCov === 'shared', 1e-6));
    const post = this.generative.posterior(this.gridPts);
    const density = Array.from({ length: GRID * GRID }, (_, i) => Math.exp(this.generative.logDensity(this.gridPts[2 * i], this.gridPts[2 * i + 1])));
    const fitScore = crossEntropy(this.generative.posterior(this.data.points), this.data.labels);
    this.genView = {
      fit: this.generative.fit,
      posterior: Array.from(post),
      boundary: isoline(post, GRID, GRID, EXTENT),
      density,
      densityMax: Math.max(...density),
      ...fitScore
    };
  }

  setParams(params: Partial<GenDiscParams>): void {
    const refit = params.modelCov !== undefined && params.modelCov !== this.p.modelCov;
    this.p = { ...this.p, ...params };
    if (refit) this.refit();
  }

  async train(steps: number): Promise<Metrics> {
    for (let s = 0; s < steps; s++) {
      tf.tidy(() => this.discriminative.step(this.x, this.y, this.p.lr));
      this.stepCount++;
    }
    const t = tf.tidy(() => this.discriminative.loss(this.x, this.y));
    const [loss] = await t.data();
    t.dispose();
    return { logistic: loss, gaussian: this.genView.loss };
  }

  async snapshot(): Promise<GenDiscSnapshot> {
    const n = this.data.labels.length;
    const t = tf.tidy(() =>
      tf.concat([this.discriminative.posteriorTensor(this.gridX), this.discriminative.posteriorTensor(this.x), this.discriminative.parametersTensor()])
    );
    const v = await t.data();
    t.dispose();
    const grid = v.subarray(0, GRID * GRID);
    const onData = v.subarray(GRID * GRID, GRID * GRID + n);
    const [w1, w2, b] = v.subarray(GRID * GRID + n);
    const pts = this.data.points;
    return {
      step: this.stepCount,
      extent: EXTENT,
      grid: GRID,
      points: {
        x: Array.from({ length: n }, (_, i) => pts[2 * i]),
        y: Array.from({ length: n }, (_, i) => pts[2 * i + 1]),
        label: Array.from(this.data.labels)
      },
      logistic: { posterior: Array.from(grid), boundary: isoline(grid, GRID, GRID, EXTENT), w: [w1, w2], b, ...crossEntropy(onData, this.data.labels) },
      gaussian: this.genView
    };
  }

  dispose(): void {
    this.discriminative.dispose();
    this.x.dispose();
    this.y.dispose();
    this.gridX.dispose();
  }
}

export function createGenVsDisc(p: GenDiscParams, seed: number): GenVsDisc {
  return new GenVsDisc(p, seed);
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createGenVsDisc;
