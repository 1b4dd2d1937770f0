/**
 * Cross-entropy and squared error on softmax probabilities, and their gradients with respect
 * to the logits, in plain float64 TypeScript (no tfjs): the analytic side of llm-16.
 *
 * Logits z (length V), p = softmax(z), true class c, one-hot target y:
 *   CE  = -log p_c                      dCE/dz_j  = p_j - y_j
 *   MSE = sum_k (p_k - y_k)^2           dMSE/dz_j = 2 p_j [ (p_j - y_j) - sum_k (p_k - y_k) p_k ]
 * The second line uses the softmax Jacobian dp_k/dz_j = p_k (delta_kj - p_j) (Bishop,
 * Pattern Recognition and Machine Learning, 2006, eq. 4.106). The leading p_j is why MSE's
 * push on the true logit vanishes when the model is confidently wrong (p_c -> 0).
 */

/** Numerically stable softmax (max subtracted). */
export function softmax(z: readonly number[]): number[] {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const e = z.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

function checkClass(z: readonly number[], c: number): void {
  if (!Number.isInteger(c) || c < 0 || c >= z.length) throw new Error(`class ${c} outside 0..${z.length - 1}`);
}

/** -log softmax(z)_c, computed as logsumexp(z) - z_c. */
export function crossEntropy(z: readonly number[], c: number): number {
  checkClass(z, c);
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const lse = max + Math.log(z.reduce((a, v) => a + Math.exp(v - max), 0));
  return lse - z[c];
}

/** sum_k (softmax(z)_k - y_k)^2 with y one-hot at c (the Brier score of the prediction). */
export function squaredError(z: readonly number[], c: number): number {
  checkClass(z, c);
  return softmax(z).reduce((a, p, k) => a + (p - (k === c ? 1 : 0)) ** 2, 0);
}

/** dCE/dz = p - y. */
export function crossEntropyGrad(z: readonly number[], c: number): number[] {
  checkClass(z, c);
  return softmax(z).map((p, k) => p - (k === c ? 1 : 0));
}

/** dMSE/dz_j = 2 p_j [ (p_j - y_j) - sum_k (p_k - y_k) p_k ]. */
export function squaredErrorGrad(z: readonly number[], c: number): number[] {
  checkClass(z, c);
  const p = softmax(z);
  const r = p.map((pk, k) => pk - (k === c ? 1 : 0));
  const dot = r.reduce((a, rk, k) => a + rk * p[k], 0);
  return p.map((pj, j) => 2 * pj * (r[j] - dot));
}

/** How the probability not on the true class is laid out over the other V - 1 classes. */
export type Spread = 'uniform' | 'one';

/**
 * Logits of V classes with class 0 the true class at probability p: the remaining 1 - p
 * spread evenly over the other V - 1 classes ('uniform') or all on class 1 ('one'; the
 * others then get a tiny share, 1e-6 of it). Logits are centred on the wrong classes (0).
 */
export function logitsForTrueProb(p: number, V: number, spread: Spread = 'uniform'): number[] {
  if (!(p > 0 && p < 1)) throw new Error('p must be in (0, 1)');
  if (!(Number.isInteger(V) && V >= 2)) throw new Error('V must be an integer >= 2');
  if (spread === 'uniform' || V === 2) {
    const q = (1 - p) / (V - 1);
    return [Math.log(p / q), ...new Array<number>(V - 1).fill(0)];
  }
  // 'one': class 1 holds (1 - p)(1 - eps), the other V - 2 share (1 - p) eps evenly.
  const eps = 1e-6;
  const big = (1 - p) * (1 - eps);
  const small = ((1 - p) * eps) / (V - 2);
  return [Math.log(p / small), Math.log(big / small), ...new Array<number>(V - 2).fill(0)];
}

export interface GradCurve {
  p: number[];
  /** dCE/dz_c at each p (= p - 1). */
  ce: number[];
  /** dMSE/dz_c at each p. */
  mse: number[];
}

/** Both gradients with respect to the true-class logit as p_c varies over `ps`. */
export function trueLogitGradCurve(ps: readonly number[], V: number, spread: Spread = 'uniform'): GradCurve {
  const ce: number[] = [];
  const mse: number[] = [];
  for (const p of ps) {
    const z = logitsForTrueProb(p, V, spread);
    ce.push(crossEntropyGrad(z, 0)[0]);
    mse.push(squaredErrorGrad(z, 0)[0]);
  }
  return { p: [...ps], ce, mse };
}

/** n points from lo to hi, evenly spaced in log(p / (1 - p)) (dense near 0 and 1). */
export function logitGrid(n: number, lo = 1e-3, hi = 1 - 1e-3): number[] {
  const a = Math.log(lo / (1 - lo));
  const b = Math.log(hi / (1 - hi));
  return Array.from({ length: n }, (_, i) => 1 / (1 + Math.exp(-(a + ((b - a) * i) / (n - 1)))));
}
