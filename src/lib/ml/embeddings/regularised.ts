/**
 * Skip-gram with negative sampling and the three usual regularisers of an embedding table,
 * with a held-out loss. The SGNS loss and its hand-written gradient are those of
 * ./skipgram.ts (Mikolov et al. 2013, eq. 4); what this file adds:
 *
 *   - L2 as decoupled weight decay (Loshchilov & Hutter 2019, "Decoupled Weight Decay
 *     Regularization"): after each Adam step both tables shrink by W <- W (1 - lr * l2).
 *     This is the minimiser of loss + (l2 / 2) ||W||^2 for plain SGD, and the form that
 *     keeps its meaning under Adam (Adam would rescale an L2 gradient row by row);
 *   - dropout on the centre vector (Srivastava et al. 2014, inverted: kept coordinates are
 *     scaled by 1 / (1 - p), so nothing changes at evaluation);
 *   - Gaussian noise of standard deviation sigma added to the centre vector during training.
 *
 * With the centre vector h = (v_c + sigma eps) * m / (1 - p), S = h U^T and
 * G = sigmoid(S) (P + N) - P as in ./skipgram.ts: dL/dU = G^T h / B and
 * dL/dv_c = (G U / B) * m / (1 - p). With l2 = dropout = noise = 0 the update is the one of
 * SkipGram. Training pairs come from the training sentences only; `pairSet` freezes a set of
 * pairs with their negatives so a loss can be compared across steps (train vs held out).
 *
 * Seeded: weights, batches and negatives from one Rng, dropout masks and noise from a second
 * one, so two instances with the same seed and different regularisers see the same batches.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import { Rng } from '../core/random';
import { ownedVariable } from '../nn/mlp';
import type { Vocab } from './corpus';
import { DiscreteSampler, noiseDistribution, skipGramPairs } from './sampling';
import type { WordVectors } from './vectors';

export interface RegularisedOptions {
  dim: number;
  window: number;
  negatives: number;
  batch?: number;
  lr?: number;
  /** Decoupled weight decay per unit learning rate (0: off). */
  l2?: number;
  /** Dropout probability on the centre vector (0: off). */
  dropout?: number;
  /** Standard deviation of Gaussian noise on the centre vector (0: off). */
  noise?: number;
}

/** Frozen (centre, context, negative counts) triples for evaluation. */
export interface PairSet {
  c: Int32Array;
  x: Int32Array;
  /** [n, V] negative counts. */
  neg: Float32Array;
}

let instances = 0;

/** All window pairs of `ids` (full window), each with `negatives` noise words drawn once; at most `max` pairs. */
export function pairSet(ids: number[][], vocab: Vocab, opts: { window: number; negatives: number; max: number }, seed: number): PairSet {
  const rng = new Rng(seed);
  const { centres, contexts } = skipGramPairs(ids, rng, { window: opts.window, dynamicWindow: false });
  const order = Array.from({ length: centres.length }, (_, i) => i);
  rng.shuffle(order);
  const n = Math.min(opts.max, order.length);
  const v = vocab.words.length;
  const sampler = new DiscreteSampler(noiseDistribution(vocab.counts));
  const c = new Int32Array(n);
  const x = new Int32Array(n);
  const neg = new Float32Array(n * v);
  for (let i = 0; i < n; i++) {
    c[i] = centres[order[i]];
    x[i] = contexts[order[i]];
    for (let j = 0; j < opts.negatives; j++) {
      const w = sampler.sample(rng);
      if (w !== x[i]) neg[i * v + w] += 1;
    }
  }
  return { c, x, neg };
}

export class RegularisedSkipGram {
  readonly win: Variable;
  readonly wout: Variable;
  readonly dim: number;
  readonly batch: number;
  l2: number;
  dropout: number;
  noise: number;
  lr: number;
  private readonly opt: tf.AdamOptimizer;
  private readonly rng: Rng;
  private readonly regRng: Rng;
  private readonly sampler: DiscreteSampler;
  private centres = new Int32Array(0);
  private contexts = new Int32Array(0);
  private cursor = 0;
  epochs = 0;

  constructor(
    readonly vocab: Vocab,
    private readonly trainIds: number[][],
    private readonly opts: RegularisedOptions,
    seed: number
  ) {
    this.rng = new Rng(seed);
    this.regRng = new Rng(seed + 7919);
    this.dim = opts.dim;
    this.batch = opts.batch ?? 64;
    this.lr = opts.lr ?? 0.02;
    this.l2 = opts.l2 ?? 0;
    this.dropout = opts.dropout ?? 0;
    this.noise = opts.noise ?? 0;
    this.sampler = new DiscreteSampler(noiseDistribution(vocab.counts));
    const v = vocab.words.length;
    const init = Float32Array.from({ length: v * this.dim }, () => (this.rng.next() - 0.5) / this.dim);
    const id = ++instances;
    this.win = ownedVariable(tf.tensor2d(init, [v, this.dim]), `regsg/in/${id}`);
    this.wout = ownedVariable(tf.zeros([v, this.dim]), `regsg/out/${id}`);
    this.opt = tf.train.adam(this.lr);
  }

