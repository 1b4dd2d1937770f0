/**
 * The embedding network: DIM -> HIDDEN (tanh) -> 2, then squashed into the open unit disc,
 * z = u / sqrt(1 + |u|^2). The bound gives the margin a fixed scale to act against, the role
 * L2-normalisation plays in FaceNet: Euclidean distances are below 2 (squared below 4), so a
 * margin of 2 or more can never be met. Without a bound the network could meet any margin
 * just by scaling the embedding up, and the margin would only set the scale.
 *
 * m copies of the network (m = 1, or 2 for the margin comparison) are stacked in two
 * variables and run as one batched forward pass: on tfjs' cpu backend the per-op and
 * per-variable (Adam) overheads dominate these tiny models. Biases ride along as a column of
 * ones (the cpu backend is slow at broadcasting [m, 1, H] over [m, b, H], fast at matMul).
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';

export const HIDDEN = 32;

/** Append a column of ones: x [..., d] -> [..., d + 1]. */
export function withOnes(x: Tensor): Tensor {
  return tf.concat([x, tf.ones([...x.shape.slice(0, -1), 1])], -1);
}

export class Embedder {
  /** [m, dim + 1, H] and [m, H + 1, 2]: each copy's weights with its bias as the last row. */
  readonly w1: Variable;
  readonly w2: Variable;
  readonly copies: number;
  private readonly dim: number;

  /** All copies start from the same seeded weights (biases 0). */
  constructor(rng: Rng, dim: number, copies: number) {
    this.dim = dim;
    this.copies = copies;
    const w1 = rng.normals(dim * HIDDEN, 1 / Math.sqrt(dim));
    const w2 = rng.normals(HIDDEN * 2, 1 / Math.sqrt(HIDDEN));
    const stack = (w: Float32Array, rows: number, cols: number) => {
      const one = new Float32Array((rows + 1) * cols);
      one.set(w); // the last row, the bias, stays 0
      const all = new Float32Array(one.length * copies);
      for (let c = 0; c < copies; c++) all.set(one, c * one.length);
      return tf.tidy(() => tf.variable(tf.tensor3d(all, [copies, rows + 1, cols]), true));
    };
    this.w1 = stack(w1, dim, HIDDEN);
    this.w2 = stack(w2, HIDDEN, 2);
  }

  get vars(): Variable[] {
    return [this.w1, this.w2];
  }

  /** xAug [b, dim + 1] (inputs with a ones column, see withOnes) -> embeddings [m, b, 2]. */
  apply(xAug: Tensor): Tensor {
    const m = this.copies;
    const [b, d1] = xAug.shape;
    let xt = xAug.reshape([1, b, d1]);
    if (m > 1) xt = xt.tile([m, 1, 1]);
    const h = tf.matMul(xt as tf.Tensor3D, this.w1 as tf.Tensor3D).tanh();
    const u = tf.matMul(withOnes(h) as tf.Tensor3D, this.w2 as tf.Tensor3D);
    return u.mul(u.square().sum(-1, true).add(1).rsqrt());
  }

  dispose() {
    this.w1.dispose();
    this.w2.dispose();
  }
}
