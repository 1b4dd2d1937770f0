/**
 * llm-05 / llm-06 / tie-03, the parts that need the real model (tfjs):
 *   - influence map: a small decoder whose layers all use a sliding-window mask of span W;
 *     for every output position, the gradient norm w.r.t. every input embedding (readback's
 *     influence). Exactly zero outside the receptive field of L layers x W;
 *   - cost sweep: Play times one attention layer (the engine's projections, scores, softmax,
 *     mixing) at n = 32 .. maxN, one size per call, best of the repeats, and records the bytes
 *     its tensors take (tf.memory) next to the n² score matrix of the formula;
 *   - the real KV cache of tiny decoders (MHA / GQA / MQA) after decoding a few tokens, to
 *     check the calculator against.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Trainer } from '$lib/ml/core/trainer';
import { Transformer, range } from '$lib/ml/transformer/model';
import { influence } from '$lib/ml/transformer/readback';
import { KvCache, decodeStep, generate } from '$lib/ml/transformer/generate';
import { kvCacheBytes } from '$lib/ml/transformer/kv-cache';
import { slidingWindowMask } from '$lib/ml/transformer/masks';
import { logLogSlope } from '$lib/ml/transformer/cost';

export interface CostParams {
  window: number;
  layers: number;
  maxN: number;
  /** Also time generation with and without the KV cache (once, at the next snapshot). */
  decode?: boolean;
}

export interface DecodeTiming {
  prompt: number;
  generated: number;
  /** Generated tokens per second, with and without the KV cache (mean over the steps after the first). */
  withCache: number;
  withoutCache: number;
  /** Token positions run through the model for all generated tokens, with and without the cache. */
  positionsWithCache: number;
  positionsWithoutCache: number;
  /** Whether both paths generated the same tokens. */
  same: boolean;
  /** Bytes in the cache at the end, and what the calculator's formula gives. */
  cacheBytes: number;
  formulaBytes: number;
}

export interface CacheCheck {
  kind: 'mha' | 'gqa' | 'mqa';
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  tokens: number;
  /** Bytes the engine's KvCache holds after decoding `tokens` tokens (float32). */
  bytes: number;
}

export interface CostSnapshot {
  step: number;
  window: number;
  layers: number;
  /** Sequence length of the influence map. */
  T: number;
  /** influence[at][j]: gradient norm of output `at` w.r.t. input j. */
  influence: number[][];
  /** Sweep sizes and, per size, the best time per pass (ms) and bytes of one pass (NaN until measured). */
  sizes: number[];
  ms: number[];
  bytes: number[];
  /** Log-log slopes over the measured sizes n >= 64 (NaN with fewer than two). */
  timeSlope: number;
  bytesSlope: number;
  /** Width and heads of the timed layer. */
  dModel: number;
  heads: number;
  cache: CacheCheck[];
  decode: DecodeTiming | null;
}

export const INFLUENCE_T = 16;
export const TIMED_D = 32;
export const TIMED_HEADS = 4;
const VOCAB = 12;

/** Softmax over the rows of s [N, n] in O(N n): row max and row sum spread back by [N,1]·[1,n] matMuls. */
export function softmaxN2(s: Tensor): Tensor {
  const n = s.shape[1]!;
  const ones = tf.ones([1, n]);
  const e = tf.exp(tf.sub(s, tf.matMul(tf.max(s, 1, true), ones)));
  return tf.div(e, tf.matMul(tf.matMul(e, tf.ones([n, 1])), ones));
}

export function sweepSizes(maxN: number): number[] {
  const out: number[] = [];
  for (let n = 32; n <= maxN; n *= 2) out.push(n);
  return out;
}

