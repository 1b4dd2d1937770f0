/**
 * Ranked-retrieval metrics (Manning, Raghavan & Schütze, Introduction to Information
 * Retrieval, 2008, section 8.4), contracts of issue 15:
 *
 *   precisionAtK = |relevant items among the first k ranked| / k
 *   recallAtK    = |relevant items among the first k ranked| / |relevant|
 *
 * Decisions at the edges (the same as trec_eval's P_k and torchmetrics' RetrievalPrecision /
 * RetrievalRecall with their defaults, adaptive_k = False and empty_target_action = 'neg'):
 *   - k larger than the ranked list: the missing positions count as misses, precision still
 *     divides by k (a system that returns 3 items scores at most 3/5 at k = 5);
 *   - a duplicate in `ranked` is a hit only at its first occurrence; later copies take a
 *     rank position but retrieve nothing new (so neither metric can exceed 1);
 *   - duplicates in `relevant` count once (it is a set);
 *   - empty `relevant`: there is nothing to find, both return 0 (recall's 0 / 0 is defined
 *     as 0, as torchmetrics does by default);
 *   - k must be a positive integer, else RangeError (torchmetrics raises ValueError).
 * Items compare with SameValueZero (the string '1' is not the number 1).
 */
export type Item = string | number;

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
}

/** Number of distinct relevant items among the first k of `ranked`. */
export function hitsAtK(ranked: readonly Item[], relevant: readonly Item[], k: number): number {
  checkK(k);
  const rel = new Set(relevant);
  const found = new Set<Item>();
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (rel.has(ranked[i])) found.add(ranked[i]);
  return found.size;
}

export function precisionAtK(ranked: readonly Item[], relevant: readonly Item[], k: number): number {
  return hitsAtK(ranked, relevant, k) / k;
}

export function recallAtK(ranked: readonly Item[], relevant: readonly Item[], k: number): number {
  const n = new Set(relevant).size;
  const hits = hitsAtK(ranked, relevant, k);
  return n === 0 ? 0 : hits / n;
}
