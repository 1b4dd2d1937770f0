/**
 * Small optimisers over an explicit list of variables, written out so that the learning
 * rate can change live (a slider) without losing the optimiser's state, and so that every
 * state tensor has one owner that dispose() frees. Call step() inside tf.tidy.
 *
 * sgd:     w -= lr g
 * adam:    Kingma & Ba 2015, with beta1 = 0.5 (the usual GAN setting, Radford et al. 2016)
 * rmsprop: Tieleman & Hinton 2012, rho = 0.9 (no momentum)
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { ownedVariable } from '../nn/mlp';

export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];

export interface Optimizer {
  lr: number;
  /** Apply one update to the variables it was built for; `grads[i]` belongs to `vars[i]`. */
  step(grads: Tensor[]): void;
  dispose(): void;
}

export interface OptimizerOptions {
  beta1?: number;
  beta2?: number;
  rho?: number;
  epsilon?: number;
}

/**
 * Adaptive optimisers keep their state (moments) as one flat vector over all variables,
 * so an update is a dozen ops in all rather than a dozen per variable: tfjs's per-op
 * overhead, not arithmetic, is what costs on these tiny networks.
 */
abstract class Flat implements Optimizer {
  protected readonly sizes: number[];
  protected readonly total: number;
  constructor(
    protected vars: Variable[],
    public lr: number
  ) {
    this.sizes = vars.map((v) => v.size);
    this.total = this.sizes.reduce((a, b) => a + b, 0);
  }
  protected state(): Variable {
    return ownedVariable(tf.zeros([this.total]), undefined, false);
  }
  /** The update direction for the flat gradient (the caller multiplies by -lr). */
  protected abstract direction(g: Tensor): Tensor;
  step(grads: Tensor[]): void {
    const flat = tf.concat(grads.map((g) => tf.reshape(g, [-1])));
    const parts = tf.split(this.direction(flat), this.sizes);
    this.vars.forEach((w, i) => w.assign(tf.sub(w, tf.mul(this.lr, tf.reshape(parts[i], w.shape)))));
  }
  abstract dispose(): void;
}

class Sgd implements Optimizer {
  constructor(
    private vars: Variable[],
    public lr: number
  ) {}
  step(grads: Tensor[]): void {
    this.vars.forEach((v, i) => v.assign(tf.sub(v, tf.mul(this.lr, grads[i]))));
  }
  dispose(): void {}
}

class Adam extends Flat {
  private m: Variable;
  private v: Variable;
  private t = 0;
  constructor(
    vars: Variable[],
    lr: number,
    private beta1: number,
    private beta2: number,
    private epsilon: number
  ) {
    super(vars, lr);
    this.m = this.state();
    this.v = this.state();
  }
  protected direction(g: Tensor): Tensor {
    this.t++;
    const { beta1, beta2, epsilon, t } = this;
    const m = tf.add(tf.mul(beta1, this.m), tf.mul(1 - beta1, g));
    const v = tf.add(tf.mul(beta2, this.v), tf.mul(1 - beta2, tf.square(g)));
    this.m.assign(m);
    this.v.assign(v);
    // Bias-corrected m_hat / (sqrt(v_hat) + eps).
    return tf.div(tf.div(m, 1 - beta1 ** t), tf.add(tf.sqrt(tf.div(v, 1 - beta2 ** t)), epsilon));
  }
  dispose(): void {
    this.m.dispose();
    this.v.dispose();
  }
}

class RmsProp extends Flat {
  private s: Variable;
  constructor(
    vars: Variable[],
    lr: number,
    private rho: number,
    private epsilon: number
  ) {
    super(vars, lr);
    this.s = this.state();
  }
  protected direction(g: Tensor): Tensor {
    const s = tf.add(tf.mul(this.rho, this.s), tf.mul(1 - this.rho, tf.square(g)));
    this.s.assign(s);
    return tf.div(g, tf.add(tf.sqrt(s), this.epsilon));
  }
  dispose(): void {
    this.s.dispose();
  }
}

/** An optimiser for `vars`; its state (moments) is allocated now and freed by dispose(). */
export function makeOptimizer(
  kind: OptimizerKind,
  vars: Variable[],
  lr: number,
  opts: OptimizerOptions = {}
): Optimizer {
  switch (kind) {
    case 'sgd':
      return new Sgd(vars, lr);
    case 'adam':
      return new Adam(vars, lr, opts.beta1 ?? 0.5, opts.beta2 ?? 0.999, opts.epsilon ?? 1e-8);
    case 'rmsprop':
      return new RmsProp(vars, lr, opts.rho ?? 0.9, opts.epsilon ?? 1e-8);
  }
}
