/**
 * Generation from a decoder: greedy, temperature and top-k sampling, with or without a KV
 * cache, timed per token.
 *
 * Without a cache every new token re-runs the whole prefix (n tokens through every layer).
 * With a cache each layer keeps the keys and values of the tokens seen so far, so a new
 * token only computes its own q, k, v and attends over the cached keys: the output is the
 * same (tested), the work per token no longer grows with n in the projections and MLP.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import type { Rng } from '$lib/ml/core/random';
import { layerNorm, maskTensor, type MaskInput } from './layers';
import { slidingWindowMask } from './masks';
import { range, type Transformer } from './model';

/** Per layer, the cached keys and values [B, KV, t, dh] of the t tokens seen so far. */
export class KvCache {
  k: (Tensor | null)[];
  v: (Tensor | null)[];
  length = 0;
  constructor(readonly layers: number) {
    this.k = new Array(layers).fill(null);
    this.v = new Array(layers).fill(null);
  }
  /** Bytes held (float32): 2 · layers · kvHeads · headDim · length · batch · 4. */
  get bytes(): number {
    return [...this.k, ...this.v].reduce((a, t) => a + (t ? t.size * 4 : 0), 0);
  }
  replace(k: Tensor[], v: Tensor[]): void {
    this.dispose();
    this.k = k;
    this.v = v;
  }
  dispose(): void {
    for (const t of [...this.k, ...this.v]) t?.dispose();
    this.k = new Array(this.layers).fill(null);
    this.v = new Array(this.layers).fill(null);
  }
}

export interface DecodeOptions {
  /** Encoder output [B, S, D] (decoder of an encoder-decoder). */
  memory?: Tensor;
  memoryMask?: MaskInput;
  /** Sliding window span W: the new token sees only the last W cached keys and itself. */
  window?: number;
}

/**
 * Feed one token per sequence (batch B = tokens.length) at position cache.length; appends its
 * keys and values to the cache and returns the next-token logits [B, outputSize] (the caller
 * disposes them). Not inside a tidy: it manages its own.
 */
export function decodeStep(m: Transformer, tokens: number[], cache: KvCache, o: DecodeOptions = {}): Tensor {
  const pos = cache.length;
  const out = tf.tidy(() => {
    const B = tokens.length;
    let h = m.embed(tf.tensor2d(tokens, [B, 1], 'int32'), [pos]);
    const kPos = range(pos + 1);
    const keep = o.window === undefined ? null : maskTensor([kPos.map((j) => (pos - j <= o.window! ? 1 : 0))], m.cfg.nHeads);
    const shared = m.sharedBias(keep, [pos], kPos);
    const rope = m.rope([pos]);
    const xKeep = o.memory && o.memoryMask ? maskTensor(o.memoryMask, m.cfg.nHeads) : null;
    const ks: Tensor[] = [];
    const vs: Tensor[] = [];
    for (let l = 0; l < m.cfg.nLayers; l++) {
      const L = m.layers[l];
      const { q, k, v } = m.qkv(l, layerNorm(h, L.ln1g, L.ln1b), rope, rope);
      const K = cache.k[l] ? tf.concat([cache.k[l]!, k], 2) : k;
      const V = cache.v[l] ? tf.concat([cache.v[l]!, v], 2) : v;
      ks.push(K);
      vs.push(V);
      const a = m.attend(l, q, K, V, { keep, bias: m.layerBias(l, shared, [pos], kPos), headMask: null }, m.weight(l, 'wo'));
      h = tf.add(h, a.out);
      if (o.memory && L.wqx) h = tf.add(h, m.crossAttend(l, h, o.memory, xKeep).out);
      h = m.feedForward(l, h);
    }
    const logits = m.logits(layerNorm(h, m.lnfg, m.lnfb));
    if (!logits) throw new Error('decoding needs an LM head');
    return { logits: tf.reshape(logits, [B, -1]), ks, vs };
  });
  cache.replace(out.ks, out.vs);
  cache.length = pos + 1;
  return out.logits;
}

export interface SampleOptions {
  /** 'greedy' (argmax) or 'sample' (default 'greedy'). */
  strategy?: 'greedy' | 'sample';
  /** Divide logits by this before the softmax (sampling; default 1). */
  temperature?: number;
  /** Keep only the k most likely tokens (sampling; 0 or absent = all). */
  topK?: number;
  /** Required for 'sample'. */
  rng?: Rng;
  /** Token ids never produced (e.g. <pad>, <mask>). */
  exclude?: readonly number[];
}

