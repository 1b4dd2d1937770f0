/**
 * Forward-pass FLOPs of one transformer layer over n tokens, split by where they go
 * (a multiply-add counts 2 FLOPs; Kaplan et al. 2020, Table 1, counts the same terms):
 *
 *   projections  Q, K, V, O:            2 · n · 4 d²        = 8 n d²
 *   feed-forward d -> f -> d:           2 · n · 2 d f       = 4 n d f
 *   scores       Q Kᵀ:                  2 · n² · d
 *   mixing       weights · V:           2 · n² · d
 *
 * The first two grow like n, the last two like n²: with f = 4d the n² part overtakes the
 * rest when n > 6d.
 */
export interface FlopSplit {
  projections: number;
  mlp: number;
  scores: number;
  mixing: number;
  total: number;
  /** (scores + mixing) / total. */
  attentionShare: number;
}

export function layerFlops(n: number, dModel: number, dFF = 4 * dModel): FlopSplit {
  const projections = 8 * n * dModel * dModel;
  const mlp = 4 * n * dModel * dFF;
  const scores = 2 * n * n * dModel;
  const mixing = 2 * n * n * dModel;
  const total = projections + mlp + scores + mixing;
  return { projections, mlp, scores, mixing, total, attentionShare: (scores + mixing) / total };
}

/** Sequence length where the n² terms equal the linear ones: n = (8 d² + 4 d f) / (4 d). */
export function crossoverLength(dModel: number, dFF = 4 * dModel): number {
  return (8 * dModel * dModel + 4 * dModel * dFF) / (4 * dModel);
}

/** Least-squares slope and intercept of log(y) on log(x) (points with x, y > 0). */
export function logLogSlope(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  const pts = x.map((v, i) => [v, y[i]]).filter(([a, b]) => a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b));
  const lx = pts.map(([a]) => Math.log(a));
  const ly = pts.map(([, b]) => Math.log(b));
  const n = lx.length;
  if (n < 2) return { slope: NaN, intercept: NaN };
  const mx = lx.reduce((a, b) => a + b, 0) / n;
  const my = ly.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (lx[i] - mx) * (ly[i] - my);
    sxx += (lx[i] - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : NaN;
  return { slope, intercept: my - slope * mx };
}
