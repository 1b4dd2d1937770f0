/**
 * Paired data for training: a generated world, its captions (with caption noise), their
 * token ids and bags of words. Plain typed arrays; a trainer turns them into tensors once.
 */
import { makeCaptions, type CaptionSpec, type Captions } from './captions';
import { encode, bagOfWords } from './tokenizer';
import { makeWorld, type World, type WorldSpec } from './world';
import { Rng } from '../core/random';

export interface PairSet {
  world: World;
  captions: Captions;
  /** Token ids of each caption. */
  ids: number[][];
  /** Bags of words, [n, VOCAB_SIZE]. */
  bags: Float32Array;
}

/** n image-caption pairs from one seed. */
export function makePairs(n: number, seed: number, world: WorldSpec = {}, captions: CaptionSpec = {}): PairSet {
  const rng = new Rng(seed);
  const w = makeWorld(n, rng.seed(), world);
  const c = makeCaptions(w.scenes, rng.seed(), captions);
  const ids = c.text.map(encode);
  return { world: w, captions: c, ids, bags: bagOfWords(ids) };
}

/** Bags of words of arbitrary texts (typed prompts), [texts.length, VOCAB_SIZE]. */
export const bagsOf = (texts: readonly string[]): Float32Array => bagOfWords(texts.map(encode));

/** `count` distinct random indices in [0, n) (count clamped to n). */
export function sampleIndices(rng: Rng, n: number, count: number): Int32Array {
  const k = Math.min(n, count);
  const out = new Int32Array(k);
  if (k * 3 < n) {
    const seen = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = rng.int(n);
      while (seen.has(j)) j = rng.int(n);
      seen.add(j);
      out[i] = j;
    }
    return out;
  }
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const r = i + rng.int(n - i);
    [all[i], all[r]] = [all[r], all[i]];
    out[i] = all[i];
  }
  return out;
}
