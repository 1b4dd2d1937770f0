/**
 * A small mixture of experts in tfjs for 2-D inputs (Shazeer et al. 2017; Switch routing,
 * Fedus et al. 2021): a linear router (gate) scores N experts per token, each token goes to
 * its top-k experts, an expert serves at most `capacity` tokens per batch (first choices
 * first, in token order; the rest are dropped), and the output is the gate-weighted sum
 * sum_{i kept} p_i(x) E_i(x), with p the router's softmax over all N experts (Switch / GShard
 * style: not renormalised over the chosen ones, so the gate is trained even with k = 1).
 * Experts are small MLPs (2 -> hidden -> outputs, tanh; hidden 0 = linear), stored side by
 * side so that all experts run in one matMul per layer.
 * The routing maths on plain numbers, and the tests it must agree with, are in routing.ts.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';
import { ownedVariable } from '../nn/mlp';

export interface MoeSpec {
  experts: number;
  /** Hidden units per expert (0: linear experts). */
  hidden: number;
  outputs: number;
}

export interface RouteOptions {
  k: number;
  /** Tokens each expert may take in this batch (Infinity: no limit). */
  capacity: number;
}

export interface Routing {
  /** Top-k choices before capacity, 0/1 [T, N]. */
  assigned: Tensor;
  /** Choices served (within capacity), 0/1 [T, N]. */
  kept: Tensor;
  k: number;
}

export interface MoeForward {
  /** [T, outputs] */
  out: Tensor;
  /** Router softmax [T, N]. */
  probs: Tensor;
  /** Top-k assignments before capacity, as a 0/1 mask [T, N]. */
  assigned: Tensor;
  /** Assignments served [T, N] (assigned minus the dropped ones). */
  kept: Tensor;
  /** Switch load-balancing term N sum_i f_i P_i (scalar; f from `assigned`, divided by k). */
  balance: Tensor;
}

let counter = 0;

/** A constant 0/1 matrix [rows, cols] with ones where on(r, c). */
const mask = (rows: number, cols: number, on: (r: number, c: number) => boolean) =>
  tf.tensor2d(Float32Array.from({ length: rows * cols }, (_, i) => (on(Math.floor(i / cols), i % cols) ? 1 : 0)), [rows, cols]);

export class MoeModel {
  readonly vars: Variable[];
  /** Router [3, N]: rows x, y, bias. */
  private gW: Variable;
  /** Experts' first layer [3, N*H] (or [3, N*C] when linear): rows x, y, bias. */
  private w1: Variable;
  /** Experts' second layer [N*H + 1, N*C] (last row: bias), used block-diagonally. */
  private w2: Variable | null = null;
  private consts: Tensor[];
  private block: Tensor | null = null;
  private expand: Tensor;
  private collect: Tensor;

  /**
   * gateScale / gateBiasScale: std of the router's initial weights and biases (small: all
   * experts look alike at first; larger: some start with a bigger share of the plane).
   * All experts live in 2-D matrices (the N experts side by side, the second layer
   * block-diagonal): tfjs's cpu backend is slow at broadcasting and transposing 3-D tensors,
   * and this keeps every op a plain matMul or an elementwise op on equal shapes.
   */
  constructor(readonly spec: MoeSpec, rng: Rng, gateScale = 0.1, gateBiasScale = 0) {
    const { experts: n, hidden: h, outputs: c } = spec;
    const id = ++counter;
    const v = (t: Tensor, name: string) => ownedVariable(t, `moe${id}/${name}`);
    const withBias = (w: Float32Array, b: Float32Array, cols: number) => tf.tensor2d(Float32Array.from([...w, ...b]), [w.length / cols + 1, cols]);
    this.gW = v(withBias(rng.normals(2 * n, gateScale), rng.normals(n, gateBiasScale), n), 'gW');
    if (h > 0) {
      this.w1 = v(withBias(rng.normals(2 * n * h, 1 / Math.SQRT2), Float32Array.from({ length: n * h }, () => rng.uniform(-1, 1)), n * h), 'w1');
      // Block e of w2 maps expert e's hidden units to expert e's outputs.
      const w2 = new Float32Array((n * h + 1) * n * c);
      for (let e = 0; e < n; e++) {
        const blk = rng.normals(h * c, 1 / Math.sqrt(h));
        for (let i = 0; i < h; i++) for (let j = 0; j < c; j++) w2[(e * h + i) * n * c + e * c + j] = blk[i * c + j];
      }
      this.w2 = v(tf.tensor2d(w2, [n * h + 1, n * c]), 'w2');
      this.block = mask(n * h + 1, n * c, (r, col) => r === n * h || Math.floor(r / h) === Math.floor(col / c));
    } else {
      this.w1 = v(withBias(rng.normals(2 * n * c, 1 / Math.SQRT2), new Float32Array(n * c), n * c), 'w1');
    }
    // expand [N, N*C]: a gate weight per expert copied to its C outputs; collect [N*C, C]: sum over experts.
    this.expand = mask(n, n * c, (e, col) => Math.floor(col / c) === e);
    this.collect = mask(n * c, c, (r, col) => r % c === col);
    this.consts = [this.expand, this.collect, ...(this.block ? [this.block] : [])];
    this.vars = [this.gW, this.w1, ...(this.w2 ? [this.w2] : [])];
  }

