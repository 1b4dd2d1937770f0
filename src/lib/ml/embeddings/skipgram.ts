/**
 * Skip-gram with negative sampling (SGNS) in tfjs: Mikolov et al. 2013, "Distributed
 * Representations of Words and Phrases and their Compositionality", eq. 4. For a centre
 * word w with input vector v_w, a context word c with output vector u_c and k noise words
 * n_i ~ P_n (unigram^0.75), one pair's loss is
 *
 *     -log sigma(u_c . v_w) - sum_i log sigma(-u_{n_i} . v_w).
 *
 * Written densely for small vocabularies: a batch of B centres gives scores S = V_B U^T over
 * the whole vocabulary [B, |V|]; the positive is picked by a one-hot row, the negatives by a
 * row of counts (a word drawn twice counts twice; a draw equal to the positive context is
 * skipped, as in word2vec.c). Per-op overhead, not arithmetic, is what costs in tfjs on
 * these sizes, and this is five matMul-sized ops a step. Adam on both tables; input vectors
 * start uniform in +-0.5/d and output vectors at zero (word2vec.c's initialisation).
 *
 * Seeded: initial weights, pair order, dynamic windows, subsampling and negatives all come
 * from one Rng, so a seed reproduces a run on a given backend.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import { Rng } from '../core/random';
import { ownedVariable } from '../nn/mlp';
import { buildVocab, type Vocab } from './corpus';
import { DiscreteSampler, keepProbabilities, noiseDistribution, skipGramPairs } from './sampling';
import type { WordVectors } from './vectors';

export interface SkipGramOptions {
  /** Vector size d. */
  dim: number;
  /** Maximum window b on each side. */
  window: number;
  /** Noise words k per positive pair. */
  negatives: number;
  /** Pairs per step. */
  batch?: number;
  /** Adam learning rate. */
  lr?: number;
  /** Subsampling threshold t (0: off). */
  subsample?: number;
  /** Noise distribution exponent (0.75). */
  power?: number;
  dynamicWindow?: boolean;
}

export interface SkipGramMetrics {
  /** Mean SGNS loss per pair over the last step's batch. */
  loss: number;
  /** Training pairs processed per second of wall time during this call (readback included). */
  pairsPerSecond: number;
  /** Passes over the corpus so far (fractional). */
  epoch: number;
  /** Positive pairs processed so far. */
  pairs: number;
}

