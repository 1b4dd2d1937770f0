/**
 * Small optimisers over an explicit list of variables, written out so that the learning
 * rate can change live (a slider) without losing the optimiser's state, and so that every
 * state tensor has one owner that dispose() frees. Call step() inside tf.tidy.
 *
 * sgd:     w -= lr g
 * adam:    Kingma & Ba 2015, with beta1 = 0.5 (the usual GAN setting, Radford et al. 2016)
 * rmsprop: Tieleman & Hinton 2012, rho = 0.9 (no momentum)
 */
import { tf, type Tensor, type Variable } from '../tf';
import { ownedVariable } from './models';

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

function slots(vars: Variable[]): Variable[] {
  return vars.map((v) => ownedVariable(tf.zerosLike(v), undefined, false));
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

class Adam implements Optimizer {
  private m: Variable[];
  private v: Variable[];
  private t = 0;
  constructor(
    private vars: Variable[],
    public lr: number,
    private beta1: number,
    private beta2: number,
    private epsilon: number
  ) {
    this.m = slots(vars);
    this.v = slots(vars);
  }
  step(grads: Tensor[]): void {
    this.t++;
    const c1 = 1 - this.beta1 ** this.t;
    const c2 = 1 - this.beta2 ** this.t;
    const { beta1, beta2, epsilon } = this;
    this.vars.forEach((w, i) => {
      const g = grads[i];
      const m = tf.add(tf.mul(beta1, this.m[i]), tf.mul(1 - beta1, g));
      const v = tf.add(tf.mul(beta2, this.v[i]), tf.mul(1 - beta2, tf.square(g)));
      this.m[i].assign(m);
      this.v[i].assign(v);
      const update = tf.div(tf.div(m, c1), tf.add(tf.sqrt(tf.div(v, c2)), epsilon));
      w.assign(tf.sub(w, tf.mul(this.lr, update)));
    });
  }
  dispose(): void {
    for (const s of [...this.m, ...this.v]) s.dispose();
    this.m = this.v = [];
  }
}

class RmsProp implements Optimizer {
  private s: Variable[];
  constructor(
    private vars: Variable[],
    public lr: number,
    private rho: number,
    private epsilon: number
  ) {
    this.s = slots(vars);
  }
  step(grads: Tensor[]): void {
    const { rho, epsilon } = this;
    this.vars.forEach((w, i) => {
      const g = grads[i];
      const s = tf.add(tf.mul(rho, this.s[i]), tf.mul(1 - rho, tf.square(g)));
      this.s[i].assign(s);
      w.assign(tf.sub(w, tf.mul(this.lr, tf.div(g, tf.add(tf.sqrt(s), epsilon)))));
    });
  }
  dispose(): void {
    for (const s of this.s) s.dispose();
    this.s = [];
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
