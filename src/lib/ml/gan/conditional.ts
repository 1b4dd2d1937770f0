/**
 * A class-conditional GAN on labelled 2-D data (Mirza & Osindero 2014, "Conditional
 * Generative Adversarial Nets"): G(z, c) and D(x, c) both get the class c as a one-hot
 * vector appended to their input, so D judges (point, class) pairs and a realistic point
 * of the wrong class is rejected. With `conditional: false` the same networks (without
 * the label inputs) train as a plain GAN on the same data with the labels ignored: the
 * unconditional model of p(x) = sum_c p(c) p(x | c).
 *
 * Implements the Trainer contract of ../trainer.ts like ./trainer.ts: each step's compute
 * is synchronous inside tf.tidy, train(n) reads back only its last iteration's losses.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { PLANE_EXTENT, type Mode } from './data';
import { Discriminator, Generator } from './models';
import { iterate, runIterations } from './loop';
import {
  clipWeights,
  DEFAULT_WEIGHT_CLIP,
  discriminatorLoss,
  generatorLoss,
  gradientPenalty,
  type AnyLossKind
} from './losses';
import { makeOptimizer } from '$lib/ml/optim/optimizers';
import type { GanNetParams } from './config';
import { classShares, makeLabelledDataset, oneHot, type LabelledKind } from './labelled';

export interface CondGanParams extends GanNetParams {
  dataset: LabelledKind;
  /** true: G and D take the one-hot class (a cGAN); false: a plain GAN on the same data. */
  conditional: boolean;
  loss: AnyLossKind;
  /** WGAN-GP penalty weight (loss 'wgan-gp'). */
  gpLambda?: number;
  /** Weight clip value c (loss 'wgan-clip'). */
  weightClip?: number;
}

export const DEFAULT_COND_GAN_PARAMS: CondGanParams = {
  dataset: 'blobs',
  conditional: true,
  loss: 'nonsaturating',
  optimizer: 'adam',
  lrG: 2e-3,
  lrD: 1e-2,
  dSteps: 1,
  noiseDim: 2,
  gHidden: 16,
  dHidden: 32,
  gLayers: 2,
  dLayers: 2,
  batch: 64
};

/** Keys setParams applies without a rebuild. */
export const COND_LIVE_KEYS = ['lrG', 'lrD', 'dSteps', 'gpLambda', 'weightClip'] as const;

export interface CondGanSnapshot {
  iteration: number;
  dataset: LabelledKind;
  conditional: boolean;
  /** The plane drawn: [xMin, xMax, yMin, yMax]. */
  extent: [number, number, number, number];
  /** One mode per class (centre and std). */
  classes: Mode[];
  /** A fixed set of real points, flat [x, y, ...], and their classes. */
  real: Float32Array;
  realLabels: Int32Array;
  /**
   * Generated points, flat, `perClass` x classes.length of them. Conditional: block k
   * (rows k * perClass ...) was generated for class k, from the same noise for every class.
   * Unconditional: from fixed noise, no class asked for.
   */
  fake: Float32Array;
  perClass: number;
  /**
   * shares[k][j]: share of the points generated for class k that lie nearest to class j's
   * centre (conditional: one row per class). Unconditional: a single row over all points.
   */
  shares: number[][];
  dLoss: number;
  gLoss: number;
}

export const PER_CLASS = 200;
const REAL_POINTS = 600;

