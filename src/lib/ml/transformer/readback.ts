/**
 * Reading model internals back as plain arrays (for snapshots and views). Each function runs
 * its own tidy and one await.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import type { ForwardOptions, Transformer } from './model';

/** A tensor of any rank as nested plain arrays (frees nothing; the caller owns the tensor). */
export async function toArray<T = number[]>(t: Tensor): Promise<T> {
  return (await t.array()) as T;
}

/**
 * Attention weights of one sequence: [layer][head][query][key]. Options as for forward
 * (mask, positions, headMask).
 */
export async function attentionMaps(m: Transformer, tokens: readonly number[], opts: ForwardOptions = {}): Promise<number[][][][]> {
  const t = tf.tidy(() => tf.stack(m.forward([[...tokens]], { ...opts, collect: true }).attention.map((a) => tf.squeeze(a, [0]))));
  const out = (await t.array()) as number[][][][];
  t.dispose();
  return out;
}

/** Softmax probabilities of the LM head for one sequence: [position][token]. */
export async function tokenProbabilities(m: Transformer, tokens: readonly number[], opts: ForwardOptions = {}): Promise<number[][]> {
  const t = tf.tidy(() => tf.squeeze(tf.softmax(m.forward([[...tokens]], opts).logits!), [0]));
  const out = (await t.array()) as number[][];
  t.dispose();
  return out;
}

/**
 * Influence map: for output position `at`, the L2 norm of d(sum of output hidden state at
 * `at`, weighted by a fixed random direction) / d(input embedding at j), for every j.
 * Zero exactly where input j cannot reach output `at` through the masks.
 */
export async function influence(m: Transformer, tokens: readonly number[], at: number, opts: ForwardOptions = {}): Promise<number[]> {
  const t = tf.tidy(() => {
    const x = m.embed([[...tokens]], opts.positions);
    const D = m.cfg.dModel;
    const dir = tf.tensor1d(Array.from({ length: D }, (_, i) => Math.cos(1 + 2.3 * i)));
    const f = (e: Tensor) => {
      const h = m.forwardEmbeddings(e, opts).hidden;
      return tf.sum(tf.mul(tf.slice(h, [0, at, 0], [1, 1, D]), dir));
    };
    const g = tf.grad(f)(x);
    return tf.sqrt(tf.sum(tf.square(tf.squeeze(g, [0])), 1));
  });
  const out = Array.from(await t.data());
  t.dispose();
  return out;
}
