/**
 * Training over parameter groups: one optimiser per group (embed, layer0.., final, head, cls,
 * lora), each with its own learning-rate multiplier. A multiplier of 0 freezes the group (its
 * gradient is not even computed). That is enough to compose full fine-tuning, frozen lower
 * layers, layer-wise rates (ULMFiT's discriminative fine-tuning), gradual unfreezing and LoRA.
 * minimize() must run inside tf.tidy.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { makeOptimizer, type Optimizer, type OptimizerKind } from '$lib/ml/optim/optimizers';
import type { Transformer } from './model';

export interface ParamGroup {
  name: string;
  vars: Variable[];
}

export interface GroupOptimizerOptions {
  lr: number;
  /** Default 'adam'. */
  kind?: OptimizerKind;
  /** Adam betas (default 0.9 / 0.98, the Transformer paper's). */
  beta1?: number;
  beta2?: number;
  /** Clip the global gradient norm of the trained groups to this (off when absent). */
  clipNorm?: number;
  /** Initial multipliers by group name (default 1). */
  scales?: Record<string, number>;
}

/** The model's parameter groups, in creation order. */
export function modelGroups(m: Transformer): ParamGroup[] {
  return m.groupNames.map((name) => ({ name, vars: m.variables([name]) }));
}

export class GroupOptimizer {
  lr: number;
  readonly scales: Record<string, number>;
  private readonly opts: Map<string, Optimizer>;

  constructor(
    readonly groups: ParamGroup[],
    private readonly o: GroupOptimizerOptions
  ) {
    this.lr = o.lr;
    this.scales = Object.fromEntries(groups.map((g) => [g.name, o.scales?.[g.name] ?? 1]));
    this.opts = new Map(
      groups.map((g) => [g.name, makeOptimizer(o.kind ?? 'adam', g.vars, o.lr, { beta1: o.beta1 ?? 0.9, beta2: o.beta2 ?? 0.98 })])
    );
  }

  setScale(name: string, scale: number): void {
    if (name in this.scales) this.scales[name] = scale;
  }

  /** Number of parameters in groups with a non-zero multiplier. */
  get trainableCount(): number {
    return this.groups.filter((g) => this.scales[g.name] > 0).reduce((a, g) => a + g.vars.reduce((s, v) => s + v.size, 0), 0);
  }

  /** One step on the groups with a non-zero multiplier; returns the loss (and the gradient norm). Inside tf.tidy. */
  minimize(loss: () => Tensor): { loss: Tensor; gradNorm: Tensor } {
    const active = this.groups.filter((g) => this.scales[g.name] > 0);
    const vars = active.flatMap((g) => g.vars);
    if (vars.length === 0) {
      const value = loss();
      return { loss: value, gradNorm: tf.scalar(0) };
    }
    const { value, grads } = tf.variableGrads(loss as () => tf.Scalar, vars);
    let list = vars.map((v) => grads[v.name] ?? tf.zerosLike(v));
    const gradNorm = tf.sqrt(tf.addN(list.map((g) => tf.sum(tf.square(g)))));
    if (this.o.clipNorm !== undefined) {
      const factor = tf.div(this.o.clipNorm, tf.maximum(gradNorm, this.o.clipNorm));
      list = list.map((g) => tf.mul(g, factor));
    }
    let at = 0;
    for (const g of active) {
      const opt = this.opts.get(g.name)!;
      opt.lr = this.lr * this.scales[g.name];
      opt.step(list.slice(at, at + g.vars.length));
      at += g.vars.length;
    }
    return { loss: value, gradNorm };
  }

  dispose(): void {
    for (const o of this.opts.values()) o.dispose();
  }
}
