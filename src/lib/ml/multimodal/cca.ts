/**
 * Linear canonical correlation analysis (Hotelling 1936) in plain float64 TypeScript, and
 * the small linear algebra it needs (symmetric eigendecomposition by cyclic Jacobi
 * rotations, PCA). CCA finds directions a_k, b_k such that the projections X a_k and Y b_k
 * are maximally correlated, each uncorrelated with the earlier ones: no negatives, only the
 * paired samples and a whitening constraint (var(X a) = var(Y b) = 1) that keeps it from
 * collapsing. With ridge `reg` added to both covariances (regularised CCA):
 *
 *   M = Cxx^{-1/2} Cxy Cyy^{-1/2} = U S V^T,  a_k = Cxx^{-1/2} u_k,  b_k = Cyy^{-1/2} v_k,
 *   and the canonical correlations are the singular values S.
 */
export type Matrix = number[][];

/** Eigenvalues (descending) and unit eigenvectors (columns of `vectors`) of a symmetric matrix. */
export function symmetricEigen(a: Matrix, sweeps = 60): { values: number[]; vectors: Matrix } {
  const n = a.length;
  const m = a.map((r) => [...r]);
  const v: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p][q] * m[p][q];
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(m[p][q]) < 1e-300) continue;
        // Rotation that zeroes m[p][q] (Golub & Van Loan, Alg. 8.5.1).
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p];
          const mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k];
          const mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => m[j][j] - m[i][i]);
  return { values: order.map((i) => m[i][i]), vectors: v.map((row) => order.map((i) => row[i])) };
}

export function matMul(a: Matrix, b: Matrix): Matrix {
  const p = b[0]?.length ?? 0;
  return a.map((row) => {
    const out = new Array<number>(p).fill(0);
    row.forEach((r, k) => {
      if (r !== 0) for (let j = 0; j < p; j++) out[j] += r * b[k][j];
    });
    return out;
  });
}

export const transpose = (a: Matrix): Matrix => (a.length ? a[0].map((_, j) => a.map((r) => r[j])) : []);

/** Column means. */
export function columnMeans(x: Matrix): number[] {
  const d = x[0]?.length ?? 0;
  const mu = new Array<number>(d).fill(0);
  for (const r of x) for (let j = 0; j < d; j++) mu[j] += r[j] / x.length;
  return mu;
}

/** Sample covariance between the columns of centred a and b (divides by n - 1). */
function cov(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  return matMul(transpose(a), b).map((r) => r.map((v) => v / Math.max(1, n - 1)));
}

/** S^{-1/2} of a symmetric positive definite matrix (eigenvalues below `floor` are floored). */
export function inverseSqrt(s: Matrix, floor = 1e-12): Matrix {
  const { values, vectors } = symmetricEigen(s);
  const d = values.map((l) => 1 / Math.sqrt(Math.max(l, floor)));
  // V diag(d) V^T
  return vectors.map((vi) => vectors.map((vj) => vi.reduce((acc, vik, k) => acc + vik * d[k] * vj[k], 0)));
}

export interface Cca {
  /** Canonical correlations, descending. */
  correlations: number[];
  /** Directions as columns: x-side [p, k], y-side [q, k]. */
  a: Matrix;
  b: Matrix;
  /** Column means of the training X and Y (projections centre with them). */
  meanX: number[];
  meanY: number[];
}

/** Regularised linear CCA of paired rows X [n, p] and Y [n, q], keeping k components. */
export function cca(x: Matrix, y: Matrix, k: number, reg = 1e-3): Cca {
  if (x.length !== y.length || x.length < 2) throw new Error('cca: X and Y need the same number (>= 2) of rows');
  const meanX = columnMeans(x);
  const meanY = columnMeans(y);
  const xc = x.map((r) => r.map((v, j) => v - meanX[j]));
  const yc = y.map((r) => r.map((v, j) => v - meanY[j]));
  const ridge = (c: Matrix) => c.map((r, i) => r.map((v, j) => (i === j ? v + reg : v)));
  const wx = inverseSqrt(ridge(cov(xc, xc)));
  const wy = inverseSqrt(ridge(cov(yc, yc)));
  const m = matMul(matMul(wx, cov(xc, yc)), wy); // [p, q]
  // Left singular vectors from M M^T, right ones as M^T u / s.
  const { values, vectors } = symmetricEigen(matMul(m, transpose(m)));
  const kk = Math.min(k, x[0].length, y[0].length);
  const correlations: number[] = [];
  const ucols: number[][] = [];
  const vcols: number[][] = [];
  for (let c = 0; c < kk; c++) {
    const s = Math.sqrt(Math.max(0, values[c]));
    const u = vectors.map((r) => r[c]);
    let v = transpose(m).map((r) => r.reduce((acc, mij, i) => acc + mij * u[i], 0) / (s || 1));
    if (!(s > 1e-12)) v = v.map(() => 0);
    correlations.push(s);
    ucols.push(u);
    vcols.push(v);
  }
  return { correlations, a: matMul(wx, transpose(ucols)), b: matMul(wy, transpose(vcols)), meanX, meanY };
}

/** Canonical variates of new rows: (X - meanX) a, (Y - meanY) b. */
export function ccaProject(model: Cca, x: Matrix, side: 'x' | 'y'): Matrix {
  const mu = side === 'x' ? model.meanX : model.meanY;
  const w = side === 'x' ? model.a : model.b;
  return matMul(x.map((r) => r.map((v, j) => v - mu[j])), w);
}

/** The first k principal axes (columns) of the rows of x, and the mean. */
export function pca(x: Matrix, k: number): { mean: number[]; axes: Matrix; variances: number[] } {
  const mean = columnMeans(x);
  const xc = x.map((r) => r.map((v, j) => v - mean[j]));
  const { values, vectors } = symmetricEigen(cov(xc, xc));
  return { mean, axes: vectors.map((r) => r.slice(0, k)), variances: values.slice(0, k) };
}
