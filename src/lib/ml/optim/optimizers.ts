/**
 * Small optimisers over an explicit list of variables, written out so that the learning
 * rate can change live (a slider) without losing the optimiser's state, and so that every
 * state tensor has one owner that dispose() frees. Call step() inside tf.tidy.
 * The update rules follow PyTorch's documented pseudo-code (torch.optim.*), with this
 * project's defaults where they differ:
 *
 * sgd:      w -= lr g
 * momentum: b = mu b + g (b starts at 0, so b_1 = g_1); w -= lr b  (PyTorch SGD, dampening 0), mu = 0.9
 * rmsprop:  s = rho s + (1 - rho) g^2; w -= lr g / (sqrt(s) + eps)  (Tieleman & Hinton 2012), rho = 0.9
 * adam:     Kingma & Ba 2015 with bias correction; beta1 = 0.5 by default here (the usual GAN
 *           setting, Radford et al. 2016; pass beta1: 0.9 for the paper's default), beta2 = 0.999
 * adamw:    Loshchilov & Hutter 2019: decoupled weight decay, w -= lr lambda w, then the Adam
 *           step; beta1 = 0.9, beta2 = 0.999, lambda = 0.01 (PyTorch's defaults)
 *
 * `weightDecay` on sgd / momentum / rmsprop / adam is the classic coupled L2 term added to the
 * gradient (g += lambda w, PyTorch's `weight_decay`), which Adam then rescales per parameter:
 * the difference AdamW was made for. Plain-number twins of every rule are in `rules.ts`.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { ownedVariable } from '../nn/mlp';
import { axpy, hasAxpyKernel } from '../core/fused-ops';
import { resolveOptions, type AnyOptimizerKind, type OptimizerOptions } from './kinds';

export { OPTIMIZERS, ALL_OPTIMIZERS, optimizerDefaults, type OptimizerKind, type AnyOptimizerKind, type OptimizerOptions } from './kinds';

export interface Optimizer {
  lr: number;
  /** Apply one update to the variables it was built for; `grads[i]` belongs to `vars[i]`. */
  step(grads: Tensor[]): void;
  dispose(): void;
}

/**
 * Every optimiser keeps its state as one flat vector over all variables, so an update is a
 * dozen ops in all rather than a dozen per variable: tfjs's per-op overhead, not arithmetic,
 * is what costs on these tiny networks.
 */
abstract class Flat implements Optimizer {
  protected readonly sizes: number[];
  protected readonly total: number;
  private states: Variable[] = [];
  constructor(
    protected vars: Variable[],
    public lr: number,
    protected o: Required<OptimizerOptions>,
    private decoupled = false
  ) {
    this.sizes = vars.map((v) => v.size);
    this.total = this.sizes.reduce((a, b) => a + b, 0);
  }
  protected state(): Variable {
    const s = ownedVariable(tf.zeros([this.total]), undefined, false);
    this.states.push(s);
    return s;
  }
  /** The update direction for the flat gradient (the caller multiplies by -lr). */
  protected abstract direction(g: Tensor): Tensor;
  step(grads: Tensor[]): void {
    const flat = (ts: Tensor[]) => (ts.length === 1 ? tf.reshape(ts[0], [-1]) : tf.concat(ts.map((g) => tf.reshape(g, [-1]))));
    let g = flat(grads);
    const wd = this.o.weightDecay;
    if (wd && !this.decoupled) g = tf.add(g, tf.mul(wd, flat(this.vars)));
    // -lr times the direction once over the flat vector, not once per variable: one kernel
    // and one scalar upload per step instead of one per variable (w + (-lr d) is exactly
    // w - lr d in floating point).
    const parts = tf.split(tf.mul(-this.lr, this.direction(g)), this.sizes);
    const shrink = wd && this.decoupled ? 1 - this.lr * wd : 1;
    this.vars.forEach((w, i) => {
      const kept = shrink === 1 ? w : tf.mul(w, shrink);
      w.assign(tf.add(kept, tf.reshape(parts[i], w.shape)));
    });
  }
  dispose(): void {
    for (const s of this.states) s.dispose();
    this.states = [];
  }
}

class Sgd extends Flat {
  protected direction(g: Tensor): Tensor {
    return g;
  }
  /**
   * Plain SGD needs no state, so it skips the flat vector: w + (-lr) g per variable (one
   * kernel on WebGL, see fused-ops; a Multiply and an Add elsewhere), where flattening costs
   * a concat, a slice and two reshapes per variable on top (on WebGL a reshape of a packed
   * matrix is itself a kernel). Same numbers as the flat path, bit for bit, on cpu and wasm.
   */
  step(grads: Tensor[]): void {
    if (this.o.weightDecay) return super.step(grads);
    const s = hasAxpyKernel() ? undefined : tf.scalar(-this.lr);
    this.vars.forEach((w, i) => w.assign(axpy(w, -this.lr, grads[i], s)));
  }
}

class Momentum extends Flat {
  private b = this.state();
  protected direction(g: Tensor): Tensor {
    const b = tf.add(tf.mul(this.o.momentum, this.b), g);
    this.b.assign(b);
    return b;
  }
}

class Adam extends Flat {
  private m = this.state();
  private v = this.state();
  private t = 0;
  protected direction(g: Tensor): Tensor {
    this.t++;
    const { beta1, beta2, epsilon } = this.o;
    const t = this.t;
    const m = tf.add(tf.mul(beta1, this.m), tf.mul(1 - beta1, g));
    const v = tf.add(tf.mul(beta2, this.v), tf.mul(1 - beta2, tf.square(g)));
    this.m.assign(m);
    this.v.assign(v);
    // Bias-corrected m_hat / (sqrt(v_hat) + eps).
    return tf.div(tf.div(m, 1 - beta1 ** t), tf.add(tf.sqrt(tf.div(v, 1 - beta2 ** t)), epsilon));
  }
}

class RmsProp extends Flat {
  private s = this.state();
  protected direction(g: Tensor): Tensor {
    const s = tf.add(tf.mul(this.o.rho, this.s), tf.mul(1 - this.o.rho, tf.square(g)));
    this.s.assign(s);
    return tf.div(g, tf.add(tf.sqrt(s), this.o.epsilon));
  }
}

/** An optimiser for `vars`; its state (moments) is allocated now and freed by dispose(). */
export function makeOptimizer(kind: AnyOptimizerKind, vars: Variable[], lr: number, opts: OptimizerOptions = {}): Optimizer {
  const o = resolveOptions(kind, opts);
  switch (kind) {
    case 'sgd':
      return new Sgd(vars, lr, o);
    case 'momentum':
      return new Momentum(vars, lr, o);
    case 'rmsprop':
      return new RmsProp(vars, lr, o);
    case 'adam':
      return new Adam(vars, lr, o);
    case 'adamw':
      return new Adam(vars, lr, o, true);
  }
}
