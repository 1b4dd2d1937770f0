/**
 * A character (or word) stream for a tiny causal LM, plain TypeScript (no tfjs): sentences
 * joined by a separator (". " in English, "。" in Chinese) and cut into windows of T + 1 tokens.
 *
 * Each training window starts at a random point of a random sentence (separator included) and
 * continues with further random sentences, so the model learns sentence boundaries and what
 * follows a separator (any sentence), not the order of one fixed concatenation. The split into
 * training and held-out sentences is seeded; the tokenizer covers the whole corpus so that
 * held-out text never hits <unk>.
 */
import { Rng } from '$lib/ml/core/random';
import { CharTokenizer, type Tokenizer } from './tokenizer';

export interface CharStreamOptions {
  /** Sentences in the training set (the rest, up to `heldOut`, are held out). */
  train: number;
  /** Held-out sentences (default: all the others). */
  heldOut?: number;
  /** Separator written after each sentence. */
  sep: string;
  /** Window length T (the model sees T characters and predicts T). */
  context: number;
  /** Seeds the split. */
  seed: number;
  /** Tokenizer (default: a CharTokenizer over the sentences and the separator). A WordTokenizer makes it a word stream. */
  tok?: Tokenizer;
}

export interface CharStream {
  tok: Tokenizer;
  sep: string;
  sepIds: number[];
  context: number;
  train: string[];
  heldOut: string[];
  trainIds: number[][];
  heldOutIds: number[][];
}

export function charStream(sentences: readonly string[], o: CharStreamOptions): CharStream {
  const tok = o.tok ?? new CharTokenizer([...sentences, o.sep]);
  const order = new Rng(o.seed).shuffle(sentences.map((_, i) => i));
  const n = Math.max(1, Math.min(o.train, sentences.length - 1));
  const train = order.slice(0, n).map((i) => sentences[i]);
  const heldOut = order.slice(n, n + (o.heldOut ?? sentences.length)).map((i) => sentences[i]);
  return {
    tok, sep: o.sep, sepIds: tok.encode(o.sep), context: o.context, train, heldOut,
    trainIds: train.map((s) => tok.encode(s)),
    heldOutIds: heldOut.map((s) => tok.encode(s))
  };
}

/** One window of `len` ids from random sentences of `pool` (each followed by the separator). */
export function streamWindow(pool: readonly number[][], sepIds: readonly number[], len: number, rng: Rng): number[] {
  const piece = () => [...pool[rng.int(pool.length)], ...sepIds];
  const first = [...sepIds, ...piece()];
  const out = first.slice(rng.int(first.length - 1));
  while (out.length < len) out.push(...piece());
  return out.slice(0, len);
}

export function streamWindows(pool: readonly number[][], sepIds: readonly number[], len: number, n: number, rng: Rng): number[][] {
  return Array.from({ length: n }, () => streamWindow(pool, sepIds, len, rng));
}

/** Sentences joined with the separator, as ids, starting with a separator (the "start of text" context). */
export function joinSentences(ids: readonly number[][], sepIds: readonly number[]): number[] {
  return [...sepIds, ...ids.flatMap((s) => [...s, ...sepIds])];
}

/** Split generated text at the separator: the complete sentences (trimmed) and whether the last was cut off. */
export function splitSentences(text: string, sep: string): string[] {
  return text.split(sep.trim() || sep).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** AUROC: the probability that a random positive scores above a random negative (ties count half). */
export function auroc(pos: readonly number[], neg: readonly number[]): number {
  if (!pos.length || !neg.length) return NaN;
  let s = 0;
  for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
  return s / (pos.length * neg.length);
}
