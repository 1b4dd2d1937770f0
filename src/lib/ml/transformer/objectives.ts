/**
 * Training objectives. Batch builders are plain TypeScript (seeded); losses are tfjs and
 * must be called inside tf.tidy (or a minimize closure).
 *
 *   causal LM       predict token t+1 from tokens <= t (GPT)
 *   masked LM       hide ~15% of tokens (80% <mask>, 10% random, 10% kept), predict them from
 *                   both sides (BERT, Devlin et al. 2019)
 *   permutation LM  sample a factorisation order, predict the last ~1/K tokens of it from the
 *                   ones before it in the order, through the query stream (XLNet)
 *   classification  pooled hidden state -> class
 *   seq2seq         teacher forcing: decoder reads <bos> y1..y_{n-1}, predicts y1..yn
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import type { Rng } from '$lib/ml/core/random';
import { causalMask, permutationMasks } from './masks';
import type { ForwardOptions, Transformer } from './model';
import type { EncoderDecoder } from './seq2seq';
import { MASK, PAD, SPECIALS } from './tokenizer';
import { twoStreamForward } from './two-stream';
import { softmaxCrossEntropy } from './fast-ops';

export interface TokenBatch {
  input: number[][];
  target: number[][];
  /** 1 where the position is scored. */
  weight: number[][];
}

/** Causal LM pairs from sequences of length T + 1: input s[0..T-1], target s[1..T], pads unscored. */
export function causalLmBatch(seqs: readonly number[][], pad = PAD): TokenBatch {
  return {
    input: seqs.map((s) => s.slice(0, -1)),
    target: seqs.map((s) => s.slice(1)),
    weight: seqs.map((s) => s.slice(1).map((t) => (t === pad ? 0 : 1)))
  };
}

export interface MlmOptions {
  vocabSize: number;
  /** Share of eligible tokens to predict (default 0.15; at least one per sequence). */
  rate?: number;
  maskId?: number;
  /** Ids below this are special: never chosen, never used as random replacements (default 5). */
  firstToken?: number;
  /** Probabilities of <mask>, a random token, the token kept (default 0.8 / 0.1 / 0.1). */
  replace?: [number, number, number];
}

/** BERT-style masking; `masked[b]` lists the predicted positions. */
export function maskedLmBatch(seqs: readonly number[][], rng: Rng, o: MlmOptions): TokenBatch & { masked: number[][] } {
  const first = o.firstToken ?? SPECIALS.length;
  const [pMask, pRand] = o.replace ?? [0.8, 0.1, 0.1];
  const out: TokenBatch & { masked: number[][] } = { input: [], target: [], weight: [], masked: [] };
  for (const s of seqs) {
    const eligible = s.map((t, i) => (t >= first ? i : -1)).filter((i) => i >= 0);
    const k = eligible.length === 0 ? 0 : Math.max(1, Math.round((o.rate ?? 0.15) * eligible.length));
    const chosen = rng.shuffle([...eligible]).slice(0, k).sort((a, b) => a - b);
    const input = [...s];
    for (const i of chosen) {
      const u = rng.next();
      if (u < pMask) input[i] = o.maskId ?? MASK;
      else if (u < pMask + pRand) input[i] = first + rng.int(o.vocabSize - first);
    }
    const set = new Set(chosen);
    out.input.push(input);
    out.target.push([...s]);
    out.weight.push(s.map((_, i) => (set.has(i) ? 1 : 0)));
    out.masked.push(chosen);
  }
  return out;
}

export interface PlmOptions {
  /** Share of each sequence predicted: the last tokens of the order (default 1/3; XLNet's 1/K). */
  predict?: number;
  firstToken?: number;
  pad?: number;
}

export interface PlmBatch extends TokenBatch {
  /** Per sequence, positions in factorisation order (padding last). */
  orders: number[][];
  content: number[][][];
  query: number[][][];
}