let instances = 0;
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class SkipGram {
  readonly vocab: Vocab;
  readonly dim: number;
  readonly batch: number;
  readonly negatives: number;
  readonly win: Variable;
  readonly wout: Variable;
  private readonly opt: tf.AdamOptimizer;
  private readonly rng: Rng;
  private readonly ids: number[][];
  private readonly sampler: DiscreteSampler;
  private readonly keep: Float64Array;
  private readonly window: number;
  private readonly dynamicWindow: boolean;
  private centres: Int32Array = new Int32Array(0);
  private contexts: Int32Array = new Int32Array(0);
  private cursor = 0;
  private order: Int32Array = new Int32Array(0);
  private epochPairs = 1;
  private epochs = 0;
  private seen = 0;
  lr: number;

  constructor(sentences: readonly (readonly string[])[], opts: SkipGramOptions, seed: number) {
    this.rng = new Rng(seed);
    this.vocab = buildVocab(sentences as string[][]);
    this.ids = sentences.map((s) => s.map((w) => this.vocab.index.get(w)!));
    this.dim = opts.dim;
    this.batch = opts.batch ?? 128;
    this.negatives = opts.negatives;
    this.window = opts.window;
    this.dynamicWindow = opts.dynamicWindow ?? true;
    this.lr = opts.lr ?? 0.02;
    this.sampler = new DiscreteSampler(noiseDistribution(this.vocab.counts, opts.power ?? 0.75));
    this.keep = keepProbabilities(this.vocab.counts, opts.subsample ?? 0);
    const v = this.vocab.words.length;
    const init = Float32Array.from({ length: v * this.dim }, () => (this.rng.next() - 0.5) / this.dim);
    const id = ++instances;
    this.win = ownedVariable(tf.tensor2d(init, [v, this.dim]), `skipgram/in/${id}`);
    this.wout = ownedVariable(tf.zeros([v, this.dim]), `skipgram/out/${id}`);
    this.opt = tf.train.adam(this.lr);
  }

  get vocabSize(): number {
    return this.vocab.words.length;
  }

  setLr(lr: number): void {
    this.lr = lr;
    // Adam reads its (protected) learningRate on every step; no public setter exists.
    (this.opt as unknown as { learningRate: number }).learningRate = lr;
  }

  private newEpoch(): void {
    const { centres, contexts } = skipGramPairs(this.ids, this.rng, { window: this.window, dynamicWindow: this.dynamicWindow, keep: this.keep });
    this.centres = centres;
    this.contexts = contexts;
    this.order = Int32Array.from({ length: centres.length }, (_, i) => i);
    this.rng.shuffle(this.order as unknown as number[]);
    this.epochPairs = Math.max(1, centres.length);
    this.cursor = 0;
  }

  /** The next batch: centre and context ids, and the [B, V] negative counts. */
  private nextBatch(): { c: Int32Array; x: Int32Array; neg: Float32Array } {
    const b = this.batch;
    const v = this.vocabSize;
    const c = new Int32Array(b);
    const x = new Int32Array(b);
    const neg = new Float32Array(b * v);
    for (let i = 0; i < b; i++) {
      if (this.cursor >= this.order.length) {
        if (this.order.length) this.epochs++;
        this.newEpoch();
      }
      const p = this.order[this.cursor++];
      c[i] = this.centres[p];
      x[i] = this.contexts[p];
      for (let j = 0; j < this.negatives; j++) {
        const n = this.sampler.sample(this.rng);
        if (n !== x[i]) neg[i * v + n] += 1;
      }
    }
    return { c, x, neg };
  }

  /**
   * Mean loss per pair for a batch of centre ids c [B], context ids x [B] and negative counts
   * neg [B, V] (call inside tidy). Used for reporting and, in the tests, to check `gradients`
   * against tf.grad.
   */
  lossOf(c: Tensor, x: Tensor, neg: Tensor): tf.Scalar {
    const v = this.vocabSize;
    const s = tf.matMul(tf.gather(this.win, c), this.wout, false, true); // [B, V]
    const pos = tf.oneHot(x, v).toFloat();
    // -log sigma(s) = softplus(-s); -log sigma(-s) = softplus(s).
    return tf.add(tf.mul(pos, tf.softplus(tf.neg(s))), tf.mul(neg, tf.softplus(s))).sum().div(c.shape[0]) as tf.Scalar;
  }

  /**
   * The gradients of lossOf with respect to the input and output tables, written out (call
   * inside tidy): with S = V_c U^T and G = sigma(S) (P + N) - P (P the one-hot contexts,
   * N the negative counts), dL/dU = G^T V_c / B and dL/dV = onehot(c)^T (G U) / B. tfjs's
   * automatic gradient of a gather is a per-row loop on the cpu backend, and its softplus
   * graph costs several passes over [B, V]; this is six ops.
   */
  gradients(c: Tensor, x: Tensor, neg: Tensor): { win: Tensor; wout: Tensor } {
    const v = this.vocabSize;
    const b = c.shape[0];
    const centre = tf.gather(this.win, c); // [B, d]
    const s = tf.matMul(centre, this.wout, false, true); // [B, V]
    const pos = tf.oneHot(x, v).toFloat();
    const g = tf.sub(tf.mul(tf.sigmoid(s), tf.add(pos, neg)), pos); // [B, V], times B
    const wout = tf.matMul(g, centre, true, false).div(b); // [V, d]
    const win = tf.matMul(tf.oneHot(c, v).toFloat(), tf.matMul(g, this.wout), true, false).div(b); // [V, d]
    return { win, wout };
  }

  private step(report: boolean): Tensor | undefined {
    const { c, x, neg } = this.nextBatch();
    this.seen += this.batch;
    return tf.tidy(() => {
      const ct = tf.tensor1d(c, 'int32');
      const xt = tf.tensor1d(x, 'int32');
      const nt = tf.tensor2d(neg, [this.batch, this.vocabSize]);
      // The loss is read before the update, as minimize(returnCost) would.
      const loss = report ? this.lossOf(ct, xt, nt) : undefined;
      const g = this.gradients(ct, xt, nt);
      this.opt.applyGradients([{ name: this.win.name, tensor: g.win }, { name: this.wout.name, tensor: g.wout }]);
      return loss;
    });
  }

  /**
   * Train `steps` batches. With `readVectors`, the input vectors are read back in the same
   * transfer as the loss (one await per call).
   */
  async train(steps: number, readVectors = false): Promise<{ metrics: SkipGramMetrics; vectors?: WordVectors }> {
    const t0 = now();
    let loss: Tensor | undefined;
    for (let i = 0; i < steps; i++) {
      loss?.dispose();
      loss = this.step(i === steps - 1);
    }
    let lossValue = NaN;
    let vectors: WordVectors | undefined;
    if (loss || readVectors) {
      const both = tf.tidy(() => tf.concat([loss ? loss.reshape([1]) : tf.tensor1d([NaN]), readVectors ? this.win.reshape([-1]) : tf.zeros([0])]));
      loss?.dispose();
      const d = (await both.data()) as Float32Array;
      both.dispose();
      lossValue = d[0];
      if (readVectors) vectors = { words: [...this.vocab.words], dim: this.dim, data: d.slice(1) };
    }
    const seconds = (now() - t0) / 1000;
    const pairs = steps * this.batch;
    return {
      metrics: {
        loss: lossValue,
        pairsPerSecond: seconds > 0 ? pairs / seconds : 0,
        epoch: this.epochs + this.cursor / this.epochPairs,
        pairs: this.seen
      },
      vectors
    };
  }

  /** The input vectors (the ones word2vec publishes), read back. */
  async vectors(): Promise<WordVectors> {
    const d = (await this.win.data()) as Float32Array;
    return { words: [...this.vocab.words], dim: this.dim, data: Float32Array.from(d) };
  }

  /** The input vectors synchronously (tests and non-worker callers). */
  vectorsSync(): WordVectors {
    return { words: [...this.vocab.words], dim: this.dim, data: Float32Array.from(this.win.dataSync() as Float32Array) };
  }

  dispose(): void {
    this.win.dispose();
    this.wout.dispose();
    this.opt.dispose();
  }
}
