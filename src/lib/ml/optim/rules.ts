/**
 * The update rules of `optimizers.ts` on plain numbers (float64): the same kinds, options,
 * defaults and live learning rate, for small problems that need no tfjs (a point moving on a
 * 2-D loss surface) and as the reference the tfjs optimisers are tested against.
 */
import { resolveOptions, type AnyOptimizerKind, type OptimizerOptions } from './kinds';

export interface PlainOptimizer {
  lr: number;
  readonly kind: AnyOptimizerKind;
  /** Update `params` in place from `grads` (same length). */
  step(params: Float64Array | number[], grads: ArrayLike<number>): void;
}

export function makePlainOptimizer(kind: AnyOptimizerKind, size: number, lr: number, opts: OptimizerOptions = {}): PlainOptimizer {
  const o = resolveOptions(kind, opts);
  const m = new Float64Array(size); // momentum buffer / first moment / rmsprop's mean square
  const v = new Float64Array(size); // second moment
  let t = 0;
  return {
    lr,
    kind,
    step(params, grads) {
      t++;
      const lrNow = this.lr;
      const decoupled = kind === 'adamw';
      for (let i = 0; i < size; i++) {
        let g = grads[i];
        if (o.weightDecay && !decoupled) g += o.weightDecay * params[i];
        let d: number;
        switch (kind) {
          case 'sgd':
            d = g;
            break;
          case 'momentum':
            m[i] = o.momentum * m[i] + g;
            d = m[i];
            break;
          case 'rmsprop':
            m[i] = o.rho * m[i] + (1 - o.rho) * g * g;
            d = g / (Math.sqrt(m[i]) + o.epsilon);
            break;
          case 'adam':
          case 'adamw':
            m[i] = o.beta1 * m[i] + (1 - o.beta1) * g;
            v[i] = o.beta2 * v[i] + (1 - o.beta2) * g * g;
            d = m[i] / (1 - o.beta1 ** t) / (Math.sqrt(v[i] / (1 - o.beta2 ** t)) + o.epsilon);
            break;
        }
        const w = decoupled && o.weightDecay ? params[i] * (1 - lrNow * o.weightDecay) : params[i];
        params[i] = w - lrNow * d;
      }
    }
  };
}
