/**
 * Attention masks as plain matrices: mask[i][j] = 1 when query i may attend to key j, else 0.
 * The tfjs model turns them into an additive bias (0 or -1e9) and also zeroes the masked
 * weights after the softmax, so a masked key gets exactly zero weight and a row with nothing
 * to attend to outputs zeros.
 */
export type Mask = number[][];

const square = (n: number, f: (i: number, j: number) => boolean): Mask =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (f(i, j) ? 1 : 0)));

/** Decoder (GPT): each token sees itself and what comes before. Lower-triangular. */
export function causalMask(n: number): Mask {
  return square(n, (i, j) => j <= i);
}

/** Encoder (BERT): every token sees every token. */
export function bidirectionalMask(n: number): Mask {
  return square(n, () => true);
}

/**
 * Sliding window of span W (Longformer; Mistral 7B's definition): query i sees keys
 * i - W .. i (causal) or i - W .. i + W (bidirectional). Stacked over L layers the receptive
 * field reaches L · W positions back.
 */
export function slidingWindowMask(n: number, window: number, causal = true): Mask {
  return square(n, (i, j) => (causal ? j <= i && i - j <= window : Math.abs(i - j) <= window));
}

/**
 * Strided sparse attention (Child et al. 2019, "strided" pattern), causal: query i sees the
 * `stride` most recent keys (i - stride < j <= i) and every key whose distance is a multiple
 * of the stride.
 */
export function stridedMask(n: number, stride: number): Mask {
  return square(n, (i, j) => j <= i && (i - j < stride || (i - j) % stride === 0));
}

/** Ranks of positions in a factorisation order: rank[order[t]] = t. */
export function orderRanks(order: readonly number[]): number[] {
  const rank = new Array<number>(order.length);
  order.forEach((pos, t) => (rank[pos] = t));
  return rank;
}

/**
 * XLNet's two streams for a factorisation order (Yang et al. 2019, §2.3). `order` lists the
 * positions in the order they are predicted. Content stream: position i sees every position
 * up to and including itself in that order. Query stream: only the positions strictly before
 * it (it knows where it is, not what it is).
 */
export function permutationMasks(order: readonly number[]): { content: Mask; query: Mask } {
  const r = orderRanks(order);
  const n = order.length;
  return { content: square(n, (i, j) => r[j] <= r[i]), query: square(n, (i, j) => r[j] < r[i]) };
}

/** Key padding: with `valid[j]` false, no query attends to key j. */
export function keyPaddingMask(valid: readonly boolean[], nQueries = valid.length): Mask {
  return Array.from({ length: nQueries }, () => valid.map((v) => (v ? 1 : 0)));
}

/** Padding for a sequence of `length` real tokens in a window of n. */
export function paddingMask(length: number, n: number): Mask {
  return keyPaddingMask(Array.from({ length: n }, (_, j) => j < length));
}

/** Element-wise AND of masks of equal shape. */
export function andMasks(...masks: Mask[]): Mask {
  return masks[0].map((row, i) => row.map((_, j) => (masks.every((m) => m[i][j] === 1) ? 1 : 0)));
}

/**
 * What each prediction of a masked LM sees (BERT): every position that is not masked, both
 * sides (a masked position sees its own [MASK] token, which carries only its position).
 * Rows of unmasked positions are all zero (nothing is predicted there).
 */
export function maskedLmVisibility(n: number, masked: readonly number[]): Mask {
  const isMasked = new Set(masked);
  return square(n, (i, j) => isMasked.has(i) && (!isMasked.has(j) || j === i));
}

/** Number of keys each query sees (row sums). */
export function rowCounts(mask: Mask): number[] {
  return mask.map((row) => row.reduce((a, b) => a + b, 0));
}

/** The positions query i of the last of `layers` stacked layers can draw on (mask composed with itself). */
export function receptiveField(mask: Mask, layers: number): Mask {
  let reach = mask.map((r) => [...r]);
  for (let l = 1; l < layers; l++) {
    const prev = reach;
    reach = mask.map((row) => row.map((_, j) => (row.some((v, k) => v === 1 && prev[k][j] === 1) ? 1 : 0)));
  }
  return reach;
}
