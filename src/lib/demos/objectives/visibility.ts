/**
 * What each pre-training objective lets each prediction see, as 0/1 matrices over the
 * tokens of a sentence (row = the prediction at that position, column = a token it may read),
 * built from the engine's mask code (src/lib/ml/transformer/masks.ts). Plain TypeScript.
 *
 *   causal (GPT, CLM)        row i reads tokens 0..i and predicts token i + 1
 *   masked (BERT, MLM)       only the hidden positions are predicted; each reads every
 *                            visible token on both sides (and its own <mask>)
 *   permutation (XLNet, PLM) a random factorisation order; the query stream of position i
 *                            reads the tokens earlier in the order, wherever they sit
 */
import { Rng } from '$lib/ml/core/random';
import { causalMask, maskedLmVisibility, orderRanks, permutationMasks, type Mask } from '$lib/ml/transformer/masks';

export interface Visibility {
  causal: Mask;
  masked: Mask;
  /** XLNet query stream (what the prediction reads) and content stream. */
  permutation: Mask;
  content: Mask;
  /** The factorisation order (positions in prediction order) and each position's rank in it. */
  order: number[];
  rank: number[];
  /** The hidden positions of the masked objective. */
  hidden: number[];
}

/** A seeded random factorisation order of n positions. */
export function sampleOrder(n: number, seed: number): number[] {
  return new Rng(seed).shuffle(Array.from({ length: n }, (_, i) => i));
}

/** The three objectives' visibility over n tokens; `hidden` are the masked-LM positions. */
export function visibility(n: number, hidden: readonly number[], orderSeed: number): Visibility {
  const order = sampleOrder(n, orderSeed);
  const { query, content } = permutationMasks(order);
  const h = [...new Set(hidden.filter((i) => i >= 0 && i < n))].sort((a, b) => a - b);
  return { causal: causalMask(n), masked: maskedLmVisibility(n, h), permutation: query, content, order, rank: orderRanks(order), hidden: h };
}

/** How many tokens each prediction reads, and how many of them lie to its right. */
export function contextCounts(m: Mask): { seen: number[]; right: number[] } {
  return {
    seen: m.map((row) => row.reduce((a, b) => a + b, 0)),
    right: m.map((row, i) => row.reduce((a, v, j) => a + (j > i ? v : 0), 0))
  };
}

/** Whether a matrix is lower-triangular with a full diagonal (the causal pattern). */
export function isCausal(m: Mask): boolean {
  return m.every((row, i) => row.every((v, j) => v === (j <= i ? 1 : 0)));
}
