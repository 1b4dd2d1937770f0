/**
 * The tiny policy of the rl-lab demo: a softmax "language model" over the letters A-F and an
 * end mark, with one row of logits per position (the table is the whole model: MAX_LEN x V
 * numbers). A sampled answer is at most MAX_LEN tokens; the first "." ends it.
 *
 * Everything here runs inside the caller's tf.tidy. The score function (gradient of
 * log pi(y) with respect to the logit table) is written out in closed form for a softmax
 * policy, d log softmax(z)_y / dz = onehot(y) - softmax(z) (Williams 1992), so the per-sample
 * gradients whose spread we measure are exact; `policy.test.ts` checks them against tfjs'
 * autodiff.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';

export const VOCAB = ['.', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
export const V = VOCAB.length;
export const EOS = 0;
export const MAX_LEN = 8;
/** Rows of the logit table: one per position. */
export const ROWS = MAX_LEN;
export const PARAMS = ROWS * V;

export interface Rollout {
  /** [B, MAX_LEN] int32 token ids (anything after the first "." is padding). */
  tokens: Tensor;
  /** [B, MAX_LEN] float, 1 where the token was generated (the closing "." included). */
  mask: Tensor;
}

/**
 * Sample B answers from the table `w` ([ROWS, V] logits) by the Gumbel-max trick,
 * argmax(logits + Gumbel noise), with the noise drawn once per call from `seed`. (tfjs's cpu
 * multinomial re-seeds its generator for every row, so one seed gives every row the same
 * draw; one seeded uniform tensor does not.)
 */
export function sample(w: Tensor, batch: number, seed: number): Rollout {
  const u = tf.randomUniform([batch, MAX_LEN, V], 1e-7, 1 - 1e-7, 'float32', seed);
  const tokens = tf.cast(tf.argMax(tf.sub(w, tf.log(tf.neg(tf.log(u)))), 2), 'int32');
  return { tokens, mask: maskOf(tokens) };
}

/** 1 up to and including the first "." of each row. */
export function maskOf(tokens: Tensor): Tensor {
  const ended = tf.cumsum(tf.cast(tf.equal(tokens, EOS), 'float32'), 1, true);
  return tf.cast(tf.equal(ended, 0), 'float32');
}

export interface Scored {
  /** [B] log pi(y). */
  logp: Tensor;
  /** [B, PARAMS] d log pi(y) / d w, flattened like w. */
  score: Tensor;
}

/** log pi(y) of each answer under `w`, and (when asked) its exact score function. */
export function logProb(w: Tensor, r: Rollout, withScore = true): Scored {
  const b = r.tokens.shape[0];
  const lsm = tf.logSoftmax(w); // [L, V]
  const oh = tf.oneHot(r.tokens, V); // [B, L, V]
  const m = tf.expandDims(r.mask, 2);
  const logp = tf.sum(tf.mul(tf.mul(oh, lsm), m), [1, 2]);
  if (!withScore) return { logp, score: tf.zeros([b, 0]) };
  const score = tf.reshape(tf.mul(tf.sub(oh, tf.exp(lsm)), m), [b, PARAMS]);
  return { logp, score };
}

/** Letters in each answer ("." excluded): [B]. */
export function letterMask(r: Rollout): Tensor {
  return tf.mul(r.mask, tf.cast(tf.notEqual(r.tokens, EOS), 'float32'));
}

/** Leave-one-out mean of the other answers' rewards (the RLOO baseline): [B]. */
export function looBaseline(reward: Tensor): Tensor {
  const b = reward.shape[0];
  return tf.div(tf.sub(tf.sum(reward), reward), b - 1);
}

export interface Estimate {
  /** [PARAMS] the REINFORCE estimate of the gradient of the expected reward (ascent). */
  grad: Tensor;
  /** Scalar: spread of the per-sample estimates A_i * score_i, summed over all parameters (trace of their covariance). */
  variance: Tensor;
}

/** REINFORCE: g = mean_i A_i * d log pi(y_i) / dw, with its per-sample variance. */
export function reinforce(score: Tensor, advantage: Tensor): Estimate {
  const b = score.shape[0];
  const per = tf.mul(score, tf.reshape(advantage, [b, 1]));
  const grad = tf.mean(per, 0);
  const variance = tf.div(tf.sum(tf.square(tf.sub(per, grad))), b - 1);
  return { grad, variance };
}

/** Plain-TS text of an answer: letters up to the first "." (empty answer shown as "."). */
export function decode(tokens: ArrayLike<number>): string {
  let s = '';
  for (let t = 0; t < tokens.length; t++) {
    if (tokens[t] === EOS) break;
    s += VOCAB[tokens[t]];
  }
  return s || '.';
}

/** The token ids of a word of letters A-F (no end mark; padding with "."). */
export function encode(word: string): number[] {
  const out = new Array<number>(MAX_LEN).fill(EOS);
  [...word.toUpperCase()].slice(0, MAX_LEN).forEach((ch, i) => {
    const k = VOCAB.indexOf(ch as (typeof VOCAB)[number]);
    out[i] = k > 0 ? k : EOS;
  });
  return out;
}

/** Plain-TS probabilities of every row of a logit table (flat [ROWS * V]). */
export function rowSoftmax(w: ArrayLike<number>): Float64Array {
  const p = new Float64Array(PARAMS);
  for (let r = 0; r < ROWS; r++) {
    let mx = -Infinity;
    for (let k = 0; k < V; k++) mx = Math.max(mx, w[r * V + k]);
    let z = 0;
    for (let k = 0; k < V; k++) z += p[r * V + k] = Math.exp(w[r * V + k] - mx);
    for (let k = 0; k < V; k++) p[r * V + k] /= z;
  }
  return p;
}

/**
 * Exact KL(pi || ref) between the two answer distributions: sum over positions of
 * P_pi(still writing at t) * KL of the two rows at t (the chain rule of KL; an answer stops
 * at its first "."). Plain TS on the read-back tables.
 */
export function exactKl(w: ArrayLike<number>, ref: ArrayLike<number>): number {
  const p = rowSoftmax(w), q = rowSoftmax(ref);
  let reach = 1;
  let kl = 0;
  for (let t = 0; t < MAX_LEN; t++) {
    let row = 0;
    for (let k = 0; k < V; k++) if (p[t * V + k] > 0) row += p[t * V + k] * Math.log(p[t * V + k] / q[t * V + k]);
    kl += reach * row;
    reach *= 1 - p[t * V + EOS];
  }
  return kl;
}
