/**
 * Scaled dot-product self-attention in plain float64 TypeScript (no tfjs), for the
 * explanatory views of the self-attention demo: every intermediate (X, Q, K, V, scores,
 * weights, output) comes back as plain arrays, so a view can show any of them.
 *
 *   Attention(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V      (Vaswani et al. 2017, eq. 1)
 */
import { Rng } from '$lib/ml/core/random';

export type Matrix = number[][];

export interface AttentionOptions {
  /** Mask key j > query i (a decoder's causal mask): those weights are exactly 0. */
  causal?: boolean;
  /** Multiplier on Q K^T; defaults to 1 / sqrt(d_k). */
  scale?: number;
}

/**
 * Numerically stable softmax of one row at a temperature (max subtracted before exp).
 * -Infinity entries (masked) get weight exactly 0. A row with nothing finite to attend to
 * gets all zeros rather than NaN.
 */
export function softmax(row: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0)) throw new Error('softmax: temperature must be > 0');
  let max = -Infinity;
  for (const x of row) if (x > max) max = x;
  if (max === -Infinity) return row.map(() => 0);
  if (max === Infinity) {
    // Infinite scores share all the weight (the limit of a finite row growing without bound).
    const n = row.filter((x) => x === Infinity).length;
    return row.map((x) => (x === Infinity ? 1 / n : 0));
  }
  const e = row.map((x) => (x === -Infinity ? 0 : Math.exp((x - max) / temperature)));
  let sum = 0;
  for (const x of e) sum += x;
  return e.map((x) => x / sum);
}

/** a (n x m) times b (m x p). */
export function matMul(a: Matrix, b: Matrix): Matrix {
  const m = b.length;
  const p = m > 0 ? b[0].length : 0;
  return a.map((row) => {
    if (row.length !== m) throw new Error(`matMul: inner dimensions ${row.length} and ${m} differ`);
    const out = new Array<number>(p).fill(0);
    for (let k = 0; k < m; k++) {
      const r = row[k];
      const bk = b[k];
      for (let j = 0; j < p; j++) out[j] += r * bk[j];
    }
    return out;
  });
}

export function transpose(a: Matrix): Matrix {
  if (a.length === 0) return [];
  return a[0].map((_, j) => a.map((row) => row[j]));
}

/** Q K^T * scale, with masked entries (key j > query i when causal) set to -Infinity. */
export function attentionScores(q: Matrix, k: Matrix, scale: number, causal = false): Matrix {
  const dk = q[0]?.length ?? 0;
  if (k.some((row) => row.length !== dk)) throw new Error('attention: q and k need the same width d_k');
  return q.map((qi, i) =>
    k.map((kj, j) => {
      if (causal && j > i) return -Infinity;
      let s = 0;
      for (let c = 0; c < dk; c++) s += qi[c] * kj[c];
      return s * scale;
    })
  );
}

/** softmax(Q K^T * scale) V, returning the weights too. q: n x d_k, k: m x d_k, v: m x d_v. */
export function scaledDotProductAttention(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  opts: AttentionOptions = {}
): { weights: Matrix; output: Matrix } {
  if (k.length !== v.length) throw new Error('attention: k and v need the same number of rows');
  const dk = q[0]?.length ?? 0;
  const scale = opts.scale ?? 1 / Math.sqrt(Math.max(dk, 1));
  const weights = attentionScores(q, k, scale, opts.causal).map((row) => softmax(row));
  return { weights, output: matMul(weights, v) };
}

/** Mean over rows of the largest weight in the row: 1/n for uniform rows, 1 for one-hot. */
export function meanMaxWeight(weights: Matrix): number {
  if (weights.length === 0) return NaN;
  let s = 0;
  for (const row of weights) s += Math.max(...row);
  return s / weights.length;
}

/** Mean over rows of the entropy (nats) of the weights: 0 for one-hot, ln n for uniform. */
export function meanEntropy(weights: Matrix): number {
  if (weights.length === 0) return NaN;
  let s = 0;
  for (const row of weights) for (const w of row) if (w > 0) s -= w * Math.log(w);
  return s / weights.length;
}

export const MAX_TOKENS = 24;
/** Width of the toy token vectors in the explore view. */
export const DEFAULT_D_MODEL = 16;

