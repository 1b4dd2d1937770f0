/**
 * A small fully connected network (MLP) whose weights are tf.Variables it owns, and the
 * helper every engine uses for variables: `ownedVariable` frees its initial tensor.
 * Weights are drawn from a seeded Rng (LeCun normal, std 1/sqrt(fan-in)); biases start at 0.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';
import { colSum, reluGrad } from '../core/fused-ops';

export type Activation = 'relu' | 'leakyRelu' | 'tanh';
export type OutputActivation = 'linear' | 'tanh' | 'sigmoid';
/** Which gradients a layer computes: all, only its parameters' (x is data), only x's (the layer is held fixed). */
export type Grads = 'all' | 'params' | 'input';

export interface MlpSpec {
  input: number;
  hidden: number[];
  output: number;
  activation?: Activation;
  outputActivation?: OutputActivation;
}

function activate(x: Tensor, a: Activation | OutputActivation): Tensor {
  switch (a) {
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, 0.2);
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'linear':
      return x;
  }
}

/** A fully connected network whose weights are tf.Variables it owns. */
export class Mlp {
  readonly weights: Variable[] = [];
  readonly biases: Variable[] = [];
  readonly activation: Activation;
  readonly outputActivation: OutputActivation;

  constructor(readonly spec: MlpSpec, rng: Rng, name: string) {
    this.activation = spec.activation ?? 'relu';
    this.outputActivation = spec.outputActivation ?? 'linear';
    const sizes = [spec.input, ...spec.hidden, spec.output];
    for (let l = 0; l + 1 < sizes.length; l++) {
      const [fanIn, fanOut] = [sizes[l], sizes[l + 1]];
      const w = rng.normals(fanIn * fanOut, 1 / Math.sqrt(fanIn));
      // Unique names: several trainers may live in one page (or one test file).
      this.weights.push(ownedVariable(tf.tensor2d(w, [fanIn, fanOut]), `${name}/w${l}/${uid()}`));
      this.biases.push(ownedVariable(tf.zeros([fanOut]), `${name}/b${l}/${uid()}`));
    }
  }

  /**
   * Forward pass; call inside tf.tidy. `grads` says which gradients a backward pass may ask
   * for: 'all'; 'params' when x is data (the first layer computes no dx); 'input' when the
   * network is held fixed and only the gradient with respect to x is wanted (G's step through
   * D, the gradient arrows): no layer then computes dW or db.
   */
  apply(x: Tensor, grads: Grads = 'all'): Tensor {
    let h = x;
    const last = this.weights.length - 1;
    for (let l = 0; l <= last; l++) {
      const a = l === last ? this.outputActivation : this.activation;
      // relu runs inside the fused kernel; any other activation after it.
      h = dense(h, this.weights[l], this.biases[l], a === 'relu' ? 'relu' : 'linear', l === 0 || grads === 'input' ? grads : 'all');
      if (a !== 'relu') h = activate(h, a);
    }
    return h;
  }

  get variables(): Variable[] {
    return this.weights.flatMap((w, i) => [w, this.biases[i]]);
  }

  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}

/**
 * act(x W + b) for x [B, n], W [n, m], b [m] as one fused kernel (matMul, bias and relu in
 * one shader on WebGL: each kernel is a draw call there, and these layers are so small that
 * the calls, not the arithmetic, cost the time). tfjs's own tf.fused.matMul stops fusing the
 * activation while gradients are recorded; here the gradient is written out, as tfjs writes
 * it for its fused kernel: dZ = dy * step(y) (for relu; step(y) = step(x W + b) exactly, as
 * step(0) = 0), dx = dZ W^T, dW = x^T dZ, db = sum over the batch of dZ (dZ and db are one
 * kernel each on WebGL: reluGrad and colSum in core/fused-ops). `grads` (see Mlp.apply) drops
 * dx or dW and db. On the cpu backend the fused kernel is the same three ops, so the numbers
 * are bit for bit those of add(matMul(x, W), b) followed by relu.
 */
export function dense(x: Tensor, w: Tensor, b: Tensor, activation: 'relu' | 'linear', grads: Grads = 'all'): Tensor {
  const forward = (xi: Tensor, wi: Tensor, bi: Tensor) => {
    const [rows, n] = xi.shape as [number, number];
    const m = wi.shape[1] as number;
    const a = tf.reshape(xi, [1, rows, n]);
    const attrs = { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0 };
    const y = tf.engine().runKernel('_FusedMatMul', { a, b: tf.reshape(wi, [1, n, m]), bias: bi }, attrs) as Tensor;
    return tf.reshape(y, [rows, m]);
  };
  const wantX = grads !== 'params';
  const wantParams = grads !== 'input';
  const back = (dy: Tensor, xs: Tensor, ws: Tensor, ys: Tensor) => {
    const dz = activation === 'relu' ? reluGrad(dy, ys) : dy;
    return [
      ...(wantX ? [tf.matMul(dz, ws, false, true)] : []),
      ...(wantParams ? [tf.matMul(xs, dz, true, false), colSum(dz)] : [])
    ];
  };
  // Only the tensors whose gradients are wanted are inputs of the op; the others are closed
  // over, so no gradient flows to them and no kernel computes one. x is saved even where it
  // is not an input, so that it outlives the forward pass that may have made it (dW needs it).
  const op = tf.customGrad(((...a: unknown[]) => {
    const save = a.pop() as (ts: Tensor[]) => void;
    const ins = a as Tensor[];
    const xi = wantX ? ins[0] : x;
    const [wi, bi] = wantParams ? ins.slice(wantX ? 1 : 0) : [w, b];
    const y = forward(xi, wi, bi);
    save([xi, wi, y]);
    return { value: y, gradFunc: (dy: Tensor, [xs, ws, ys]: Tensor[]) => back(dy, xs, ws, ys) };
  }) as never) as (...t: Tensor[]) => Tensor;
  return op(...(wantX ? [x] : []), ...(wantParams ? [w, b] : []));
}

/** A trainable variable initialised from `init`, which it then frees (a variable keeps its own copy). */
export function ownedVariable(init: Tensor, name?: string, trainable = true): Variable {
  const v = tf.variable(init, trainable, name);
  init.dispose();
  return v;
}

let counter = 0;
function uid(): number {
  return ++counter;
}
