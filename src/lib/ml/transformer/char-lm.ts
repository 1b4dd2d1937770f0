/**
 * A tiny character LM on the transformer engine, for windows of a character stream
 * (char-stream.ts): training steps with optional dropout (on the embeddings and on the final
 * hidden state, applied from outside the model) and an optimiser from ml/optim (AdamW's
 * decoupled weight decay included), scoring of a text with a sliding window, and batched
 * sliding-window sampling that records each sampled token's probability under the model
 * (temperature 1) next to the probability it was sampled with.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import type { Rng } from '$lib/ml/core/random';
import { makeOptimizer, type AnyOptimizerKind, type Optimizer, type OptimizerOptions } from '$lib/ml/optim/optimizers';
import { Transformer } from './model';
import { causalMask } from './masks';
import { causalLmBatch, tokenCrossEntropy } from './objectives';
import { softmaxProbs } from './generate';
import { SPECIALS } from './tokenizer';

export interface CharLmConfig {
  vocabSize: number;
  /** Window length T. */
  context: number;
  dModel: number;
  nLayers: number;
  nHeads?: number;
}

export class CharLm {
  readonly model: Transformer;
  readonly opt: Optimizer;
  readonly context: number;

  constructor(c: CharLmConfig, seed: number, optKind: AnyOptimizerKind, lr: number, optOpts: OptimizerOptions = {}) {
    this.context = c.context;
    this.model = new Transformer(
      { vocabSize: c.vocabSize, dModel: c.dModel, nHeads: c.nHeads ?? 2, nLayers: c.nLayers, maxLen: c.context, dFF: 2 * c.dModel },
      seed
    );
    this.opt = makeOptimizer(optKind, this.model.variables(), lr, optOpts);
  }

  get lr(): number {
    return this.opt.lr;
  }
  set lr(v: number) {
    this.opt.lr = v;
  }

  /** Mean next-character cross-entropy of windows of T + 1 ids; dropout > 0 only while training. Inside tf.tidy. */
  loss(windows: number[][], dropout = 0, seed = 0): Tensor {
    const b = causalLmBatch(windows, -1);
    const m = this.model;
    const T = b.input[0].length;
    let x = m.embed(b.input);
    if (dropout > 0) x = tf.dropout(x, dropout, undefined, seed);
    let h = m.forwardEmbeddings(x, { mask: causalMask(T) }).hidden;
    if (dropout > 0) h = tf.dropout(h, dropout, undefined, seed + 1);
    return tokenCrossEntropy(m.logits(h)!, b.target, b.weight);
  }

  /** Gradients of the loss (not applied) and the loss. Inside tf.tidy. */
  grads(windows: number[][], dropout = 0, seed = 0): { loss: Tensor; grads: Tensor[] } {
    const vars = this.model.variables();
    const { value, grads } = tf.variableGrads(() => this.loss(windows, dropout, seed) as tf.Scalar, vars);
    return { loss: value, grads: vars.map((v) => grads[v.name]) };
  }

  /** One optimiser step; returns the loss tensor. Inside tf.tidy. */
  step(windows: number[][], dropout = 0, seed = 0): Tensor {
    const { loss, grads } = this.grads(windows, dropout, seed);
    this.opt.step(grads);
    return loss;
  }

  /** Log-probability of every token of `ids` after the first, each with up to T tokens of context. Inside tf.tidy: [N - 1]. */
  logProbs(ids: readonly number[]): Tensor {
    const T = this.context;
    const V = this.model.cfg.vocabSize;
    const parts: Tensor[] = [];
    const head = ids.slice(0, Math.min(ids.length, T + 1));
    const lp = (inputs: number[][], targets: number[][]) => {
      const l = tf.logSoftmax(this.model.forward(inputs, { mask: causalMask(inputs[0].length) }).logits!);
      const oh = tf.oneHot(tf.tensor2d(targets.flat(), [targets.length, targets[0].length], 'int32'), V);
      return tf.sum(tf.mul(l, oh), 2);
    };
    parts.push(tf.reshape(lp([head.slice(0, -1)], [head.slice(1)]), [-1]));
    if (ids.length > T + 1) {
      const inputs: number[][] = [];
      const targets: number[][] = [];
      for (let i = T + 1; i < ids.length; i++) {
        inputs.push(ids.slice(i - T, i) as number[]);
        targets.push(ids.slice(i - T + 1, i + 1) as number[]);
      }
      const all = lp(inputs, targets);
      parts.push(tf.reshape(tf.slice(all, [0, T - 1], [inputs.length, 1]), [-1]));
    }
    return parts.length === 1 ? parts[0] : tf.concat(parts);
  }

