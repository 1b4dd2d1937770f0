/**
 * The "learn" mode of the self-attention demo: one single-head attention layer, trained
 * live in tfjs on a toy task whose right attention pattern is known, so the reader can
 * watch the heat map converge to it.
 *
 *   x = E[token] + P[position] (+ D[digit])   learned embeddings
 *   A = softmax(x Wq (x Wk)^T / sqrt(d_k))      (causal mask for 'previous')
 *   logits = A (x Wv) Wo + b
 *
 * Tasks (the correct key for query i in brackets):
 *   reverse  - output the sequence reversed: out_i = token_{L-1-i}            [L-1-i]
 *   previous - causal; output the previous token: out_i = token_{i-1}        [i-1]
 *   twin     - tokens are a letter and a digit ("C5"); every letter appears
 *              twice; output the digit of the other token with your letter    [the twin]
 * The layer has no residual path, so the only way to the answer is to attend to the
 * correct position: by position in 'reverse' and 'previous', by content in 'twin'.
 * (A twin task that output the twin's *position* was solved without attending to the
 * twin: the head spread its weight over every other letter and read the gap.)
 */
import { tf } from '$lib/ml/core/tf';
import type { Tensor, Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Trainer } from '$lib/ml/core/trainer';

export const TASKS = ['reverse', 'previous', 'twin'] as const;
export type AttentionTask = (typeof TASKS)[number];

export interface AttentionTaskParams {
  task: AttentionTask;
  /** Sequence length L. */
  seqLen: number;
  /** Number of distinct tokens. */
  vocab: number;
  /** Width of queries, keys and values. */
  dK: number;
  /** Adam learning rate (live). */
  lr: number;
}

export const TASK_DEFAULTS: AttentionTaskParams = { task: 'reverse', seqLen: 8, vocab: 8, dK: 16, lr: 0.01 };
export const D_MODEL = 32;
const BATCH = 16;
const HELD_OUT = 64;
const MASKED = -1e9;
/** In 'twin', each token also carries a digit 0..TWIN_VALUES-1; the target is its twin's digit. */
export const TWIN_VALUES = 8;

export interface AttentionTaskSnapshot {
  task: AttentionTask;
  step: number;
  /** Labels of the display sequence: letters, or letter + digit in 'twin'. */
  tokens: string[];
  /** Per row of the display sequence: the right output, and the model's (letter or digit). */
  expected: string[];
  predicted: string[];
  /** L x L attention weights on the display sequence (row = query). */
  weights: number[][];
  /** Per query row of the display sequence, the correct key position; -1 where none. */
  targets: number[];
  /** Held-out cross-entropy. */
  loss: number;
  /** Loss of the last training batch (NaN before the first step). */
  trainLoss: number;
  /** Mean attention weight on the correct position, over the held-out set. */
  targetWeight: number;
  /** Held-out accuracy of the predicted outputs. */
  accuracy: number;
}

export interface Batch {
  tokens: number[]; // B * L token ids
  values: number[]; // B * L digits carried by the tokens ('twin' only, else 0)
  labels: number[]; // B * L output classes (0 where unused)
  targets: number[]; // B * L correct key positions, -1 where the row is not scored
}