/** Permutation-LM batch: a random order per sequence, its two masks, and the scored positions. */
export function permutationLmBatch(seqs: readonly number[][], rng: Rng, o: PlmOptions = {}): PlmBatch {
  const first = o.firstToken ?? SPECIALS.length;
  const pad = o.pad ?? PAD;
  const out: PlmBatch = { input: [], target: [], weight: [], orders: [], content: [], query: [] };
  for (const s of seqs) {
    const real = s.map((t, i) => (t !== pad ? i : -1)).filter((i) => i >= 0);
    const pads = s.map((t, i) => (t === pad ? i : -1)).filter((i) => i >= 0);
    const order = [...rng.shuffle([...real]), ...pads];
    const k = Math.max(1, Math.round((o.predict ?? 1 / 3) * real.length));
    const scored = new Set(order.slice(real.length - k, real.length).filter((i) => s[i] >= first));
    const { content, query } = permutationMasks(order);
    out.input.push([...s]);
    out.target.push([...s]);
    out.weight.push(s.map((_, i) => (scored.has(i) ? 1 : 0)));
    out.orders.push(order);
    out.content.push(content);
    out.query.push(query);
  }
  return out;
}

const toTensor = (x: number[][] | Tensor, dtype: 'int32' | 'float32') =>
  x instanceof tf.Tensor ? tf.cast(x, dtype) : tf.tensor2d(x.flat(), [x.length, x[0].length], dtype);

/** Weighted mean cross-entropy of logits [B, T, V] against targets [B, T]. */
export function tokenCrossEntropy(logits: Tensor, target: number[][] | Tensor, weight: number[][] | Tensor): Tensor {
  const V = logits.shape[2]!;
  const oneHot = tf.oneHot(tf.reshape(toTensor(target, 'int32'), [-1]), V);
  return softmaxCrossEntropy(tf.reshape(logits, [-1, V]), oneHot, tf.reshape(toTensor(weight, 'float32'), [-1, 1]));
}

/** Weighted share of positions whose argmax equals the target. */
export function tokenAccuracy(logits: Tensor, target: number[][] | Tensor, weight: number[][] | Tensor): Tensor {
  const hit = tf.cast(tf.equal(tf.argMax(logits, 2), toTensor(target, 'int32')), 'float32');
  const w = toTensor(weight, 'float32');
  return tf.div(tf.sum(tf.mul(hit, w)), tf.maximum(tf.sum(w), 1));
}

/** [B][T][T] masks: `causal` or full, with padded keys (input == pad) removed. */
export function paddedMasks(input: readonly number[][], causal: boolean, pad = PAD): number[][][] {
  const T = input[0].length;
  const base = causal ? causalMask(T) : null;
  return input.map((s) => base ? base.map((row) => row.map((v, j) => (s[j] === pad ? 0 : v))) : s.map(() => s.map((t) => (t === pad ? 0 : 1))));
}

export function causalLmLoss(m: Transformer, b: TokenBatch, opts: ForwardOptions = {}): Tensor {
  return tokenCrossEntropy(m.forward(b.input, { mask: causalMask(b.input[0].length), ...opts }).logits!, b.target, b.weight);
}

export function maskedLmLoss(m: Transformer, b: TokenBatch, opts: ForwardOptions = {}): Tensor {
  return tokenCrossEntropy(m.forward(b.input, { mask: paddedMasks(b.input, false), ...opts }).logits!, b.target, b.weight);
}

export function permutationLmLoss(m: Transformer, b: PlmBatch): Tensor {
  return tokenCrossEntropy(twoStreamForward(m, b.input, { content: b.content, query: b.query }).logits, b.target, b.weight);
}

/** Cross-entropy of the pooled classifier; pads (id == pad) are left out of the pooling and masked as keys. */
export function classificationLoss(m: Transformer, tokens: number[][], labels: number[], pad = PAD): Tensor {
  const logits = classificationLogits(m, tokens, pad);
  const y = tf.oneHot(tf.tensor1d(labels, 'int32'), logits.shape[1]!);
  return softmaxCrossEntropy(logits, y, tf.ones([labels.length, 1]));
}

export function classificationLogits(m: Transformer, tokens: number[][], pad = PAD): Tensor {
  const valid = tf.tensor2d(tokens.flat().map((t) => (t === pad ? 0 : 1)), [tokens.length, tokens[0].length]);
  const r = m.forward(tokens, { mask: paddedMasks(tokens, m.cfg.causal, pad) });
  return m.classify(r.hidden, valid);
}

/** Teacher forcing: decoder input <bos> y1..y_{n-1}, target y1..yn (weights 0 on padding). */
export function seq2seqLoss(s: EncoderDecoder, src: number[][], tgtIn: number[][], tgtOut: number[][], weight: number[][]): Tensor {
  return tokenCrossEntropy(s.forward(src, tgtIn).logits, tgtOut, weight);
}