  /** Plain-number log-probabilities of the tokens of `ids` after the first. */
  async scoreTokens(ids: readonly number[]): Promise<number[]> {
    if (ids.length < 2) return [];
    const t = tf.tidy(() => this.logProbs(ids));
    const out = Array.from(await t.data());
    t.dispose();
    return out;
  }

  /**
   * Sample continuations of each prompt with a sliding window of T tokens, one forward per
   * step for the rows of equal length (one read-back per step). Rows stop after `stop` ids
   * (the separator's last id) or `maxNew` tokens. temperature 0 = greedy.
   */
  async sample(prompts: readonly number[][], o: SampleRowsOptions): Promise<SampledRow[]> {
    const rows = prompts.map((p, i) => ({
      seq: [...p], tokens: [] as number[], logp: [] as number[], done: false,
      temp: typeof o.temperature === 'number' ? o.temperature : o.temperature[i]
    }));
    const exclude = o.exclude ?? SPECIALS.map((_, i) => i);
    const T = this.context;
    for (let k = 0; k < o.maxNew && rows.some((r) => !r.done); k++) {
      const live = rows.filter((r) => !r.done);
      const groups = new Map<number, typeof live>();
      for (const r of live) {
        const len = Math.min(T, r.seq.length);
        groups.set(len, [...(groups.get(len) ?? []), r]);
      }
      const keys = [...groups.keys()];
      const t = tf.tidy(() =>
        tf.concat(
          keys.map((len) => {
            const g = groups.get(len)!;
            const l = this.model.forward(g.map((r) => r.seq.slice(-len)), { mask: causalMask(len) }).logits!;
            return tf.reshape(tf.slice(l, [0, len - 1, 0], [g.length, 1, -1]), [g.length, -1]);
          })
        )
      );
      const d = await t.data();
      t.dispose();
      const V = this.model.cfg.vocabSize;
      let at = 0;
      for (const len of keys) {
        for (const r of groups.get(len)!) {
          const row = d.subarray(at * V, (at + 1) * V);
          at++;
          const p1 = softmaxProbs(row, 1, exclude);
          let id: number;
          if (!(r.temp > 0)) id = p1.indexOf(Math.max(...p1));
          else {
            const p = softmaxProbs(row, r.temp, exclude, o.topK ?? 0);
            let u = o.rng.next();
            id = p.findIndex((v) => (u -= v) < 0 && v > 0);
            if (id < 0) id = p.reduce((b, v, i) => (v > 0 ? i : b), 0);
          }
          r.seq.push(id);
          r.tokens.push(id);
          r.logp.push(Math.log(Math.max(p1[id], 1e-30)));
          if (id === o.stop) r.done = true;
        }
      }
    }
    return rows.map((r) => ({ tokens: r.tokens, logp: r.logp }));
  }

  dispose(): void {
    this.model.dispose();
    this.opt.dispose();
  }
}

export interface SampleRowsOptions {
  maxNew: number;
  /** 0 = greedy; one per row, or one for all. */
  temperature: number | readonly number[];
  rng: Rng;
  topK?: number;
  /** Stop a row after this id. */
  stop?: number;
  /** Ids never produced (default: the special tokens). */
  exclude?: readonly number[];
}

export interface SampledRow {
  tokens: number[];
  /** Natural log of each sampled token's probability under the model at temperature 1. */
  logp: number[];
}
