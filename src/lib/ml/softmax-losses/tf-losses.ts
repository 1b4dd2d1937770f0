/**
 * The two losses of llm-16 as tfjs ops, averaged over a batch: cross-entropy from logits and
 * squared error between softmax probabilities and the one-hot target. Call inside tf.tidy.
 * Their gradients come from tfjs autodiff; gradients.test.ts checks them against the
 * analytic formulas in ./gradients.ts.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';

/** Mean over the batch of -log softmax(logits)_label. logits [B, V], labels int32 [B]. */
export function crossEntropyLoss(logits: Tensor, labels: Tensor): tf.Scalar {
  const V = logits.shape[logits.shape.length - 1];
  const logp = tf.logSoftmax(logits);
  return tf.neg(tf.mean(tf.sum(tf.mul(logp, tf.oneHot(labels, V)), -1)));
}

/** Mean over the batch of sum_k (softmax(logits)_k - onehot_k)^2. */
export function squaredErrorLoss(logits: Tensor, labels: Tensor): tf.Scalar {
  const V = logits.shape[logits.shape.length - 1];
  const d = tf.sub(tf.softmax(logits), tf.oneHot(labels, V));
  return tf.mean(tf.sum(tf.square(d), -1));
}

export type ProbLoss = 'ce' | 'mse';
export const probLoss = (kind: ProbLoss, logits: Tensor, labels: Tensor): tf.Scalar =>
  kind === 'ce' ? crossEntropyLoss(logits, labels) : squaredErrorLoss(logits, labels);
