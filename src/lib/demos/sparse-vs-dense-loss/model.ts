/**
 * The tiny language model of llm-16: a next-character MLP (Bengio et al. 2003 in miniature).
 * The last CONTEXT characters are embedded, concatenated, passed through one tanh layer and
 * mapped to logits over the vocabulary.
 *
 * The demo trains COPIES of it side by side (one per loss) from the very same weights, so the
 * weights are stored stacked, [copies, ...], and both run in one batched pass: tfjs' cpu and
 * wasm backends spend most of a step of so small a model on per-op overhead, not arithmetic.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { ownedVariable } from '$lib/ml/nn/mlp';

export const EMBED = 12;
export const HIDDEN = 48;

export interface CharMlpInit {
  E: Float32Array;
  W1: Float32Array;
  W2: Float32Array;
}

/** Seeded initial weights: LeCun normal, the output layer scaled by `outScale` (logit scale). */
export function initWeights(seed: number, vocab: number, context: number, outScale: number): CharMlpInit {
  const rng = new Rng(seed);
  return {
    E: rng.normals(vocab * EMBED, 1),
    W1: rng.normals(context * EMBED * HIDDEN, 1 / Math.sqrt(context * EMBED)),
    W2: rng.normals(HIDDEN * vocab, outScale / Math.sqrt(HIDDEN))
  };
}

export class StackedCharMlp {
  /** E [k, V, EMBED], W1 [k, C*EMBED, H], b1 [k, 1, H], W2 [k, H, V], b2 [k, 1, V]. */
  readonly vars: Variable[];

  constructor(
    init: CharMlpInit,
    readonly copies: number,
    readonly vocab: number,
    readonly context: number
  ) {
    const k = copies;
    const rep = (a: Float32Array) => {
      const out = new Float32Array(a.length * k);
      for (let i = 0; i < k; i++) out.set(a, i * a.length);
      return out;
    };
    this.vars = [
      ownedVariable(tf.tensor3d(rep(init.E), [k, vocab, EMBED])),
      ownedVariable(tf.tensor3d(rep(init.W1), [k, context * EMBED, HIDDEN])),
      ownedVariable(tf.zeros([k, 1, HIDDEN])),
      ownedVariable(tf.tensor3d(rep(init.W2), [k, HIDDEN, vocab])),
      ownedVariable(tf.zeros([k, 1, vocab]))
    ];
  }

  /**
   * Logits [k, B, V] of every copy for the same context ids x (int32 [B, context]), with the
   * given parameters. For training, the embedding is one-hot times E (gather's gradient,
   * unsortedSegmentSum, costs one op per vocabulary entry on the cpu backend); without a
   * gradient (`forGradient` false) it is a plain gather. Call inside tidy.
   */
  static logits(vars: Tensor[], x: Tensor, forGradient = true): Tensor {
    const [E, W1, b1, W2, b2] = vars;
    const [k, V, D] = E.shape;
    const [B, C] = x.shape;
    const ids = tf.reshape(x, [-1]);
    const looked = forGradient
      ? tf.matMul(tf.tile(tf.expandDims(tf.oneHot(ids, V), 0), [k, 1, 1]), E) // [k, B*C, D]
      : tf.gather(E, ids, 1);
    const e = tf.reshape(looked, [k, B, C * D]);
    const h = tf.tanh(tf.add(tf.matMul(e, W1), b1));
    return tf.add(tf.matMul(h, W2), b2);
  }

  /** Logits for evaluation and sampling (no gradient taken through them). */
  logits(x: Tensor): Tensor {
    return StackedCharMlp.logits(this.vars, x, false);
  }

  dispose(): void {
    for (const v of this.vars) v.dispose();
  }
}
