/**
 * Gradient clipping in plain TypeScript (float64), the reference the gradient-clipping demo
 * (page gen-07) is checked against. Semantics follow TensorFlow:
 *
 * - clipByGlobalNorm (tf.clip_by_global_norm): global_norm = sqrt(sum over every tensor of
 *   its squared entries); every tensor is multiplied by the same factor
 *   maxNorm / max(globalNorm, maxNorm), so the direction of the whole gradient is kept and
 *   its length is at most maxNorm. The returned globalNorm is the norm before clipping.
 *   As in TF, the factor is clip_norm * min(1 / norm, 1 / clip_norm) + (norm - norm): when
 *   the global norm is not finite (an Inf or NaN entry anywhere) every entry of every
 *   tensor becomes NaN, so the failure is visible instead of silently zeroed
 *   (tensorflow/python/ops/clip_ops.py, clip_by_global_norm).
 * - clipByValue (tf.clip_by_value with [-limit, limit]): each entry clamped on its own,
 *   which bounds every coordinate but can change the direction.
 *
 * Inputs are never modified.
 */

export interface GlobalNormResult {
  clipped: number[][];
  globalNorm: number;
}

/** The L2 norm of all entries of all tensors taken together. */
export function globalNorm(grads: number[][]): number {
  let sq = 0;
  for (const t of grads) for (const v of t) sq += v * v;
  return Math.sqrt(sq);
}

export function clipByGlobalNorm(grads: number[][], maxNorm: number): GlobalNormResult {
  if (!(maxNorm > 0)) throw new Error('clipByGlobalNorm: maxNorm must be > 0');
  const norm = globalNorm(grads);
  // TF's factor: exactly 1 when norm <= maxNorm (also for all-zero grads, 1 / 0 = Infinity);
  // NaN when norm is Infinity or NaN (Infinity - Infinity and NaN - NaN are NaN).
  const scale = maxNorm * Math.min(1 / norm, 1 / maxNorm) + (norm - norm);
  return { clipped: grads.map((t) => t.map((v) => v * scale)), globalNorm: norm };
}

export function clipByValue(grads: number[][], limit: number): number[][] {
  if (!(limit >= 0)) throw new Error('clipByValue: limit must be >= 0');
  return grads.map((t) => t.map((v) => Math.min(limit, Math.max(-limit, v))));
}
