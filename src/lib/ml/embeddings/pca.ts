/**
 * Principal component analysis to 2-D for maps of word vectors, in plain TypeScript
 * (float64). The covariance C = X_c^T X_c / (n - 1) of the centred rows is d x d (d is
 * small); its two leading eigenvectors come from power iteration with deflation (Golub &
 * Van Loan, Matrix Computations, section 8.2), started from a fixed vector so the result is
 * deterministic. An eigenvector's sign is arbitrary: pass the previous components and each
 * new one is flipped to agree with its predecessor, so an animated map does not mirror
 * itself between frames.
 *
 * `eigenSym2` is the exact eigen-decomposition of a symmetric 2 x 2 matrix, the reference
 * the tests hold power iteration to on 2-D data.
 */
export interface Pca2 {
  /** Projected coordinates, one per row. */
  x: number[];
  y: number[];
  /** The two unit principal directions, each of length d. */
  components: [number[], number[]];
  /** Their eigenvalues (variances along them). */
  variances: [number, number];
  /** Share of the total variance the two components explain. */
  explained: number;
  mean: number[];
}

/** Eigenvalues (descending) and unit eigenvectors of [[a, b], [b, c]]. */
export function eigenSym2(a: number, b: number, c: number): { values: [number, number]; vectors: [[number, number], [number, number]] } {
  const mid = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const l1 = mid + r;
  const l2 = mid - r;
  let v1: [number, number];
  if (b !== 0) v1 = [l1 - c, b];
  else v1 = a >= c ? [1, 0] : [0, 1];
  const n = Math.hypot(v1[0], v1[1]);
  v1 = [v1[0] / n, v1[1] / n];
  return { values: [l1, l2], vectors: [v1, [-v1[1], v1[0]]] };
}

/** Covariance (n - 1 denominator) of rows [n, d] given row-major, and the mean. */
export function covariance(data: ArrayLike<number>, n: number, d: number): { cov: Float64Array; mean: number[] } {
  const mean = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j] / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const a = data[i * d + j] - mean[j];
      for (let k = j; k < d; k++) cov[j * d + k] += a * (data[i * d + k] - mean[k]);
    }
  }
  const den = Math.max(1, n - 1);
  for (let j = 0; j < d; j++) {
    for (let k = j; k < d; k++) {
      cov[j * d + k] /= den;
      cov[k * d + j] = cov[j * d + k];
    }
  }
  return { cov, mean };
}

/** Leading eigenvector and eigenvalue of a symmetric PSD matrix by power iteration. */
export function powerIteration(m: Float64Array, d: number, iters = 500, tol = 1e-12): { vector: number[]; value: number } {
  // A fixed, generic start (not orthogonal to any axis in practice).
  let v = Array.from({ length: d }, (_, i) => 1 + 0.1 * Math.sin(1 + i * 1.7));
  let value = 0;
  for (let it = 0; it < iters; it++) {
    const w = new Array<number>(d).fill(0);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) w[i] += m[i * d + j] * v[j];
    const n = Math.hypot(...w);
    if (n === 0) return { vector: v.map((x) => x / Math.hypot(...v)), value: 0 };
    const next = w.map((x) => x / n);
    const delta = next.reduce((s, x, i) => s + Math.abs(x - v[i]), 0);
    v = next;
    value = n;
    if (delta < tol) break;
  }
  // Rayleigh quotient for the value.
  let q = 0;
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) q += v[i] * m[i * d + j] * v[j];
  return { vector: v, value: q };
}

/**
 * PCA of rows [n, d] (row-major) to 2-D. `previous` (earlier components) fixes the signs.
 */
export function pca2d(data: ArrayLike<number>, n: number, d: number, previous?: readonly number[][]): Pca2 {
  const { cov, mean } = covariance(data, n, d);
  const total = Array.from({ length: d }, (_, i) => cov[i * d + i]).reduce((a, b) => a + b, 0);
  const first = powerIteration(cov, d);
  const deflated = Float64Array.from(cov);
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) deflated[i * d + j] -= first.value * first.vector[i] * first.vector[j];
  let second = d > 1 ? powerIteration(deflated, d) : { vector: [0], value: 0 };
  // Keep the second exactly orthogonal to the first (deflation leaves rounding behind).
  if (d > 1) {
    const p = second.vector.reduce((s, x, i) => s + x * first.vector[i], 0);
    const v = second.vector.map((x, i) => x - p * first.vector[i]);
    const nv = Math.hypot(...v) || 1;
    second = { vector: v.map((x) => x / nv), value: second.value };
  }
  const comps = [first.vector, second.vector].map((c, k) => {
    const prev = previous?.[k];
    if (prev && prev.length === d && c.reduce((s, x, i) => s + x * prev[i], 0) < 0) return c.map((x) => -x);
    return c;
  }) as [number[], number[]];
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    let px = 0;
    let py = 0;
    for (let j = 0; j < d; j++) {
      const a = data[i * d + j] - mean[j];
      px += a * comps[0][j];
      py += a * comps[1][j];
    }
    x.push(px);
    y.push(py);
  }
  const variances: [number, number] = [Math.max(0, first.value), Math.max(0, second.value)];
  return { x, y, components: comps, variances, explained: total > 0 ? (variances[0] + variances[1]) / total : 0, mean };
}