export function createCondGanTrainer(params: CondGanParams, seed: number): Trainer<CondGanParams, CondGanSnapshot> {
  const p = { ...params };
  const root = new Rng(seed);
  const gRng = new Rng(root.seed());
  const dRng = new Rng(root.seed());
  const dataRng = new Rng(root.seed());
  const noiseRng = new Rng(root.seed());
  const fixedRng = new Rng(root.seed());

  const data = makeLabelledDataset(p.dataset);
  const K = data.classes.length;
  const classes = p.conditional ? K : 0;
  const G = new Generator({ noiseDim: p.noiseDim, hidden: p.gHidden, layers: p.gLayers, classes }, gRng);
  const D = new Discriminator({ hidden: p.dHidden, layers: p.dLayers, classes }, dRng);
  const gVars = G.variables;
  const dVars = D.variables;
  const optG = makeOptimizer(p.optimizer, gVars, p.lrG);
  const optD = makeOptimizer(p.optimizer, dVars, p.lrD);

  const realFixed = data.sample(REAL_POINTS, fixedRng);
  const nFake = PER_CLASS * K;
  // Conditional: the same PER_CLASS noise rows for every class; unconditional: nFake rows.
  const zFixed = fixedRng.normals(nFake * p.noiseDim);
  const zRepeated = new Float32Array(nFake * p.noiseDim);
  for (let k = 0; k < K; k++) zRepeated.set(zFixed.subarray(0, PER_CLASS * p.noiseDim), k * PER_CLASS * p.noiseDim);
  const fixedLabels = Int32Array.from({ length: nFake }, (_, i) => Math.floor(i / PER_CLASS));

  let iteration = 0;
  let last = { dLoss: NaN, gLoss: NaN };
  let disposed = false;

  const noise = (n: number) => tf.tensor2d(noiseRng.normals(n * p.noiseDim), [n, p.noiseDim]);
  /** One-hot rows for a conditional model, undefined for an unconditional one. */
  const hot = (labels: Int32Array) => (classes ? tf.tensor2d(oneHot(labels, K), [labels.length, K]) : undefined);
  const grads = (g: tf.NamedTensorMap, vars: tf.Variable[]) => vars.map((v) => g[v.name]);

  function stepD(): Tensor {
    const { xy, labels } = data.sample(p.batch, dataRng);
    const real = tf.tensor2d(xy, [p.batch, 2]);
    const y = hot(labels);
    // Fakes are asked for the real batch's classes, so both halves have the same class mix.
    const fake = G.apply(noise(p.batch), y);
    const eps =
      p.loss === 'wgan-gp'
        ? tf.tensor2d(Float32Array.from({ length: p.batch }, () => dataRng.next()), [p.batch, 1])
        : null;
    const yBoth = y ? tf.concat([y, y], 0) : undefined;
    const { value, grads: g } = tf.variableGrads(() => {
      // Rows do not interact: one pass over both batches.
      const both = D.apply(tf.concat([real, fake], 0), undefined, yBoth);
      const loss = discriminatorLoss(p.loss, both.slice([0, 0], [p.batch, 1]), both.slice([p.batch, 0], [p.batch, 1]));
      if (!eps) return loss as tf.Scalar;
      const critic = (x: Tensor) => D.apply(x, undefined, y);
      return tf.add(loss, gradientPenalty(critic, real, fake, eps, p.gpLambda ?? 1)) as tf.Scalar;
    }, dVars);
    optD.step(grads(g, dVars));
    if (p.loss === 'wgan-clip') clipWeights(dVars, p.weightClip && p.weightClip > 0 ? p.weightClip : DEFAULT_WEIGHT_CLIP);
    return value;
  }

  function stepG(): Tensor {
    const y = hot(Int32Array.from({ length: p.batch }, () => noiseRng.int(K)));
    const z = noise(p.batch);
    const { value, grads: g } = tf.variableGrads(
      () => generatorLoss(p.loss, D.applyFixed(G.apply(z, y), undefined, y)) as tf.Scalar,
      gVars
    );
    optG.step(grads(g, gVars));
    return value;
  }


  async function train(steps: number): Promise<Metrics> {
    if (disposed) throw new Error('conditional GAN trainer used after dispose()');
    const n = Math.max(0, Math.floor(steps));
    if (n === 0) return iteration > 0 ? { ...last } : {};
    last = await runIterations(n, () => iterate(p.dSteps, stepD, stepG));
    iteration += n;
    return { ...last };
  }

  async function snapshot(): Promise<CondGanSnapshot> {
    if (disposed) throw new Error('conditional GAN trainer used after dispose()');
    const t = tf.tidy(() =>
      G.apply(tf.tensor2d(classes ? zRepeated : zFixed, [nFake, p.noiseDim]), hot(fixedLabels))
    );
    const fake = (await t.data()) as Float32Array;
    t.dispose();
    const shares = classes
      ? data.classes.map((_, k) => classShares(fake.subarray(2 * k * PER_CLASS, 2 * (k + 1) * PER_CLASS), data.classes))
      : [classShares(fake, data.classes)];
    return {
      iteration,
      dataset: data.kind,
      conditional: classes > 0,
      extent: [-PLANE_EXTENT, PLANE_EXTENT, -PLANE_EXTENT, PLANE_EXTENT],
      classes: data.classes.map((m) => ({ ...m })),
      real: realFixed.xy.slice(),
      realLabels: realFixed.labels.slice(),
      fake,
      perClass: PER_CLASS,
      shares,
      dLoss: last.dLoss,
      gLoss: last.gLoss
    };
  }

  function setParams(next: Partial<CondGanParams>): void {
    for (const k of COND_LIVE_KEYS) {
      const v = next[k];
      if (typeof v === 'number' && Number.isFinite(v)) p[k] = v;
    }
    p.dSteps = Math.max(1, Math.round(p.dSteps));
    optG.lr = p.lrG;
    optD.lr = p.lrD;
  }

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    G.dispose();
    D.dispose();
    optG.dispose();
    optD.dispose();
  }

  return { train, snapshot, setParams, dispose };
}
