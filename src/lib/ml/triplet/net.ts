/**
 * The embedding network: DIM -> HIDDEN (tanh) -> 2, then squashed into the open unit disc,
 * z = u / sqrt(1 + |u|^2). The bound gives the margin a fixed scale to act against, the role
 * L2-normalisation plays in FaceNet: Euclidean distances are below 2 (squared below 4), so a
 * margin of 2 or more can never be met. Without a bound the network could meet any margin
 * just by scaling the embedding up, and the margin would only set the scale.
 *
 * m copies of the network (m = 1, or 2 for the margin comparison) live in ONE packed variable
 * [m, P] and run as one batched forward pass: on tfjs' cpu backend the per-op and
 * per-variable (Adam) overheads dominate these tiny models.
 */
import { tf, type Tensor, type Variable } from '../tf';
import { Rng } from '../random';

export const HIDDEN = 32;

export class Embedder {
  readonly theta: Variable;
  readonly copies: number;
  private readonly dim: number;

  /** All copies start from the same seeded weights. */
  constructor(rng: Rng, dim: number, copies: number) {
    this.dim = dim;
    this.copies = copies;
    const w1 = rng.normals(dim * HIDDEN, 1 / Math.sqrt(dim));
    const w2 = rng.normals(HIDDEN * 2, 1 / Math.sqrt(HIDDEN));
    const one = new Float32Array(this.size);
    one.set(w1, 0);
    one.set(w2, dim * HIDDEN + HIDDEN);
    const all = new Float32Array(this.size * copies);
    for (let c = 0; c < copies; c++) all.set(one, c * this.size);
    this.theta = tf.tidy(() => tf.variable(tf.tensor2d(all, [copies, this.size]), true));
  }

  /** Parameters per copy: W1 [dim, H], b1 [H], W2 [H, 2], b2 [2]. */
  get size(): number {
    return this.dim * HIDDEN + HIDDEN + HIDDEN * 2 + 2;
  }

  /** x [b, dim] -> embeddings [copies, b, 2] in the unit disc. */
  apply(x: Tensor): Tensor {
    const m = this.copies;
    const [b] = x.shape;
    const d = this.dim;
    const [w1, b1, w2, b2] = tf.split(this.theta, [d * HIDDEN, HIDDEN, HIDDEN * 2, 2], 1);
    const xt = x.reshape([1, b, d]).tile([m, 1, 1]) as tf.Tensor3D;
    const h = tf.matMul(xt, w1.reshape([m, d, HIDDEN]) as tf.Tensor3D).add(b1.reshape([m, 1, HIDDEN])).tanh();
    const u = tf.matMul(h as tf.Tensor3D, w2.reshape([m, HIDDEN, 2]) as tf.Tensor3D).add(b2.reshape([m, 1, 2]));
    return u.mul(u.square().sum(-1, true).add(1).rsqrt());
  }

  dispose() {
    this.theta.dispose();
  }
}
