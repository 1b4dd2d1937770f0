/**
 * Small MLPs for the toy GAN: a generator (noise -> hidden layers -> 2-D point) and a
 * discriminator / critic (2-D point [+ minibatch-std feature] -> hidden layers -> one
 * raw score). Each model owns its tf.Variables and frees them in dispose().
 * Weights are drawn from a seeded Rng (LeCun normal, std 1/sqrt(fan-in)); biases start at 0.
 * Class conditioning (Mirza & Osindero 2014): with `classes` = K > 0, a one-hot label
 * [B, K] is concatenated to G's noise and to D's input.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';
import { Mlp, type Activation, type Grads } from '../nn/mlp';

export interface GeneratorSpec {
  noiseDim: number;
  hidden: number;
  layers: number;
  output?: 'tanh' | 'linear';
  activation?: Activation;
  /** Number of classes for a conditional G (one-hot label appended to z); 0 or absent: none. */
  classes?: number;
}

/** G: noise z in R^noiseDim [+ one-hot label] -> point in R^2 (tanh keeps it inside [-1, 1]^2). */
export class Generator {
  readonly net: Mlp;
  constructor(readonly spec: GeneratorSpec, rng: Rng) {
    this.net = new Mlp(
      {
        input: spec.noiseDim + (spec.classes ?? 0),
        hidden: new Array<number>(spec.layers).fill(spec.hidden),
        output: 2,
        activation: spec.activation,
        outputActivation: spec.output ?? 'tanh'
      },
      rng,
      'G'
    );
  }
  /** Points [B, 2] from noise [B, noiseDim]; a conditional G also takes one-hot labels [B, K]. */
  apply(z: Tensor, labels?: Tensor): Tensor {
    // The noise and labels are data: no gradient with respect to them is ever wanted.
    return this.net.apply(withLabels(z, labels, this.spec.classes), 'params');
  }
  get variables(): Variable[] {
    return this.net.variables;
  }
  dispose(): void {
    this.net.dispose();
  }
}

/**
 * Minibatch standard deviation (Karras et al. 2018, "Progressive Growing of GANs"): the
 * std of each feature over the batch, averaged to one number, returned as a [1] tensor.
 * A batch of near-identical fakes (mode collapse) has a small value that D can spot.
 */
export function minibatchStd(x: Tensor): Tensor {
  const { variance } = tf.moments(x, 0);
  return tf.mean(tf.sqrt(tf.add(variance, 1e-8))).reshape([1]);
}

/** x with the one-hot labels appended as columns when the model is conditional. */
function withLabels(x: Tensor, labels: Tensor | undefined, classes = 0): Tensor {
  if (classes <= 0) return x;
  if (!labels) throw new Error('a conditional model needs labels');
  return tf.concat([x, labels], 1);
}

export interface DiscriminatorSpec {
  hidden: number;
  layers: number;
  minibatchStd?: boolean;
  activation?: Activation;
  /** Number of classes for a conditional D (one-hot label appended to its input); 0 or absent: none. */
  classes?: number;
}

/** D: point in R^2 -> one raw score (a logit, a least-squares score or a critic value). */
export class Discriminator {
  readonly net: Mlp;
  readonly useStd: boolean;
  constructor(readonly spec: DiscriminatorSpec, rng: Rng) {
    this.useStd = spec.minibatchStd ?? false;
    this.net = new Mlp(
      {
        input: (this.useStd ? 3 : 2) + (spec.classes ?? 0),
        hidden: new Array<number>(spec.layers).fill(spec.hidden),
        output: 1,
        activation: spec.activation,
        outputActivation: 'linear'
      },
      rng,
      'D'
    );
  }

  /**
   * Raw scores [B, 1]. With the minibatch-std feature on, the feature is the batch's own
   * std unless `stdFeature` fixes it (used to draw D over a grid, which is not a batch).
   * A conditional D also takes the one-hot labels [B, K] of the points it judges.
   */
  apply(x: Tensor, stdFeature?: Tensor, labels?: Tensor, grads: Grads = 'all'): Tensor {
    if (!this.useStd) return this.net.apply(withLabels(x, labels, this.spec.classes), grads);
    const s = stdFeature ?? minibatchStd(x);
    const col = tf.add(tf.zeros([x.shape[0], 1]), s);
    return this.net.apply(withLabels(tf.concat([x, col], 1), labels, this.spec.classes), grads);
  }
  /** Scores for points that are data in this step (D's own step): no gradient flows back to them. */
  applyToData(x: Tensor): Tensor {
    return this.apply(x, undefined, undefined, 'params');
  }
  /**
   * Scores where D is held fixed (G's step, the gradient arrows, the norm view): gradients
   * flow back to x only, and no kernel computes D's own weight gradients.
   */
  applyFixed(x: Tensor, stdFeature?: Tensor, labels?: Tensor): Tensor {
    return this.apply(x, stdFeature, labels, 'input');
  }
  get variables(): Variable[] {
    return this.net.variables;
  }
  dispose(): void {
    this.net.dispose();
  }
}