/** Resolve and clamp whatever values object the runner passes. */
export function taskParams(p: Partial<AttentionTaskParams>): AttentionTaskParams {
  const task = TASKS.includes(p.task as AttentionTask) ? (p.task as AttentionTask) : TASK_DEFAULTS.task;
  const int = (v: unknown, lo: number, hi: number, d: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : d;
  let seqLen = int(p.seqLen, 4, 16, TASK_DEFAULTS.seqLen);
  if (task === 'twin') seqLen -= seqLen % 2;
  const minVocab = task === 'twin' ? seqLen / 2 : 2;
  const vocab = int(p.vocab, minVocab, 26, Math.max(TASK_DEFAULTS.vocab, minVocab));
  const lr = typeof p.lr === 'number' && p.lr > 0 && Number.isFinite(p.lr) ? p.lr : TASK_DEFAULTS.lr;
  return { task, seqLen, vocab, dK: int(p.dK, 1, 256, TASK_DEFAULTS.dK), lr };
}

/** Draw n sequences of the task with their labels and correct positions. */
export function makeBatch(p: AttentionTaskParams, n: number, rng: Rng): Batch {
  const L = p.seqLen;
  const b: Batch = { tokens: [], values: [], labels: [], targets: [] };
  for (let s = 0; s < n; s++) {
    let seq: number[];
    let target: number[];
    let label: number[];
    let values: number[] = new Array<number>(L).fill(0);
    if (p.task === 'twin') {
      values = Array.from({ length: L }, () => rng.int(TWIN_VALUES));
      const symbols = rng.shuffle(Array.from({ length: p.vocab }, (_, i) => i)).slice(0, L / 2);
      const pos = rng.shuffle(Array.from({ length: L }, (_, i) => i));
      seq = new Array<number>(L);
      target = new Array<number>(L);
      symbols.forEach((sym, j) => {
        const [a, c] = [pos[2 * j], pos[2 * j + 1]];
        seq[a] = seq[c] = sym;
        target[a] = c;
        target[c] = a;
      });
      label = target.map((t) => values[t]);
    } else {
      seq = Array.from({ length: L }, () => rng.int(p.vocab));
      target = seq.map((_, i) => (p.task === 'reverse' ? L - 1 - i : i - 1));
      label = target.map((t) => (t >= 0 ? seq[t] : 0));
    }
    b.tokens.push(...seq);
    b.values.push(...values);
    b.labels.push(...label);
    b.targets.push(...target);
  }
  return b;
}

export const tokenLabel = (id: number): string => String.fromCharCode(65 + id);

class AttentionTaskTrainer implements Trainer<AttentionTaskParams, AttentionTaskSnapshot> {
  private p: AttentionTaskParams;
  private readonly vars: Variable[];
  private readonly emb: Variable;
  private readonly pos: Variable;
  private readonly valEmb: Variable | null;
  private readonly wq: Variable;
  private readonly wk: Variable;
  private readonly wv: Variable;
  private readonly wo: Variable;
  private readonly bo: Variable;
  private readonly optimizer: tf.AdamOptimizer;
  private readonly dataRng: Rng;
  private readonly heldOut: Batch;
  private readonly nOut: number;
  private step = 0;
  private trainLoss = NaN;
  private disposed = false;

  constructor(params: Partial<AttentionTaskParams>, seed: number) {
    const p = (this.p = taskParams(params));
    const { seqLen: L, dK } = p;
    this.nOut = p.task === 'twin' ? TWIN_VALUES : p.vocab;
    const init = new Rng(seed);
    this.dataRng = new Rng(seed ^ 0x5bd1e995);
    this.heldOut = makeBatch(p, HELD_OUT, new Rng(seed ^ 0x27d4eb2f));
    // tidy frees the initial tensor; the variable keeps its own reference to the data.
    const v = (shape: number[], std: number) =>
      tf.tidy(() => tf.variable(tf.tensor(init.normals(shape.reduce((a, b) => a * b, 1), std), shape)));
    this.emb = v([p.vocab, D_MODEL], 1);
    this.pos = v([L, D_MODEL], 1);
    this.valEmb = p.task === 'twin' ? v([TWIN_VALUES, D_MODEL], 1) : null;
    this.wq = v([D_MODEL, dK], 1 / Math.sqrt(D_MODEL));
    this.wk = v([D_MODEL, dK], 1 / Math.sqrt(D_MODEL));
    this.wv = v([D_MODEL, dK], 1 / Math.sqrt(D_MODEL));
    this.wo = v([dK, this.nOut], 1 / Math.sqrt(dK));
    this.bo = v([this.nOut], 0);
    this.vars = [this.emb, this.pos, this.wq, this.wk, this.wv, this.wo, this.bo];
    if (this.valEmb) this.vars.push(this.valEmb);
    this.optimizer = tf.train.adam(p.lr);
  }

  /** Attention weights [n, L, L] and logits [n * L, nOut] for n sequences (call inside tidy). */
  private forward(b: Batch, n: number): { weights: Tensor; logits: Tensor } {
    const { seqLen: L, dK } = this.p;
    // One-hot times matrix, not tf.gather: gather's gradient (a segment sum) took most of
    // the step time on the cpu backend; a matmul's gradient is cheap.
    const embed = (ids: number[], table: Variable) =>
      tf.oneHot(tf.tensor1d(ids, 'int32'), table.shape[0]).matMul(table);
    let e = embed(b.tokens, this.emb);
    if (this.valEmb) e = e.add(embed(b.values, this.valEmb));
    const x = e.reshape([n, L, D_MODEL]).add(this.pos).reshape([n * L, D_MODEL]);
    const q = x.matMul(this.wq).reshape([n, L, dK]);
    const k = x.matMul(this.wk).reshape([n, L, dK]);
    const val = x.matMul(this.wv).reshape([n, L, dK]);
    let scores = tf.matMul(q, k, false, true).mul(1 / Math.sqrt(dK));
    if (this.p.task === 'previous') scores = scores.add(causalMask(L));
    const weights = tf.softmax(scores);
    const logits = tf.matMul(weights, val).reshape([n * L, dK]).matMul(this.wo).add(this.bo);
    return { weights, logits };
  }

  /** Mean cross-entropy over the scored rows. */
  private loss(b: Batch, n: number): { loss: Tensor; weights: Tensor; logits: Tensor } {
    const { weights, logits } = this.forward(b, n);
    const rowMask = tf.tensor1d(b.targets.map((t) => (t >= 0 ? 1 : 0)));
    const nll = tf.logSoftmax(logits).mul(tf.oneHot(tf.tensor1d(b.labels, 'int32'), this.nOut)).sum(1).neg();
    return { loss: nll.mul(rowMask).sum().div(rowMask.sum()), weights, logits };
  }

  async train(steps: number): Promise<Record<string, number>> {
    if (this.disposed) throw new Error('trainer disposed');
    let last: Tensor | null = null;
    for (let s = 0; s < steps; s++) {
      const batch = makeBatch(this.p, BATCH, this.dataRng);
      const f = () => this.loss(batch, BATCH).loss as tf.Scalar;
      // Only the last step returns its loss (kept out of the tidy, read back once below).
      if (s === steps - 1) last = tf.tidy(() => this.optimizer.minimize(f, true) as tf.Scalar);
      else tf.tidy(() => void this.optimizer.minimize(f, false));
      this.step++;
    }
    if (last) {
      this.trainLoss = (await last.data())[0];
      last.dispose();
    } else if (Number.isNaN(this.trainLoss)) {
      return { step: this.step }; // train(0) before any step: no loss yet (NaN would read as diverged)
    }
    return { step: this.step, loss: this.trainLoss };
  }

  async snapshot(): Promise<AttentionTaskSnapshot> {
    if (this.disposed) throw new Error('trainer disposed');
    const { seqLen: L } = this.p;
    const b = this.heldOut;
    const [lossT, weightsT, predT] = tf.tidy(() => {
      const { loss, weights, logits } = this.loss(b, HELD_OUT);
      return [loss, weights, logits.argMax(1)];
    });
    const [lossA, w, pred] = await Promise.all([lossT.data(), weightsT.data(), predT.data()]);
    tf.dispose([lossT, weightsT, predT]);
    let wSum = 0;
    let correct = 0;
    let rows = 0;
    for (let r = 0; r < HELD_OUT * L; r++) {
      const t = b.targets[r];
      if (t < 0) continue;
      rows++;
      wSum += w[r * L + t];
      if (pred[r] === b.labels[r]) correct++;
    }
    const weights = Array.from({ length: L }, (_, i) => Array.from(w.subarray(i * L, (i + 1) * L)));
    const twin = this.p.task === 'twin';
    const outLabel = (y: number) => (twin ? String(y) : tokenLabel(y));
    return {
      task: this.p.task,
      step: this.step,
      tokens: b.tokens.slice(0, L).map((t, i) => (twin ? tokenLabel(t) + b.values[i] : tokenLabel(t))),
      expected: b.labels.slice(0, L).map((y, i) => (b.targets[i] < 0 ? '' : outLabel(y))),
      predicted: Array.from(pred.subarray(0, L) as Int32Array, (y, i) => (b.targets[i] < 0 ? '' : outLabel(y))),
      weights,
      targets: b.targets.slice(0, L),
      loss: lossA[0],
      trainLoss: this.trainLoss,
      targetWeight: wSum / rows,
      accuracy: correct / rows
    };
  }

  setParams(params: Partial<AttentionTaskParams>): void {
    if (typeof params.lr === 'number' && params.lr > 0 && Number.isFinite(params.lr)) {
      this.p = { ...this.p, lr: params.lr };
      // Adam reads its learning rate on every step; the field is protected in the typings only.
      (this.optimizer as unknown as { learningRate: number }).learningRate = params.lr;
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.optimizer.dispose();
    tf.dispose(this.vars);
  }
}

/** L x L additive mask: 0 on and below the diagonal, a large negative number above it. */
function causalMask(L: number): Tensor {
  const m = new Float32Array(L * L);
  for (let i = 0; i < L; i++) for (let j = i + 1; j < L; j++) m[i * L + j] = MASKED;
  return tf.tensor2d(m, [L, L]);
}

/** Build a trainer; `params` may be the demo's whole values object (unknown keys are ignored). */
export function createAttentionTrainer(
  params: Partial<AttentionTaskParams>,
  seed: number
): Trainer<AttentionTaskParams, AttentionTaskSnapshot> {
  return new AttentionTaskTrainer(params, seed);
}
