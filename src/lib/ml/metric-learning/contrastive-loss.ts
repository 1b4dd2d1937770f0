/**
 * The contrastive (pair) loss of Hadsell, Chopra & LeCun, "Dimensionality Reduction by
 * Learning an Invariant Mapping", CVPR 2006, eq. 4, with their labels (y = 0: the pair is
 * similar, y = 1: dissimilar) and D the Euclidean distance between the two embeddings:
 *
 *   L = (1 - y) * 1/2 * D^2  +  y * 1/2 * max(0, margin - D)^2.
 *
 * Similar pairs are pulled toward D = 0 whatever their distance; a dissimilar pair is pushed
 * only while it is closer than the margin, and once D >= margin its loss and gradient are
 * exactly zero. The margin is an absolute radius around each point (unlike the triplet
 * loss's, which is a gap between two distances). Plain-number reference here (the contract),
 * a tfjs version for training beside it.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';

export function contrastiveLoss(x1: number[], x2: number[], y: 0 | 1, margin: number): { distance: number; loss: number } {
  if (x1.length !== x2.length) throw new RangeError(`contrastiveLoss: lengths ${x1.length} and ${x2.length} differ`);
  const distance = Math.sqrt(x1.reduce((s, v, i) => s + (v - x2[i]) ** 2, 0));
  const loss = (1 - y) * 0.5 * distance ** 2 + y * 0.5 * Math.max(0, margin - distance) ** 2;
  return { distance, loss };
}

/**
 * Per-pair losses [..., n] in tfjs for embeddings a, b [..., n, d] and labels y [..., n] (0 or
 * 1, float), margin a number or a tensor broadcasting against [..., n]. The distance is
 * sqrt(sum (a - b)^2 + eps) so that its gradient exists at D = 0 (eps = 1e-12 changes D by
 * at most 1e-6).
 */
export function contrastiveLossTf(a: Tensor, b: Tensor, y: Tensor, margin: number | Tensor, eps = 1e-12): Tensor {
  const d2 = a.sub(b).square().sum(-1);
  const d = d2.add(eps).sqrt();
  const similar = tf.scalar(1).sub(y).mul(d2).mul(0.5);
  const dissimilar = y.mul(tf.relu(tf.sub(margin, d)).square()).mul(0.5);
  return similar.add(dissimilar);
}
