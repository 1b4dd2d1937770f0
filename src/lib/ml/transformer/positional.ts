/**
 * Position information in plain float64 TypeScript (no tfjs): the formulas the tfjs model
 * uses, in a form the views and the reference tests can read.
 *
 * - Sinusoidal encoding (Vaswani et al. 2017, §3.5):
 *     PE[pos][2i] = sin(pos / 10000^(2i/d)),  PE[pos][2i+1] = cos(pos / 10000^(2i/d)).
 * - RoPE (Su et al. 2021, RoFormer, eq. 34): the pair (x_{2i}, x_{2i+1}) of a query or key
 *   at position m is rotated by the angle m θ_i, θ_i = base^(-2i/d).
 * - ALiBi (Press et al. 2022): head h adds -slope_h · (i - j) to the score of query i on key j.
 * - Learned relative bias (Shaw et al. 2018; Raffel et al. 2020, simplified): one learned
 *   number per head per clipped offset j - i.
 */

/** Sinusoidal positional encoding, one row per position: number[positions.length][dModel]. */
export function sinusoidalEncoding(positions: number[], dModel: number): number[][] {
  return positions.map((pos) => {
    const row = new Array<number>(dModel);
    for (let c = 0; c < dModel; c++) {
      const i = Math.floor(c / 2);
      const angle = pos / Math.pow(10000, (2 * i) / dModel);
      row[c] = c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
    return row;
  });
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The position-similarity matrix S[i][j] = PE_i · PE_j for positions 0..n-1. */
export function positionSimilarity(n: number, dModel: number): number[][] {
  const pe = sinusoidalEncoding(
    Array.from({ length: n }, (_, i) => i),
    dModel
  );
  return pe.map((a) => pe.map((b) => dot(a, b)));
}

/** PE_p · PE_{p+k} for k = 0..maxOffset (it equals Σ_i cos(k ω_i) whatever p is). */
export function dotVsOffset(p: number, maxOffset: number, dModel: number): number[] {
  const [a] = sinusoidalEncoding([p], dModel);
  return Array.from({ length: maxOffset + 1 }, (_, k) => dot(a, sinusoidalEncoding([p + k], dModel)[0]));
}

/** RoPE frequencies θ_i = base^(-2i/d), i = 0..d/2-1. */
export function ropeFrequencies(dim: number, base = 10000): number[] {
  return Array.from({ length: Math.floor(dim / 2) }, (_, i) => Math.pow(base, (-2 * i) / dim));
}

/** Rotate each pair (x_{2i}, x_{2i+1}) of `vec` by pos · θ_i (RoFormer's interleaved pairs). */
export function ropeRotate(vec: readonly number[], pos: number, base = 10000): number[] {
  const out = [...vec];
  ropeFrequencies(vec.length, base).forEach((theta, i) => {
    const a = pos * theta;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    const [x0, x1] = [vec[2 * i], vec[2 * i + 1]];
    out[2 * i] = x0 * c - x1 * s;
    out[2 * i + 1] = x0 * s + x1 * c;
  });
  return out;
}

/** The RoPE attention score of query q at position m and key k at position n (no 1/sqrt(d)). */
export function ropeScore(q: readonly number[], k: readonly number[], m: number, n: number, base = 10000): number {
  return dot(ropeRotate(q, m, base), ropeRotate(k, n, base));
}

/**
 * ALiBi head slopes, as in the paper's reference code (ofirpress/attention_with_linear_biases):
 * for n a power of two, slope_h = (2^(-8/n))^(h+1); otherwise the slopes of the closest lower
 * power of two, then every other slope of twice that many.
 */
export function alibiSlopes(nHeads: number): number[] {
  const pow2 = (n: number) => {
    const start = Math.pow(2, -Math.pow(2, -(Math.log2(n) - 3)));
    return Array.from({ length: n }, (_, i) => Math.pow(start, i + 1));
  };
  if (Number.isInteger(Math.log2(nHeads))) return pow2(nHeads);
  const closest = Math.pow(2, Math.floor(Math.log2(nHeads)));
  return [...pow2(closest), ...pow2(2 * closest).filter((_, i) => i % 2 === 0).slice(0, nHeads - closest)];
}

/**
 * ALiBi bias of one head for query positions qPos and key positions kPos:
 * -slope · (q - k) for a causal model (keys at or before the query), -slope · |q - k| when
 * `symmetric` (encoders). Entries for keys after the query are -slope·(q-k) > 0 in the
 * causal form; the causal mask removes them.
 */
export function alibiBias(slope: number, qPos: readonly number[], kPos: readonly number[], symmetric = false): number[][] {
  return qPos.map((q) => kPos.map((k) => -slope * (symmetric ? Math.abs(q - k) : q - k)));
}

/** Index of the relative-bias bucket for offset k - q, clipped to [-maxDistance, maxDistance]. */
export function relativeBucket(q: number, k: number, maxDistance: number): number {
  return Math.max(-maxDistance, Math.min(maxDistance, k - q)) + maxDistance;
}