/** Softmax of logits / temperature over the allowed ids (plain TS, float64). */
export function softmaxProbs(logits: ArrayLike<number>, temperature = 1, exclude: readonly number[] = [], topK = 0): number[] {
  const n = logits.length;
  const banned = new Set(exclude);
  let allowed = range(n).filter((i) => !banned.has(i));
  if (topK > 0 && topK < allowed.length) allowed = [...allowed].sort((a, b) => logits[b] - logits[a] || a - b).slice(0, topK);
  const max = Math.max(...allowed.map((i) => logits[i]));
  const p = new Array<number>(n).fill(0);
  let z = 0;
  for (const i of allowed) z += p[i] = Math.exp((logits[i] - max) / temperature);
  return p.map((v) => v / z);
}

/** Pick the next token from its logits. Returns the id and its probability under the rule used. */
export function sampleToken(logits: ArrayLike<number>, o: SampleOptions = {}): { id: number; prob: number } {
  if ((o.strategy ?? 'greedy') === 'greedy') {
    const p = softmaxProbs(logits, 1, o.exclude);
    let best = 0;
    for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    return { id: best, prob: p[best] };
  }
  if (!o.rng) throw new Error('sampling needs an rng');
  const p = softmaxProbs(logits, Math.max(1e-6, o.temperature ?? 1), o.exclude, o.topK ?? 0);
  let u = o.rng.next();
  for (let i = 0; i < p.length; i++) {
    u -= p[i];
    if (u < 0 && p[i] > 0) return { id: i, prob: p[i] };
  }
  const last = p.reduce((b, v, i) => (v > 0 ? i : b), 0);
  return { id: last, prob: p[last] };
}

export interface GenerateOptions extends SampleOptions {
  /** Tokens to generate at most (generation also stops at config.maxLen tokens in all). */
  maxNew: number;
  /** Use the KV cache (default true). */
  useCache?: boolean;
  /** Stop after producing this id (e.g. <eos>). */
  stop?: number;
  /** Sliding-window span for attention (both paths). */
  window?: number;
  /** Keep each step's logits (tests). */
  keepLogits?: boolean;
  /** Clock in ms (default performance.now). */
  now?: () => number;
}

export interface GenerateResult {
  /** The generated ids (prompt excluded). */
  tokens: number[];
  /** Probability of each generated token under the rule used. */
  probs: number[];
  /** Milliseconds per generated token (compute and read-back; the cache's prefill excluded). */
  stepMs: number[];
  /** Token positions run through the model for each generated token: 1 with the cache, the whole sequence so far without. */
  positions: number[];
  /** Milliseconds to fill the cache with the prompt (0 without a cache). */
  prefillMs: number;
  /** Bytes in the KV cache at the end (0 without a cache). */
  cacheBytes: number;
  logits?: number[][];
}

export async function generate(m: Transformer, prompt: readonly number[], o: GenerateOptions): Promise<GenerateResult> {
  if (prompt.length === 0) throw new Error('generate: the prompt needs at least one token');
  const now = o.now ?? (() => performance.now());
  const res: GenerateResult = { tokens: [], probs: [], stepMs: [], positions: [], prefillMs: 0, cacheBytes: 0, logits: o.keepLogits ? [] : undefined };
  const seq = [...prompt];
  const room = () => res.tokens.length < o.maxNew && seq.length < m.cfg.maxLen;
  const take = async (logits: Tensor, t0: number) => {
    const row = await logits.data();
    logits.dispose();
    const { id, prob } = sampleToken(row, o);
    res.stepMs.push(now() - t0);
    res.tokens.push(id);
    res.probs.push(prob);
    res.logits?.push(Array.from(row));
    seq.push(id);
    return id;
  };
  if (o.useCache ?? true) {
    const cache = new KvCache(m.cfg.nLayers);
    try {
      const t0 = now();
      for (const t of prompt.slice(0, -1)) decodeStep(m, [t], cache, o).dispose();
      res.prefillMs = now() - t0;
      let next = prompt[prompt.length - 1];
      while (room()) {
        const t1 = now();
        res.positions.push(1);
        next = await take(decodeStep(m, [next], cache, o), t1);
        if (next === o.stop) break;
      }
      res.cacheBytes = cache.bytes;
    } finally {
      cache.dispose();
    }
  } else {
    while (room()) {
      const t1 = now();
      res.positions.push(seq.length);
      const logits = tf.tidy(() => {
        const T = seq.length;
        const mask = o.window === undefined ? undefined : slidingWindowMask(T, o.window);
        const l = m.forward([seq], { mask }).logits!;
        return tf.reshape(tf.slice(l, [0, T - 1, 0], [1, 1, -1]), [1, -1]);
      });
      if ((await take(logits, t1)) === o.stop) break;
    }
  }
  return res;
}
