/**
 * The toy GAN trainer: implements the Trainer contract of ../trainer.ts. One iteration is
 * `dSteps` discriminator steps followed by one generator step; each step's compute is
 * synchronous inside tf.tidy, and train(n) reads back only its last iteration's losses.
 * snapshot() returns plain arrays for the views (points, D heat map, G gradient arrows,
 * mode coverage, critic gradient norms on interpolates). With loss 'wgan-clip' every critic
 * parameter is clipped to [-c, c] after each critic step (Arjovsky et al. 2017).
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeDataset, PLANE_EXTENT, type Dataset2D, type DatasetKind, type Mode } from './data';
import { Discriminator, Generator, minibatchStd } from './models';
import { iterate, runIterations } from './loop';
import {
  clipWeights,
  DEFAULT_WEIGHT_CLIP,
  discriminatorLoss,
  discriminatorLossStacked,
  displayScore,
  generatorLoss,
  gradientPenalty,
  inputGradNorm,
  interpolate
} from './losses';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { modeCoverage, summarise, weightSummary, type Histogram, type WeightSummary } from './metrics';
import { LIVE_KEYS, type GanConfig } from './config';

export interface GanSnapshot {
  /** Iterations trained so far (each = dSteps D steps + 1 G step). */
  iteration: number;
  dataset: DatasetKind;
  /** The plane drawn: [xMin, xMax, yMin, yMax]. */
  extent: [number, number, number, number];
  /** Real sample points, flat [x, y, ...] (a fixed set, so they do not flicker). */
  real: Float32Array;
  /** Generated points from a fixed set of noise vectors, flat [x, y, ...]. */
  fake: Float32Array;
  /**
   * D over a size x size grid of cell centres, row-major from (xMin, yMin), x fastest.
   * 'probability': P(real) for the sigmoid losses; 'score': the raw LSGAN score or critic value.
   */
  grid: { size: number; values: Float32Array; kind: 'probability' | 'score' };
  /** For the first arrows of `fake`: [x, y, dx, dy], (dx, dy) = -dLossG/dx for that sample. */
  arrows: Float32Array;
  /** The real distribution's modes (empty for moons and custom) and their coverage. */
  modes: Mode[];
  modesCovered: number;
  modesTotal: number;
  /** Share of generated points within 3 std of some mode (0 without modes). */
  highQuality: number;
  /** Norm of D's input gradient at random interpolates between real and fake points (`values`: each one). */
  gradNorm: { mean: number; histogram: Histogram; values: Float32Array };
  /** Loss 'wgan-clip' only: the critic's weights against the clip bounds. */
  weights?: WeightSummary;
  dLoss: number;
  gLoss: number;
}

export const GRID_SIZE = 48;
const DISPLAY_POINTS = 512;
const METRIC_POINTS = 2048;
const ARROWS = 64;
const NORM_POINTS = 256;

