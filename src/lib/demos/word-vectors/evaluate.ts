/**
 * What the word-vectors views measure on a set of vectors (plain TypeScript, no tfjs), shared
 * by the views and the claim tests:
 *   - separation: mean within-group minus between-group cosine, within each language
 *     (the two languages share no tokens unless code-switching is on, so a Chinese and an
 *     English word are compared only through their groups' own words);
 *   - retrieval: each labelled word is a query; the other labelled words of its language are
 *     ranked by cosine; relevant = the other words of its group; precision@k and recall@k
 *     (./retrieval.ts of the engine) averaged over queries, overall and per group;
 *   - WEAT (flowers / insects against pleasant / unpleasant) per language;
 *   - a norm histogram.
 */
import type { GroupWord } from '$lib/ml/embeddings/corpus';
import { precisionAtK, recallAtK } from '$lib/ml/embeddings/retrieval';
import { groupSeparation, indexOf, nearest, norm, vectorOf, type WordVectors } from '$lib/ml/embeddings/vectors';
import { weatEffectSize } from '$lib/ml/embeddings/weat';

export type Lang2 = 'en' | 'zh';

export function separation(wv: WordVectors, words: readonly GroupWord[]): { gap: number; within: number; between: number } {
  const parts = (['en', 'zh'] as const)
    .map((l) => words.filter((w) => w.lang === l))
    .filter((ws) => ws.length > 1)
    .map((ws) => groupSeparation(wv, ws.map((w) => w.word), ws.map((w) => w.group)));
  const avg = (f: (p: (typeof parts)[number]) => number) => parts.reduce((s, p) => s + f(p), 0) / parts.length;
  return { gap: avg((p) => p.gap), within: avg((p) => p.within), between: avg((p) => p.between) };
}

export interface RetrievalResult {
  k: number;
  precision: number;
  recall: number;
  /** Mean precision@k per group key. */
  perGroup: Record<string, number>;
}

export function retrieval(wv: WordVectors, words: readonly GroupWord[], k: number): RetrievalResult {
  const idx = indexOf(wv);
  let p = 0;
  let r = 0;
  let n = 0;
  const sums: Record<string, [number, number]> = {};
  for (const q of words) {
    if (!idx.has(q.word)) continue;
    const pool = words.filter((w) => w.lang === q.lang && idx.has(w.word));
    const among = pool.map((w) => idx.get(w.word)!);
    const ranked = nearest(wv, q.word, k, { among }).map((x) => x.word);
    const relevant = pool.filter((w) => w.group === q.group && w.word !== q.word).map((w) => w.word);
    const pk = precisionAtK(ranked, relevant, k);
    p += pk;
    r += recallAtK(ranked, relevant, k);
    n++;
    const s = (sums[q.group] ??= [0, 0]);
    s[0] += pk;
    s[1]++;
  }
  const perGroup = Object.fromEntries(Object.entries(sums).map(([g, [a, b]]) => [g, a / b]));
  return { k, precision: n ? p / n : NaN, recall: n ? r / n : NaN, perGroup };
}

export interface WeatSummary {
  lang: Lang2;
  effectSize: number;
  statistic: number;
}

/** WEAT flowers/insects x pleasant/unpleasant per language (only where all four groups are present). */
export function weat(wv: WordVectors, words: readonly GroupWord[]): WeatSummary[] {
  const idx = indexOf(wv);
  const out: WeatSummary[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const of = (g: string) => words.filter((w) => w.group === g && w.lang === lang && idx.has(w.word)).map((w) => vectorOf(wv, idx.get(w.word)!));
    const [X, Y, A, B] = ['flowers', 'insects', 'pleasant', 'unpleasant'].map(of);
    if (!X.length || !Y.length || !A.length || !B.length) continue;
    const r = weatEffectSize(X, Y, A, B);
    out.push({ lang, effectSize: r.effectSize, statistic: r.statistic });
  }
  return out;
}

/** Norms of every row. */
export function rowNorms(wv: WordVectors): number[] {
  return wv.words.map((_, i) => norm(vectorOf(wv, i)));
}

/** Counts of `values` in `bins` equal bins over [lo, hi] (values outside go to the end bins). */
export function histogram(values: readonly number[], bins: number, lo: number, hi: number): number[] {
  const out = new Array(bins).fill(0);
  const w = (hi - lo) / bins || 1;
  for (const v of values) out[Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / w)))]++;
  return out;
}

/** Memory of a table for V words: one-hot rows (V x V) against dense rows (V x d), float32 bytes. */
export function tableBytes(v: number, d: number): { oneHot: number; dense: number } {
  return { oneHot: v * v * 4, dense: v * d * 4 };
}
