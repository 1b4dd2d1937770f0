/**
 * Triplet margin loss and batch triplet mining in tfjs. The loss is PyTorch's
 * torch.nn.TripletMarginLoss (see ../losses.ts for the plain-number reference):
 *   d(x, y) = || x - y + eps ||_p,   loss_i = max(d(a_i, p_i) - d(a_i, n_i) + margin, 0).
 * 'squared' distance is the squared Euclidean one, sum((x - y + eps)^2), as one would pass to
 * TripletMarginWithDistanceLoss.
 *
 * Mining only chooses indices and needs no gradient, so it runs outside the gradient tape on
 * the current embedding; the loss is then computed, with gradients, on the chosen triplets.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import type { Reduction } from '$lib/ml/losses/pointwise';

export type Distance = 'euclidean' | 'squared';
export type Mining = 'random' | 'semi-hard' | 'hard';

export interface TripletTfOptions {
  /** A number, or a tensor broadcasting against the [n] losses (one margin per triplet). */
  margin?: number | Tensor;
  /** Norm degree for the Euclidean-family distance (PyTorch's p); ignored when squared. */
  p?: number;
  eps?: number;
  swap?: boolean;
  reduction?: Reduction;
  distance?: Distance;
}

/** Row-wise distance between x [n, d] and y [n, d] -> [n]. */
export function pairwiseDistanceTf(x: Tensor, y: Tensor, p = 2, eps = 1e-6, distance: Distance = 'euclidean'): Tensor {
  const diff = x.sub(y).add(eps);
  if (distance === 'squared') return diff.square().sum(-1);
  if (p === 2) return diff.square().sum(-1).sqrt();
  if (p === 1) return diff.abs().sum(-1);
  return diff.abs().pow(p).sum(-1).pow(1 / p);
}

/** Per-triplet losses [n] (reduction 'none') or their mean / sum (a scalar). */
export function tripletMarginLossTf(anchor: Tensor, positive: Tensor, negative: Tensor, opts: TripletTfOptions = {}): Tensor {
  const { margin = 1, p = 2, eps = 1e-6, swap = false, reduction = 'mean', distance = 'euclidean' } = opts;
  const dAP = pairwiseDistanceTf(anchor, positive, p, eps, distance);
  let dAN = pairwiseDistanceTf(anchor, negative, p, eps, distance);
  if (swap) dAN = tf.minimum(dAN, pairwiseDistanceTf(positive, negative, p, eps, distance));
  const losses = dAP.sub(dAN).add(margin).relu();
  return reduction === 'none' ? losses : reduction === 'sum' ? losses.sum() : losses.mean();
}

/**
 * All-pairs squared-Euclidean or Euclidean distances for a stack of embeddings z [m, b, d] ->
 * [m, b, b], as ONE matMul: [z, |z|^2, 1] . [-2z, 1, |z|^2]^T = |zi|^2 + |zj|^2 - 2 zi.zj,
 * clipped at 0 (tfjs' cpu backend is slow at broadcasting [m, b, 1] against [m, 1, b]). Used
 * for mining only, so eps and rounding do not matter.
 */
export function distanceMatricesTf(z: Tensor, distance: Distance = 'euclidean'): Tensor {
  const [m, b] = z.shape;
  const sq = z.square().sum(-1, true); // [m, b, 1]
  const ones = tf.ones([m, b!, 1]);
  const left = tf.concat([z, sq, ones], 2) as tf.Tensor3D;
  const right = tf.concat([z.mul(-2), ones, sq], 2) as tf.Tensor3D;
  const d2 = tf.matMul(left, right, false, true).relu();
  return distance === 'squared' ? d2 : d2.sqrt();
}

/** Penalties that rule pairs out of an argMax / argMin: for a P x K batch laid out by class. */
export interface BatchMasks {
  /** [b, b] BIG where j is not a positive of anchor i (same class, j != i), else 0. */
  notPos: Tensor;
  /** [b, b] BIG where j is not a negative of anchor i, else 0. */
  notNeg: Tensor;
}
/** Larger than any distance in a bounded embedding, small enough to keep float32 precision. */
export const BIG = 1e3;

export function batchMasks(labels: ArrayLike<number>): BatchMasks {
  const b = labels.length;
  const notPos = new Float32Array(b * b);
  const notNeg = new Float32Array(b * b);
  for (let i = 0; i < b; i++) {
    for (let j = 0; j < b; j++) {
      const same = labels[i] === labels[j];
      notPos[i * b + j] = same && i !== j ? 0 : BIG;
      notNeg[i * b + j] = same ? BIG : 0;
    }
  }
  return { notPos: tf.tensor2d(notPos, [b, b]), notNeg: tf.tensor2d(notNeg, [b, b]) };
}

export interface MineInputs {
  /** [m, b, b] distances on the current embeddings of m networks (no gradient needed). */
  d: Tensor;
  masks: BatchMasks;
  mining: Mining;
  /** Random positive and negative per anchor, [b] int32, drawn by the caller. */
  randomPos: Tensor;
  randomNeg: Tensor;
}

/**
 * One triplet per anchor: indices [m, b] (int32) of its positive and negative.
 *   random   : a random positive and a random negative;
 *   semi-hard: a random positive and the nearest negative farther than it. That negative is
 *              semi-hard, d(a,p) < d(a,n) < d(a,p) + margin, whenever one exists; if it lies
 *              beyond the margin the triplet is already satisfied and costs nothing; if every
 *              negative is closer than the positive, the farthest negative is taken (as
 *              TensorFlow Addons' triplet_semihard_loss does);
 *   hard     : the farthest positive and the nearest negative (batch-hard).
 */
export function mineTriplets({ d, masks, mining, randomPos, randomNeg }: MineInputs): { p: Tensor; n: Tensor } {
  const [m, b] = d.shape;
  const tileM = (t: Tensor) => t.reshape([1, b]).tile([m, 1]);
  if (mining === 'random') return { p: tileM(randomPos), n: tileM(randomNeg) };
  if (mining === 'hard') return { p: d.sub(masks.notPos).argMax(2), n: d.add(masks.notNeg).argMin(2) };
  const p = tileM(randomPos);
  const dAP = d.mul(tf.oneHot(p, b!).toFloat()).sum(2, true); // [m, b, 1]
  // d(a,p) copied along each row by an outer product (no slow [m, b, 1] broadcast).
  const dAPRows = tf.matMul(dAP as tf.Tensor3D, tf.ones([m, 1, b!]) as tf.Tensor3D);
  const beyond = tf.step(d.sub(dAPRows)); // 1 where d(a,n) > d(a,p)
  // Beyond the positive: score d (nearest wins); otherwise 2 BIG - d (farthest wins, and only
  // if nothing is beyond); not a negative: + BIG.
  const score = beyond.mul(d).add(beyond.neg().add(1).mul(d.neg().add(2 * BIG))).add(masks.notNeg);
  return { p, n: score.argMin(2) };
}