const TOKEN_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Split text into display tokens: English (and other spaced-script) words with their
 * apostrophes ("don't"), each punctuation mark, and each CJK character on its own.
 * At most `max` tokens (the rest is dropped).
 */
export function tokenize(text: string, max = MAX_TOKENS): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    if (out.length >= max) break;
    out.push(m[0]);
  }
  return out;
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The embedding of a token: dModel standard normals seeded by (token, seed). Case is folded,
 * so "The" and "the" share a vector; the same word always gets the same vector.
 */
export function tokenVector(token: string, dModel: number, seed: number): number[] {
  const rng = new Rng((hashString(token.toLowerCase()) ^ Math.imul(seed | 0, 0x9e3779b1)) | 0);
  return Array.from({ length: dModel }, () => rng.normal());
}

/**
 * A dModel x dK projection with N(0, 1/dModel) entries, drawn column by column so the first
 * columns do not change when dK grows (the d_k slider adds dimensions, it does not reshuffle).
 * With unit-variance inputs each projected entry then has variance about 1.
 */
export function projection(dModel: number, dK: number, seed: number, which: number): Matrix {
  const rng = new Rng((Math.imul(seed | 0, 0x2545f491) + which * 0x68e31da4) | 0);
  const std = 1 / Math.sqrt(dModel);
  const cols: number[][] = [];
  for (let c = 0; c < dK; c++) cols.push(Array.from({ length: dModel }, () => rng.normal(0, std)));
  return transpose(cols);
}

export interface AttentionViewOptions {
  dModel: number;
  dK: number;
  seed: number;
  /** Divide scores by sqrt(d_k) (true) or not. */
  scaled: boolean;
  /** Softmax temperature (> 0); scores are divided by it. */
  temperature: number;
  causal: boolean;
}

export interface AttentionView {
  tokens: string[];
  /** Token vectors, n x dModel. */
  x: Matrix;
  wq: Matrix;
  wk: Matrix;
  wv: Matrix;
  /** n x dK each. */
  q: Matrix;
  k: Matrix;
  v: Matrix;
  /** The factor applied to Q K^T: (scaled ? 1/sqrt(dK) : 1) / temperature. */
  scale: number;
  /** Q K^T * scale, before the softmax; masked entries are -Infinity. */
  scores: Matrix;
  /** softmax of each scores row; each row sums to 1. */
  weights: Matrix;
  /** weights V, n x dK: row i is what token i takes from the others. */
  output: Matrix;
}

/** Every step of one self-attention head over `tokens`, with seeded toy vectors and weights. */
export function attentionView(tokens: readonly string[], o: AttentionViewOptions): AttentionView {
  const x = tokens.map((t) => tokenVector(t, o.dModel, o.seed));
  const wq = projection(o.dModel, o.dK, o.seed, 1);
  const wk = projection(o.dModel, o.dK, o.seed, 2);
  const wv = projection(o.dModel, o.dK, o.seed, 3);
  const q = matMul(x, wq);
  const k = matMul(x, wk);
  const v = matMul(x, wv);
  if (!(o.temperature > 0)) throw new Error('attentionView: temperature must be > 0');
  const scale = (o.scaled ? 1 / Math.sqrt(o.dK) : 1) / o.temperature;
  const scores = attentionScores(q, k, scale, o.causal);
  const weights = scores.map((row) => softmax(row));
  return { tokens: [...tokens], x, wq, wk, wv, q, k, v, scale, scores, weights, output: matMul(weights, v) };
}

/**
 * For the "unscaled scores saturate the softmax" view: mean largest weight per row for each
 * d_k, averaged over `seeds`, on the given tokens. Unscaled, the score variance grows like
 * d_k and the rows approach one-hot; scaled by 1/sqrt(d_k) they stay put.
 */
export function saturationCurve(
  tokens: readonly string[],
  dKs: readonly number[],
  o: { dModel: number; scaled: boolean; temperature?: number; causal?: boolean; seeds: readonly number[] }
): { dK: number; meanMaxWeight: number }[] {
  return dKs.map((dK) => {
    let s = 0;
    for (const seed of o.seeds) {
      const view = attentionView(tokens, {
        dModel: o.dModel,
        dK,
        seed,
        scaled: o.scaled,
        temperature: o.temperature ?? 1,
        causal: o.causal ?? false
      });
      s += meanMaxWeight(view.weights);
    }
    return { dK, meanMaxWeight: s / o.seeds.length };
  });
}
