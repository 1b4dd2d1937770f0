/**
 * The toy GAN's parameters as the model code sees them (the demo's schema in
 * src/lib/demos/toy-gan/params.ts declares the same keys for the UI), a default set,
 * and the GAN Lab reference configuration the benchmark compares against.
 */
import type { DatasetKind } from './data';
import type { AnyLossKind, LossKind } from './losses';
import type { OptimizerKind } from '$lib/ml/optim/optimizers';

/** The networks and their optimisation: shared by the plain and the conditional GAN. */
export interface GanNetParams {
  optimizer: OptimizerKind;
  /** Generator learning rate (live). */
  lrG: number;
  /** Discriminator learning rate (live). */
  lrD: number;
  /** Discriminator steps per generator step (live). */
  dSteps: number;
  noiseDim: number;
  /** Width of each generator hidden layer. */
  gHidden: number;
  /** Width of each discriminator hidden layer. */
  dHidden: number;
  /** Number of generator hidden layers. */
  gLayers: number;
  /** Number of discriminator hidden layers. */
  dLayers: number;
  batch: number;
}

export interface GanParams extends GanNetParams {
  dataset: DatasetKind;
  loss: LossKind;
  /** WGAN-GP penalty weight lambda (live). */
  gpLambda: number;
  /** Append the minibatch-std feature to D's input (Karras et al. 2018). */
  minibatchStd: boolean;
  seed: number;
  /** Generator output: tanh (default; keeps points in [-1, 1]^2) or linear. No control yet. */
  gOutput?: 'tanh' | 'linear';
  /** Flat [x0, y0, x1, y1, ...] drawn by the reader, for dataset 'custom'. */
  customPoints?: ArrayLike<number>;
}

/**
 * Engine options with no toy-GAN control (kept out of GanParams, whose keys the toy GAN's
 * schema must cover). setParams applies them live.
 */
export interface GanExtras {
  /** Weight clip value c for loss 'wgan-clip' (default DEFAULT_WEIGHT_CLIP, 0.01). */
  weightClip?: number;
}

/** What the engine's trainer takes: GanParams with any loss it implements ('wgan-clip' too), plus GanExtras. */
export type GanConfig = Omit<GanParams, 'loss'> & GanExtras & { loss: AnyLossKind };

/** Keys setParams applies to a running trainer without a rebuild. */
export const LIVE_KEYS = ['lrG', 'lrD', 'dSteps', 'gpLambda'] as const;

/** The defaults (the `balanced-rates` setup, which covers the ring); the demo's schema agrees. */
export const DEFAULT_GAN_PARAMS: GanParams = {
  dataset: 'ring',
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
  batch: 64,
  gpLambda: 1,
  minibatchStd: false,
  seed: 1
};

/**
 * GAN Lab's default setup (Kahng et al. 2019, poloclub/ganlab) on a ring: generator
 * 2-10-10-2 (noise dim 2, tanh output), discriminator 2-9-9-9-1 (sigmoid output, i.e. the
 * standard log loss on a logit), ReLU hidden layers, plain SGD with lr 0.1 for D and
 * 0.03 for G, batch 150, 3 D steps per G step. One iteration = 3 D steps + 1 G step.
 * GAN Lab's G loss is log D(G(z)) (non-saturating); its "ring" here is our 8-Gaussian ring.
 */
export const GAN_LAB_RING: GanParams = {
  dataset: 'ring',
  loss: 'nonsaturating',
  optimizer: 'sgd',
  lrG: 0.03,
  lrD: 0.1,
  dSteps: 3,
  noiseDim: 2,
  gHidden: 10,
  dHidden: 9,
  gLayers: 2,
  dLayers: 3,
  batch: 150,
  gpLambda: 0.1,
  minibatchStd: false,
  seed: 1
};