  get vocabSize(): number {
    return this.vocab.words.length;
  }

  setLr(lr: number): void {
    this.lr = lr;
    (this.opt as unknown as { learningRate: number }).learningRate = lr;
  }

  private nextBatch(): PairSet {
    const b = this.batch;
    const v = this.vocabSize;
    const c = new Int32Array(b);
    const x = new Int32Array(b);
    const neg = new Float32Array(b * v);
    for (let i = 0; i < b; i++) {
      if (this.cursor >= this.centres.length) {
        if (this.centres.length) this.epochs++;
        const p = skipGramPairs(this.trainIds, this.rng, { window: this.opts.window });
        const order = Array.from({ length: p.centres.length }, (_, k) => k);
        this.rng.shuffle(order);
        this.centres = Int32Array.from(order, (k) => p.centres[k]);
        this.contexts = Int32Array.from(order, (k) => p.contexts[k]);
        this.cursor = 0;
      }
      c[i] = this.centres[this.cursor];
      x[i] = this.contexts[this.cursor++];
      for (let j = 0; j < this.opts.negatives; j++) {
        const n = this.sampler.sample(this.rng);
        if (n !== x[i]) neg[i * v + n] += 1;
      }
    }
    return { c, x, neg };
  }

  /** One training step (synchronous; call outside or inside tidy, it tidies itself). */
  step(): void {
    const { c, x, neg } = this.nextBatch();
    const b = this.batch;
    const d = this.dim;
    const p = this.dropout;
    const sigma = this.noise;
    // Masks and noise from their own stream, drawn only when used.
    const scale = p > 0 ? Float32Array.from({ length: b * d }, () => (this.regRng.next() < p ? 0 : 1 / (1 - p))) : null;
    const eps = sigma > 0 ? Float32Array.from({ length: b * d }, () => sigma * this.regRng.normal()) : null;
    tf.tidy(() => {
      const v = this.vocabSize;
      const ct = tf.tensor1d(c, 'int32');
      let h: Tensor = tf.gather(this.win, ct);
      if (eps) h = tf.add(h, tf.tensor2d(eps, [b, d]));
      const m = scale ? tf.tensor2d(scale, [b, d]) : null;
      if (m) h = tf.mul(h, m);
      const s = tf.matMul(h, this.wout, false, true);
      const pos = tf.oneHot(tf.tensor1d(x, 'int32'), v).toFloat();
      const g = tf.sub(tf.mul(tf.sigmoid(s), tf.add(pos, tf.tensor2d(neg, [b, v]))), pos);
      const gout = tf.matMul(g, h, true, false).div(b);
      let gh: Tensor = tf.matMul(g, this.wout).div(b);
      if (m) gh = tf.mul(gh, m);
      const gin = tf.matMul(tf.oneHot(ct, v).toFloat(), gh, true, false);
      this.opt.applyGradients([{ name: this.win.name, tensor: gin }, { name: this.wout.name, tensor: gout }]);
      if (this.l2 > 0) {
        const k = 1 - this.lr * this.l2;
        this.win.assign(tf.mul(this.win, k));
        this.wout.assign(tf.mul(this.wout, k));
      }
    });
  }

  /** Mean SGNS loss per pair on a frozen set, without dropout or noise (call inside tidy). */
  lossOn(set: PairSet): tf.Scalar {
    const n = set.c.length;
    const v = this.vocabSize;
    const s = tf.matMul(tf.gather(this.win, tf.tensor1d(set.c, 'int32')), this.wout, false, true);
    const pos = tf.oneHot(tf.tensor1d(set.x, 'int32'), v).toFloat();
    return tf.add(tf.mul(pos, tf.softplus(tf.neg(s))), tf.mul(tf.tensor2d(set.neg, [n, v]), tf.softplus(s))).sum().div(n) as tf.Scalar;
  }

  /** Euclidean norm of every input vector [V] (call inside tidy). */
  norms(): Tensor {
    return tf.sqrt(tf.sum(tf.square(this.win), 1));
  }

  vectorsSync(): WordVectors {
    return { words: [...this.vocab.words], dim: this.dim, data: Float32Array.from(this.win.dataSync() as Float32Array) };
  }

  dispose(): void {
    this.win.dispose();
    this.wout.dispose();
    this.opt.dispose();
  }
}
