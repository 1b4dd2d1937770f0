/** vl-pretrain's shared pieces: a softmax classification head on an encoder's output, one Adam step, accuracy. */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { varName } from '$lib/ml/multimodal/encoders';

export { SIDE } from './shared';

/** A linear head [inWidth -> classes], zero-initialised (so copies start equal). */
export class Head {
  readonly w: Variable;
  readonly b: Variable;
  constructor(inWidth: number, readonly classes: number, name: string) {
    this.w = ownedVariable(tf.zeros([inWidth, classes]), varName(`${name}/w`));
    this.b = ownedVariable(tf.zeros([classes]), varName(`${name}/b`));
  }
  logits(x: Tensor): Tensor {
    return x.matMul(this.w).add(this.b);
  }
  get variables(): Variable[] {
    return [this.w, this.b];
  }
  dispose(): void {
    this.w.dispose();
    this.b.dispose();
  }
}

/** Mean softmax cross-entropy of logits [B, C] against integer labels. */
export function crossEntropy(logits: Tensor, labels: Int32Array | number[], classes: number): Tensor {
  const y = tf.oneHot(tf.tensor1d(Array.from(labels), 'int32'), classes);
  return tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(logits)), 1)));
}

/** Share of rows whose argmax equals the label. */
export function argmaxAccuracy(logits: Float32Array | Int32Array | Uint8Array, rows: number, classes: number, labels: ArrayLike<number>): { acc: number; pred: number[] } {
  const pred: number[] = [];
  let ok = 0;
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (logits[i * classes + c] > logits[i * classes + best]) best = c;
    pred.push(best);
    if (best === labels[i]) ok++;
  }
  return { acc: rows ? ok / rows : NaN, pred };
}

/** Append (step, value) to a history, halving it when it grows past `max` points. */
export function pushHistory(h: { step: number[]; values: number[][] }, step: number, values: number[], max = 200): void {
  if (h.step[h.step.length - 1] === step) return;
  h.step.push(step);
  h.values.push(values);
  if (h.step.length > max) {
    const keep = (_: unknown, i: number) => i % 2 === 0 || i === h.step.length - 1;
    h.step = h.step.filter(keep);
    h.values = h.values.filter(keep);
  }
}