export function createGanTrainer(
  params: GanConfig,
  seed: number
): Trainer<GanConfig, GanSnapshot> {
  const p = { ...params };
  const clipC = () => (p.weightClip && p.weightClip > 0 ? p.weightClip : DEFAULT_WEIGHT_CLIP);
  const root = new Rng(seed);
  // Separate streams, so that changing one part (say D's width) leaves the others alone.
  const gRng = new Rng(root.seed());
  const dRng = new Rng(root.seed());
  const dataRng = new Rng(root.seed());
  const noiseRng = new Rng(root.seed());
  const fixedRng = new Rng(root.seed());

  const data: Dataset2D = makeDataset(p.dataset, p.customPoints);
  const G = new Generator(
    { noiseDim: p.noiseDim, hidden: p.gHidden, layers: p.gLayers, output: p.gOutput ?? 'tanh' },
    gRng
  );
  const D = new Discriminator({ hidden: p.dHidden, layers: p.dLayers, minibatchStd: p.minibatchStd }, dRng);
  const gVars = G.variables;
  const dVars = D.variables;
  const optG: Optimizer = makeOptimizer(p.optimizer, gVars, p.lrG);
  const optD: Optimizer = makeOptimizer(p.optimizer, dVars, p.lrD);

  // Fixed sets for the views and metrics (drawn once; plain arrays, no tensors held).
  const realFixed = data.sample(DISPLAY_POINTS, fixedRng);
  const zFixed = fixedRng.normals(METRIC_POINTS * p.noiseDim);
  const epsFixed = Float32Array.from({ length: NORM_POINTS }, () => fixedRng.next());
  const gridXY = new Float32Array(2 * GRID_SIZE * GRID_SIZE);
  for (let j = 0; j < GRID_SIZE; j++) {
    for (let i = 0; i < GRID_SIZE; i++) {
      const k = 2 * (j * GRID_SIZE + i);
      gridXY[k] = -PLANE_EXTENT + ((i + 0.5) * 2 * PLANE_EXTENT) / GRID_SIZE;
      gridXY[k + 1] = -PLANE_EXTENT + ((j + 0.5) * 2 * PLANE_EXTENT) / GRID_SIZE;
    }
  }

  let iteration = 0;
  let last = { dLoss: NaN, gLoss: NaN };
  let disposed = false;
  const critic = (x: Tensor) => D.apply(x);
  // Where only the gradient with respect to x is wanted (G's step, the views).
  const fixedCritic = (x: Tensor) => D.applyFixed(x);
  // The column of -1 (real rows) and +1 (fake rows) the stacked D loss needs: uploaded once
  // (the batch size is fixed for a trainer), freed in dispose().
  const signs = tf.tensor2d(Float32Array.from({ length: 2 * p.batch }, (_, i) => (i < p.batch ? -1 : 1)), [2 * p.batch, 1]);

  const realBatch = () => tf.tensor2d(data.sample(p.batch, dataRng), [p.batch, 2]);
  const noiseBatch = () => tf.tensor2d(noiseRng.normals(p.batch * p.noiseDim), [p.batch, p.noiseDim]);
  const grads = (g: tf.NamedTensorMap, vars: tf.Variable[]) => vars.map((v) => g[v.name]);
  const uniformColumn = (n: number, rng: Rng) => tf.tensor2d(Float32Array.from({ length: n }, () => rng.next()), [n, 1]);

  /**
   * D's loss on the real and the fake batch. Without the minibatch-std feature rows do not
   * interact, so one pass over both batches stacked halves the op count.
   */
  function dLossOn(real: Tensor, fake: Tensor): Tensor {
    if (D.useStd) return discriminatorLoss(p.loss, D.applyToData(real), D.applyToData(fake));
    return discriminatorLossStacked(p.loss, D.applyToData(tf.concat([real, fake], 0)), signs);
  }

  /** One D step; returns its loss (a scalar that the enclosing tidy frees unless kept). */
  function stepD(): Tensor {
    const real = realBatch();
    const fake = G.apply(noiseBatch());
    const eps = p.loss === 'wgan-gp' ? uniformColumn(p.batch, dataRng) : null;
    const { value, grads: g } = tf.variableGrads(() => {
      const loss = dLossOn(real, fake);
      return (eps ? tf.add(loss, gradientPenalty(critic, real, fake, eps, p.gpLambda)) : loss) as tf.Scalar;
    }, dVars);
    optD.step(grads(g, dVars));
    if (p.loss === 'wgan-clip') clipWeights(dVars, clipC());
    return value;
  }

  function stepG(): Tensor {
    const z = noiseBatch();
    const { value, grads: g } = tf.variableGrads(
      () => generatorLoss(p.loss, D.applyFixed(G.apply(z))) as tf.Scalar,
      gVars
    );
    optG.step(grads(g, gVars));
    return value;
  }


  async function train(steps: number): Promise<Metrics> {
    if (disposed) throw new Error('GAN trainer used after dispose()');
    const n = Math.max(0, Math.floor(steps));
    // Nothing trained yet: no losses to report (a NaN would read as divergence).
    if (n === 0) return iteration > 0 ? { ...last } : {};
    last = await runIterations(n, () => iterate(p.dSteps, stepD, stepG));
    iteration += n;
    return { ...last };
  }

  async function snapshot(): Promise<GanSnapshot> {
    if (disposed) throw new Error('GAN trainer used after dispose()');
    const t = tf.tidy(() => {
      const fakeAll = G.apply(tf.tensor2d(zFixed, [METRIC_POINTS, p.noiseDim]));
      const fakeShown = fakeAll.slice([0, 0], [DISPLAY_POINTS, 2]);
      // The grid is not a batch: give D the std feature of the fakes it currently sees.
      const std = D.useStd ? minibatchStd(fakeShown) : undefined;
      const grid = displayScore(p.loss, D.apply(tf.tensor2d(gridXY, [GRID_SIZE * GRID_SIZE, 2]), std));
      // G's gradient at each shown sample: the per-sample loss, so scale the mean by count.
      const sub = fakeShown.slice([0, 0], [ARROWS, 2]);
      const gx = tf.grad((x: Tensor) => tf.mul(ARROWS, generatorLoss(p.loss, D.applyFixed(x))))(sub);
      const arrows = tf.concat([sub, tf.neg(gx)], 1);
      const real = tf.tensor2d(realFixed.subarray(0, 2 * NORM_POINTS), [NORM_POINTS, 2]);
      const fake = fakeShown.slice([0, 0], [NORM_POINTS, 2]);
      const xHat = interpolate(real, fake, tf.tensor2d(epsFixed, [NORM_POINTS, 1]));
      const norms = inputGradNorm(fixedCritic, xHat);
      // The critic's weights only where a view shows them (weight clipping).
      const out: { fakeAll: Tensor; grid: Tensor; arrows: Tensor; norms: Tensor; weights?: Tensor } = { fakeAll, grid, arrows, norms };
      if (p.loss === 'wgan-clip') out.weights = tf.concat(dVars.map((v) => tf.reshape(v, [-1])));
      return out;
    });
    const [fakeAll, grid, arrows, norms, weights] = (await Promise.all([
      t.fakeAll.data(),
      t.grid.data(),
      t.arrows.data(),
      t.norms.data(),
      t.weights?.data() ?? null
    ])) as Float32Array[];
    for (const x of Object.values(t)) x.dispose();
    const cov = modeCoverage(fakeAll, data.modes);
    return {
      iteration,
      dataset: data.kind,
      extent: [-PLANE_EXTENT, PLANE_EXTENT, -PLANE_EXTENT, PLANE_EXTENT],
      real: realFixed.slice(),
      fake: fakeAll.slice(0, 2 * DISPLAY_POINTS),
      grid: {
        size: GRID_SIZE,
        values: grid,
        kind: p.loss === 'standard' || p.loss === 'nonsaturating' ? 'probability' : 'score'
      },
      arrows,
      modes: data.modes.map((m) => ({ ...m })),
      modesCovered: cov.covered,
      modesTotal: cov.total,
      highQuality: cov.highQuality,
      gradNorm: { ...summarise(norms), values: norms },
      ...(weights ? { weights: weightSummary(weights, clipC()) } : {}),
      dLoss: last.dLoss,
      gLoss: last.gLoss
    };
  }

  function setParams(next: Partial<GanConfig>): void {
    for (const k of LIVE_KEYS) {
      const v = next[k];
      if (typeof v === 'number' && Number.isFinite(v)) p[k] = v;
    }
    const c = next.weightClip;
    if (typeof c === 'number' && Number.isFinite(c) && c > 0) p.weightClip = c;
    p.dSteps = Math.max(1, Math.round(p.dSteps));
    optG.lr = p.lrG;
    optD.lr = p.lrD;
  }

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    G.dispose();
    D.dispose();
    signs.dispose();
    optG.dispose();
    optD.dispose();
  }

  return { train, snapshot, setParams, dispose };
}