  private static withOnes(x: Tensor): Tensor {
    return tf.concat([x, tf.ones([x.shape[0], 1])], 1);
  }

  /** Router logits [T, N]; call inside tidy. */
  gateLogits(x: Tensor): Tensor {
    return tf.matMul(MoeModel.withOnes(x), this.gW);
  }

  /** Every expert on every token, side by side: [T, N*C] (expert e in columns e*C .. e*C + C - 1). */
  experts(x: Tensor): Tensor {
    const h = tf.matMul(MoeModel.withOnes(x), this.w1);
    if (!this.w2) return h;
    return tf.matMul(MoeModel.withOnes(tf.tanh(h)), tf.mul(this.w2, this.block!));
  }

  /**
   * The discrete routing decisions (top-k, then capacity) as 0/1 masks [T, N]. Not
   * differentiable (tfjs has no gradient for topk): call it outside tf.variableGrads and pass
   * the result to forward(), where only the router probabilities carry gradients.
   */
  route(x: Tensor, { k, capacity }: RouteOptions): Routing {
    const n = this.spec.experts;
    const T = x.shape[0];
    const logits = this.gateLogits(x);
    if (k === 1 && !Number.isFinite(capacity)) {
      const one = tf.oneHot(tf.argMax(logits, 1), n).toFloat();
      return { assigned: one, kept: one, k };
    }
    const { indices } = tf.topk(logits, k); // softmax is monotone: same order as the probabilities
    let assigned: Tensor = tf.zeros([T, n]);
    let kept: Tensor = tf.zeros([T, n]);
    let used: Tensor = tf.zeros([1, n]);
    for (let r = 0; r < k; r++) {
      const col = tf.reshape(tf.slice(indices, [0, r], [T, 1]), [T]);
      const choice = tf.oneHot(col, n).toFloat(); // [T, N]
      assigned = tf.add(assigned, choice);
      if (Number.isFinite(capacity)) {
        // Queue position of each token at its r-th expert: earlier tokens of this round plus
        // what earlier rounds already put there.
        const pos = tf.add(tf.cumsum(choice, 0, true), used);
        const served = tf.mul(choice, tf.less(pos, capacity).toFloat());
        used = tf.add(used, tf.sum(served, 0, true));
        kept = tf.add(kept, served);
      } else kept = tf.add(kept, choice);
    }
    return { assigned, kept, k };
  }

  /** Combine the experts under a routing; call inside tidy (inside variableGrads for training). */
  forward(x: Tensor, routing: Routing): MoeForward {
    const n = this.spec.experts;
    const probs = tf.softmax(this.gateLogits(x)); // [T, N]
    const weights = tf.mul(probs, routing.kept); // [T, N]
    const out = tf.matMul(tf.mul(tf.matMul(weights, this.expand), this.experts(x)), this.collect); // [T, C]
    const f = tf.div(tf.mean(routing.assigned, 0), routing.k); // [N], sums to 1
    const P = tf.mean(probs, 0);
    const balance = tf.mul(n, tf.sum(tf.mul(f, P)));
    return { out, probs, assigned: routing.assigned, kept: routing.kept, balance };
  }

  dispose(): void {
    for (const v of this.vars) v.dispose();
    for (const t of this.consts) t.dispose();
  }
}
