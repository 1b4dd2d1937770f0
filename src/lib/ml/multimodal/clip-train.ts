/**
 * Training a ClipModel on paired data: the images are prepared once (windows) and kept with
 * the bags of words as typed arrays; each step draws a batch of distinct pairs from a seeded Rng,
 * takes one Adam step on the symmetric CLIP loss and clamps the logit scale. Only the last
 * step of train(n) is read back. Owns the model it is given and frees it in dispose().
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import { Rng } from '../core/random';
import { makeOptimizer, type Optimizer } from '../optim/optimizers';
import type { ClipModel } from './clip';
import { sampleIndices } from './data';
import { bagsOf } from './data';
import { VOCAB_SIZE } from './vocab';

/** Rows idx of a row-major array with `width` values per row. */
export function takeRows(a: Float32Array, idx: ArrayLike<number>, width: number): Float32Array {
  const out = new Float32Array(idx.length * width);
  for (let i = 0; i < idx.length; i++) out.set(a.subarray(idx[i] * width, (idx[i] + 1) * width), i * width);
  return out;
}

export interface PairArrays {
  n: number;
  /** n images, NHWC. */
  images: Float32Array;
  /** n bags of words, [n, VOCAB_SIZE]. */
  bags: Float32Array;
}

export interface ClipTrainingOptions {
  /** Adam learning rate (default 0.01). */
  lr?: number;
  /** Pairs per batch (default 32). */
  batch?: number;
  /** Variables to train (default: all the model's). */
  vars?: Variable[];
}

export interface ClipMetrics {
  loss: number;
  imageToText: number;
  textToImage: number;
  temperature: number;
}

export class ClipTraining {
  readonly model: ClipModel;
  steps = 0;
  private readonly rng: Rng;
  private readonly opt: Optimizer;
  private readonly vars: Variable[];
  private windows!: Float32Array;
  private bags!: Float32Array;
  private n = 0;
  batch: number;

  constructor(model: ClipModel, seed: number, data: PairArrays, opts: ClipTrainingOptions = {}) {
    this.model = model;
    this.rng = new Rng(seed);
    this.batch = opts.batch ?? 32;
    this.vars = opts.vars ?? model.variables;
    this.opt = makeOptimizer('adam', this.vars, opts.lr ?? 0.01, { beta1: 0.9 });
    this.setData(data);
  }

  /** Train on other pairs from now on (the model and optimiser state are kept). */
  setData(data: PairArrays): void {
    this.n = data.n;
    this.windows = this.model.image.prepare(data.images, data.n);
    this.bags = data.bags;
  }

  get lr(): number {
    return this.opt.lr;
  }
  set lr(v: number) {
    this.opt.lr = v;
  }

  /** One step; with `report`, returns [loss, imageToText, textToImage, temperature]. */
  step(report = false): Tensor | undefined {
    const idx = sampleIndices(this.rng, this.n, this.batch);
    // Batches are copied in JavaScript: tf.gather is slow on the cpu backend.
    const [pos, f] = this.model.image.prepared;
    const xs = takeRows(this.windows, idx, pos * f);
    const bs = takeRows(this.bags, idx, VOCAB_SIZE);
    return tf.tidy(() => {
      const x = tf.tensor3d(xs, [idx.length, pos, f]);
      const b = tf.tensor2d(bs, [idx.length, VOCAB_SIZE]);
      let parts: Tensor | undefined;
      const { grads } = tf.variableGrads(() => {
        const l = this.model.loss(x, b);
        if (report) parts = tf.keep(tf.stack([l.loss, l.imageToText, l.textToImage]));
        return l.loss as tf.Scalar;
      }, this.vars);
      this.opt.step(this.vars.map((v) => grads[v.name]));
      this.model.clamp();
      this.steps++;
      if (!parts) return undefined;
      const out = tf.concat([parts, this.model.logScale.neg().exp().reshape([1])]);
      parts.dispose();
      return out;
    });
  }

  /** Run `steps` steps; the metrics of the last one. */
  async train(steps: number): Promise<ClipMetrics | null> {
    let t: Tensor | undefined;
    for (let s = 0; s < steps; s++) {
      t?.dispose();
      t = this.step(s === steps - 1);
    }
    if (!t) return null;
    const [loss, imageToText, textToImage, temperature] = await t.data();
    t.dispose();
    return { loss, imageToText, textToImage, temperature };
  }

  async temperature(): Promise<number> {
    const t = tf.tidy(() => this.model.logScale.neg().exp());
    const v = (await t.data())[0];
    t.dispose();
    return v;
  }

  /** Unit embeddings of n images (NHWC), as rows. */
  async embedImages(images: Float32Array, n: number): Promise<number[][]> {
    const [pos, f] = this.model.image.prepared;
    const t = tf.tidy(() => this.model.embedImages(tf.tensor3d(this.model.image.prepare(images, n), [n, pos, f])));
    const rows = (await t.array()) as number[][];
    t.dispose();
    return rows;
  }

  /** Unit embeddings of bags of words [n, VOCAB_SIZE], or of texts (tokenised here). */
  async embedTexts(texts: Float32Array | readonly string[]): Promise<number[][]> {
    const bags = texts instanceof Float32Array ? texts : bagsOf(texts);
    const n = bags.length / VOCAB_SIZE;
    if (n === 0) return [];
    const t = tf.tidy(() => this.model.embedTexts(tf.tensor2d(bags, [n, VOCAB_SIZE])));
    const rows = (await t.array()) as number[][];
    t.dispose();
    return rows;
  }

  dispose(): void {
    this.opt.dispose();
    this.model.dispose();
  }
}
