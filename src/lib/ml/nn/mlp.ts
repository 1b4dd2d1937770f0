/**
 * A small fully connected network (MLP) whose weights are tf.Variables it owns, and the
 * helper every engine uses for variables: `ownedVariable` frees its initial tensor.
 * Weights are drawn from a seeded Rng (LeCun normal, std 1/sqrt(fan-in)); biases start at 0.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';

export type Activation = 'relu' | 'leakyRelu' | 'tanh';
export type OutputActivation = 'linear' | 'tanh' | 'sigmoid';

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

  /** Forward pass; call inside tf.tidy. */
  apply(x: Tensor): Tensor {
    let h = x;
    const last = this.weights.length - 1;
    for (let l = 0; l <= last; l++) {
      h = tf.add(tf.matMul(h, this.weights[l]), this.biases[l]);
      h = activate(h, l === last ? this.outputActivation : this.activation);
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
