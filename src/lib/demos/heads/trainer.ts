/**
 * llm-09: one attention head vs several at the same width, on a task that needs two
 * relations at once. Each position of a ring of symbols must output the PAIR (its left
 * neighbour, its right neighbour). A single softmax row can put its weight on one neighbour
 * or blend both; several heads can each read one neighbour. Both copies are one
 * attention-only layer of the engine's transformer (width d_model, bidirectional, learned
 * positions), trained on the same batches. The views show each head's attention map and its
 * attention by offset; the specialisation score is the mean total-variation distance between
 * the heads' offset profiles (0 = same pattern, 1 = disjoint).
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { Transformer } from '$lib/ml/transformer/model';
import { tokenAccuracy, tokenCrossEntropy } from '$lib/ml/transformer/objectives';
import { GroupOptimizer, modelGroups } from '$lib/ml/transformer/train';
import { bidirectionalMask } from '$lib/ml/transformer/masks';
import { COPIES, type Copy } from './shared';

export interface HeadsParams {
  /** Heads of the multi-head copy (the other copy has one head of the same width). */
  heads: number;
  dModel: number;
  symbols: number;
  length: number;
  lr: number;
  /** Which held-out example the heat maps show (live). */
  example: number;
  batch?: number;
}

export const EVAL_SIZE = 64;

/** A ring of `length` symbols; target at i is left * k + right (neighbours on the ring). */
export function ringExample(rng: Rng, k: number, length: number): { x: number[]; y: number[] } {
  const x = Array.from({ length }, () => rng.int(k));
  const y = x.map((_, i) => x[(i - 1 + length) % length] * k + x[(i + 1) % length]);
  return { x, y };
}

/** Attention by circular offset: profile[o] = mean over queries i of w[i][(i + o) mod T]. */
export function offsetProfile(w: number[][]): number[] {
  const T = w.length;
  return Array.from({ length: T }, (_, o) => w.reduce((a, row, i) => a + row[(i + o) % T], 0) / T);
}

/** Total-variation distance between two distributions. */
export const tvDistance = (a: number[], b: number[]) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / 2;

/** Mean pairwise TV distance between the heads' offset profiles (0 for one head). */
export function specialisation(profiles: number[][]): number {
  let s = 0, n = 0;
  for (let a = 0; a < profiles.length; a++)
    for (let b = a + 1; b < profiles.length; b++) {
      s += tvDistance(profiles[a], profiles[b]);
      n++;
    }
  return n ? s / n : 0;
}

export interface CopyView {
  heads: number;
  accuracy: number;
  /** Per head: attention by circular offset, averaged over the held-out set ([head][offset]). */
  profiles: number[][];
  specialisation: number;
  /** Per head attention map of the shown example: [head][query][key]. */
  maps: number[][][];
}

export interface HeadsSnapshot {
  step: number;
  length: number;
  symbols: number;
  example: { x: number[]; y: number[]; index: number };
  copies: Record<Copy, CopyView>;
}

export function createHeadsTrainer(params: HeadsParams, seed: number): Trainer<HeadsParams, HeadsSnapshot> {
  const k = params.symbols;
  const T = params.length;
  const B = params.batch ?? 32;
  const rng = new Rng(seed);
  const initSeed = rng.seed();
  const dataRng = new Rng(rng.seed());
  const evalRng = new Rng(4242);
  const evalSet = Array.from({ length: EVAL_SIZE }, () => ringExample(evalRng, k, T));
  const evalX = evalSet.map((e) => e.x);
  const evalY = evalSet.map((e) => e.y);
  const ones = evalSet.map((e) => e.y.map(() => 1));
  const mask = bidirectionalMask(T);
  const make = (heads: number, name: string) =>
    new Transformer({ vocabSize: k, dModel: params.dModel, nHeads: heads, nLayers: 1, maxLen: T, dFF: 0, causal: false, outputSize: k * k }, initSeed, name);
  const models: Record<Copy, Transformer> = { one: make(1, 'one'), multi: make(params.heads, 'multi') };
  const opts: Record<Copy, GroupOptimizer> = {
    one: new GroupOptimizer(modelGroups(models.one), { lr: params.lr }),
    multi: new GroupOptimizer(modelGroups(models.multi), { lr: params.lr })
  };
  let example = params.example;
  let step = 0;

  const trainStep = (): Tensor => {
    const batch = Array.from({ length: B }, () => ringExample(dataRng, k, T));
    const x = batch.map((e) => e.x);
    const y = batch.map((e) => e.y);
    const w = batch.map((e) => e.y.map(() => 1));
    return tf.stack(COPIES.map((c) => opts[c].minimize(() => tokenCrossEntropy(models[c].forward(x, { mask }).logits!, y, w)).loss));
  };

  return {
    async train(steps: number): Promise<Metrics> {
      let losses: Tensor | null = null;
      for (let i = 0; i < steps; i++) {
        losses?.dispose();
        losses = tf.tidy(trainStep);
      }
      step += steps;
      const t = tf.tidy(() =>
        tf.concat([losses ?? tf.tensor1d([NaN, NaN]), tf.stack(COPIES.map((c) => tokenAccuracy(models[c].forward(evalX, { mask }).logits!, evalY, ones)))])
      );
      losses?.dispose();
      const d = await t.data();
      t.dispose();
      return { step, loss_one: d[0], loss_multi: d[1], acc_one: d[2], acc_multi: d[3] };
    },

    async snapshot(): Promise<HeadsSnapshot> {
      const idx = (((Math.round(example) - 1) % EVAL_SIZE) + EVAL_SIZE) % EVAL_SIZE;
      const out = tf.tidy(() =>
        COPIES.flatMap((c) => {
          const r = models[c].forward(evalX, { mask, collect: true });
          return [tf.reshape(tokenAccuracy(r.logits!, evalY, ones), [1]), tf.reshape(r.attention[0], [-1])];
        })
      );
      const data = await Promise.all(out.map((t) => t.data()));
      out.forEach((t) => t.dispose());
      const view = (c: Copy, acc: number, att: ArrayLike<number>): CopyView => {
        const H = models[c].cfg.nHeads;
        const map = (b: number, h: number) =>
          Array.from({ length: T }, (_, i) => Array.from({ length: T }, (_, j) => att[((b * H + h) * T + i) * T + j]));
        const profiles = Array.from({ length: H }, (_, h) => {
          const sum = new Array<number>(T).fill(0);
          for (let b = 0; b < EVAL_SIZE; b++) offsetProfile(map(b, h)).forEach((v, o) => (sum[o] += v / EVAL_SIZE));
          return sum;
        });
        return { heads: H, accuracy: acc, profiles, specialisation: specialisation(profiles), maps: Array.from({ length: H }, (_, h) => map(idx, h)) };
      };
      return {
        step,
        length: T,
        symbols: k,
        example: { x: [...evalSet[idx].x], y: [...evalSet[idx].y], index: idx },
        copies: { one: view('one', data[0][0], data[1]), multi: view('multi', data[2][0], data[3]) }
      };
    },

    setParams(p: Partial<HeadsParams>) {
      if (p.lr !== undefined) for (const c of COPIES) opts[c].lr = p.lr;
      if (p.example !== undefined) example = p.example;
    },

    dispose() {
      for (const c of COPIES) {
        opts[c].dispose();
        models[c].dispose();
      }
    }
  };
}

export default createHeadsTrainer;
