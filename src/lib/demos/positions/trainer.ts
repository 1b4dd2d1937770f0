/**
 * llm-13 / llm-04: a one-layer bidirectional transformer with a chosen positional scheme,
 * trained live on the previous-token task (output i = input i-1: a purely relative rule).
 * The snapshot runs three tests on the real model:
 *   - permutation: shuffle the input tokens; is the output the same rows, shuffled the same
 *     way? (max |out(x_π) - out(x)_π|: ~1e-7 without positions, large with them);
 *   - shift: move every position id by `shift`; do the attention weights change?
 *     (unchanged for RoPE, ALiBi and a learned relative bias; changed for sinusoidal / learned);
 *   - accuracy at the trained positions and at the shifted ones.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Trainer } from '$lib/ml/core/trainer';
import { Transformer, range } from '$lib/ml/transformer/model';
import { GroupOptimizer, modelGroups } from '$lib/ml/transformer/train';
import { tokenAccuracy, tokenCrossEntropy } from '$lib/ml/transformer/objectives';
import { makeTask, type Task } from '$lib/ml/transformer/tasks';
import type { PositionScheme } from '$lib/ml/transformer/config';

export interface PositionsParams {
  scheme: PositionScheme;
  seqLen: number;
  shift: number;
  lr: number;
}

export interface PositionsSnapshot {
  step: number;
  scheme: PositionScheme;
  shift: number;
  tokens: string[];
  /** The permutation applied in the permutation test (new position i holds old token perm[i]). */
  perm: number[];
  /** max |out(x_π) - out(x)_π| over positions and features (final hidden states). */
  permDiff: number;
  /** Typical size of an output entry (mean |out|), to read permDiff against. */
  outScale: number;
  /** Attention weights of layer 0, [head][query][key], at positions 0.. and at shift.. */
  attention: number[][][];
  attentionShifted: number[][][];
  /** max |weights(shifted) - weights| over every layer, head, query and key. */
  shiftDiff: number;
  /** Token accuracy of the previous-token rule at positions 0.. and at positions shift.. */
  accuracy: number;
  accuracyShifted: number;
  loss: number;
  /** Learned relative bias of layer 0, [head][offset + maxDistance] (relative scheme only). */
  relBias: number[][] | null;
  maxDistance: number;
  /** One entry per snapshot: step, accuracy at positions 0.., accuracy at positions shift.. */
  history: { step: number[]; accuracy: number[]; accuracyShifted: number[] };
}

const D = 16;
const HEADS = 2;
const BATCH = 16;
const EVAL = 32;
export const MAX_SHIFT = 16;

export function createPositionsTrainer(p: PositionsParams, seed: number): Trainer<PositionsParams, PositionsSnapshot> {
  const task: Task = makeTask('previous', { symbols: 6 });
  const T = p.seqLen;
  const rng = new Rng(seed);
  const m = new Transformer(
    { vocabSize: task.size, dModel: D, nHeads: HEADS, nLayers: 1, dFF: 32, maxLen: T + MAX_SHIFT, position: p.scheme, causal: false, relativeMaxDistance: T - 1 },
    seed
  );
  const opt = new GroupOptimizer(modelGroups(m), { lr: p.lr });
  let shift = p.shift;
  let step = 0;
  let lastLoss = NaN;
  const history = { step: [] as number[], accuracy: [] as number[], accuracyShifted: [] as number[] };
  // Position 0 has no previous token; its target (<bos>) is left out so the rule stays purely relative.
  const weight = range(T).map((i) => (i === 0 ? 0 : 1));
  const batch = (r: Rng, n: number) => {
    const ex = Array.from({ length: n }, () => task.sample(r, T));
    return { input: ex.map((e) => e.src), target: ex.map((e) => e.tgt), weight: ex.map(() => weight) };
  };
  const evalRng = new Rng(seed + 7919);
  const evalSet = batch(evalRng, EVAL);
  const probe = evalSet.input[0];
  const perm = range(T);
  for (let i = T - 1; i > 0; i--) {
    const j = evalRng.int(i + 1);
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }

  return {
    async train(steps: number) {
      let last: Tensor | null = null;
      for (let s = 0; s < steps; s++) {
        last?.dispose();
        const b = batch(rng, BATCH);
        last = tf.tidy(() => opt.minimize(() => tokenCrossEntropy(m.forward(b.input).logits!, b.target, b.weight)).loss);
        step++;
      }
      if (!last) return { loss: lastLoss };
      lastLoss = (await last.data())[0];
      last.dispose();
      return { loss: lastLoss };
    },

    async snapshot() {
      const shifted = range(T, shift);
      const ts = tf.tidy(() => {
        const base = m.forward([probe], { collect: true });
        const permuted = m.forward([perm.map((i) => probe[i])]);
        const expected = tf.gather(base.hidden, tf.tensor1d(perm, 'int32'), 1);
        const permDiff = tf.max(tf.abs(tf.sub(permuted.hidden, expected)));
        const outScale = tf.mean(tf.abs(base.hidden));
        const moved = m.forward([probe], { collect: true, positions: shifted });
        const shiftDiff = tf.max(tf.stack(base.attention.map((a, l) => tf.max(tf.abs(tf.sub(a, moved.attention[l]))))));
        const logits = m.forward(evalSet.input).logits!;
        const acc = tokenAccuracy(logits, evalSet.target, evalSet.weight);
        const accS = tokenAccuracy(m.forward(evalSet.input, { positions: shifted }).logits!, evalSet.target, evalSet.weight);
        const loss = tokenCrossEntropy(logits, evalSet.target, evalSet.weight);
        return {
          scalars: tf.stack([permDiff, outScale, shiftDiff, acc, accS, loss]),
          att: tf.squeeze(base.attention[0], [0]),
          attS: tf.squeeze(moved.attention[0], [0])
        };
      });
      const [scalars, att, attS, rel] = await Promise.all([
        ts.scalars.data(),
        ts.att.array() as Promise<number[][][]>,
        ts.attS.array() as Promise<number[][][]>,
        m.layers[0].rel ? (m.layers[0].rel.array() as Promise<number[][]>) : Promise.resolve(null)
      ]);
      for (const t of [ts.scalars, ts.att, ts.attS]) t.dispose();
      if (history.step.at(-1) !== step) {
        history.step.push(step);
        history.accuracy.push(scalars[3]);
        history.accuracyShifted.push(scalars[4]);
      } else {
        history.accuracyShifted[history.accuracyShifted.length - 1] = scalars[4]; // the shift changed
      }
      return {
        step, scheme: p.scheme, shift,
        tokens: probe.map((id) => task.vocab[id]),
        perm: [...perm],
        permDiff: scalars[0], outScale: scalars[1], shiftDiff: scalars[2],
        accuracy: scalars[3], accuracyShifted: scalars[4], loss: scalars[5],
        attention: att, attentionShifted: attS,
        relBias: rel, maxDistance: m.cfg.relativeMaxDistance,
        history: { step: [...history.step], accuracy: [...history.accuracy], accuracyShifted: [...history.accuracyShifted] }
      };
    },

    setParams(q: Partial<PositionsParams>) {
      if (q.lr !== undefined) opt.lr = q.lr;
      if (q.shift !== undefined) shift = Math.max(0, Math.min(MAX_SHIFT, Math.round(q.shift)));
    },

    dispose() {
      opt.dispose();
      m.dispose();
    }
  };
}

export default createPositionsTrainer;