/** The engine's KvCache after decoding `tokens` tokens, for MHA, GQA (2 kv heads) and MQA. */
export function realCaches(seed: number, tokens = 6): CacheCheck[] {
  const kinds = [['mha', 4], ['gqa', 2], ['mqa', 1]] as const;
  return kinds.map(([kind, kvHeads]) => {
    const m = new Transformer({ vocabSize: VOCAB, dModel: 32, nHeads: 4, kvHeads, nLayers: 2, maxLen: 16, dFF: 32, position: 'rope' }, seed);
    const cache = new KvCache(2);
    for (let t = 0; t < tokens; t++) decodeStep(m, [(t * 5 + seed) % VOCAB], cache).dispose();
    const bytes = cache.bytes;
    cache.dispose();
    m.dispose();
    return { kind, layers: 2, heads: 4, kvHeads, headDim: 8, tokens, bytes };
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const DECODE_PROMPT = 64;
export const DECODE_NEW = 24;

/** Greedy generation of DECODE_NEW tokens after a DECODE_PROMPT-token prompt, with and without the cache. */
export async function timeDecoding(seed: number, promptLen = DECODE_PROMPT, maxNew = DECODE_NEW): Promise<DecodeTiming> {
  const cfg = { vocabSize: VOCAB, dModel: 64, nHeads: 4, nLayers: 2, maxLen: promptLen + maxNew, position: 'rope' as const };
  const m = new Transformer(cfg, seed);
  const r = new Rng(seed + 3);
  const prompt = range(promptLen).map(() => r.int(VOCAB));
  try {
    const rate = (ms: number[]) => 1000 / (sum(ms.slice(1)) / Math.max(1, ms.length - 1));
    const cached = await generate(m, prompt, { maxNew, strategy: 'greedy', useCache: true });
    const plain = await generate(m, prompt, { maxNew, strategy: 'greedy', useCache: false });
    return {
      prompt: promptLen,
      generated: cached.tokens.length,
      withCache: rate(cached.stepMs),
      withoutCache: rate(plain.stepMs),
      positionsWithCache: sum(cached.positions),
      positionsWithoutCache: sum(plain.positions),
      same: cached.tokens.join() === plain.tokens.join(),
      cacheBytes: cached.cacheBytes,
      formulaBytes: kvCacheBytes({ layers: 2, heads: 4, kvHeads: 4, headDim: 16, seqLen: promptLen + maxNew - 1, batch: 1, bytesPerValue: 4 })
    };
  } finally {
    m.dispose();
  }
}

export function createCostTrainer(p: CostParams, seed: number): Trainer<CostParams, CostSnapshot> {
  const T = INFLUENCE_T;
  const rng = new Rng(seed);
  const model = new Transformer({ vocabSize: VOCAB, dModel: 16, nHeads: 2, nLayers: p.layers, maxLen: T, dFF: 32, position: 'rope' }, seed);
  const mask = slidingWindowMask(T, p.window, true);
  const tokens = range(T).map(() => rng.int(VOCAB));
  const timed = new Transformer({ vocabSize: VOCAB, dModel: TIMED_D, nHeads: TIMED_HEADS, nLayers: 1, maxLen: 8, dFF: 0, position: 'none' }, seed + 1);
  const sizes = sweepSizes(p.maxN);
  const ms = sizes.map(() => NaN);
  const bytes = sizes.map(() => NaN);
  const inputs = new Map<number, Float32Array>();
  const input = (n: number) => {
    if (!inputs.has(n)) inputs.set(n, new Rng(seed * 7 + n).normals(n * TIMED_D));
    return inputs.get(n)!;
  };
  let influenceRows: number[][] | null = null;
  let cache: CacheCheck[] | null = null;
  let step = 0;
  let call = 0;
  let warm = false;
  let wantDecode = p.decode ?? false;
  let decode: DecodeTiming | null = null;

  /**
   * One attention layer over n positions: the engine's q, k, v and output projections, then
   * scores q kᵀ / sqrt(dh), a row softmax and the mix. (The engine's attend() uses a softmax
   * tuned for tiny T whose row sum is a matMul by an n x n matrix of ones: right for T <= 16,
   * but n³ at long n, which would hide the n² this chart is about. tf.softmax is O(n²) but
   * broadcasts slowly on the cpu backend; softmaxN2 below spreads with [N,1]·[1,n] matMuls.)
   */
  const pass = (n: number): { out: Tensor; bytes: number } => {
    const before = tf.memory().numBytes;
    let used = 0;
    const out = tf.tidy(() => {
      const x = tf.tensor3d(input(n), [1, n, TIMED_D]);
      const { q, k, v } = timed.qkv(0, x, null, null);
      const scores = tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(timed.headDim));
      const mixed = tf.matMul(tf.reshape(softmaxN2(tf.reshape(scores, [-1, n])), [1, TIMED_HEADS, n, n]), v);
      const merged = tf.reshape(tf.transpose(mixed, [0, 2, 1, 3]), [1, n, TIMED_D]);
      const y = tf.matMul(tf.reshape(merged, [n, TIMED_D]), timed.weight(0, 'wo'));
      used = tf.memory().numBytes - before;
      return tf.sum(y);
    });
    return { out, bytes: used };
  };

  return {
    async train(steps: number) {
      if (!warm) {
        pass(sizes[0]).out.dispose(); // the first call of each kernel compiles / allocates: untimed
        warm = true;
      }
      const i = call++ % sizes.length;
      const n = sizes[i];
      const repeats = Math.max(1, Math.min(3, steps));
      let last: Tensor | null = null;
      let used = 0;
      const t0 = performance.now();
      for (let r = 0; r < repeats; r++) {
        last?.dispose();
        const res = pass(n);
        last = res.out;
        used = res.bytes;
      }
      const value = (await last!.data())[0];
      const per = (performance.now() - t0) / repeats;
      last!.dispose();
      ms[i] = Number.isFinite(ms[i]) ? Math.min(ms[i], per) : per;
      bytes[i] = used;
      step += steps;
      return { n, ms: per, out: Number.isFinite(value) ? 0 : value };
    },

    async snapshot() {
      if (!influenceRows) {
        influenceRows = [];
        for (let at = 0; at < T; at++) influenceRows.push(await influence(model, tokens, at, { mask }));
      }
      cache ??= realCaches(seed);
      if (wantDecode && !decode) decode = await timeDecoding(seed);
      const big = sizes.map((n, i) => [n, ms[i], bytes[i]]).filter(([n, t]) => n >= 64 && Number.isFinite(t));
      return {
        step, window: p.window, layers: p.layers, T,
        influence: influenceRows.map((r) => [...r]),
        sizes: [...sizes], ms: [...ms], bytes: [...bytes],
        timeSlope: logLogSlope(big.map((r) => r[0]), big.map((r) => r[1])).slope,
        bytesSlope: logLogSlope(big.map((r) => r[0]), big.map((r) => r[2])).slope,
        dModel: TIMED_D, heads: TIMED_HEADS,
        cache: cache.map((c) => ({ ...c })),
        decode: decode ? { ...decode } : null
      };
    },

    setParams(q: Partial<CostParams>) {
      if (q.decode !== undefined) wantDecode = q.decode;
    },

    dispose() {
      model.dispose();
      timed.dispose();
    }
  };
}

export default createCostTrainer;
