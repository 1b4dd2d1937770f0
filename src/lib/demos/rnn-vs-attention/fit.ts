/**
 * A straight line through (x, log10 y): least squares slope, intercept and R². A geometric
 * sequence y = a r^x gives slope log10 r and R² = 1. Plain TypeScript.
 */
export interface LogFit {
  slope: number;
  intercept: number;
  r2: number;
  /** 10^slope: the factor per unit of x. */
  ratio: number;
}

export function logLinearFit(x: readonly number[], y: readonly number[]): LogFit {
  const pts = x.map((xi, i) => [xi, Math.log10(y[i])] as const).filter(([, l]) => Number.isFinite(l));
  const n = pts.length;
  if (n < 2) return { slope: NaN, intercept: NaN, r2: NaN, ratio: NaN };
  const mx = pts.reduce((a, [v]) => a + v, 0) / n;
  const my = pts.reduce((a, [, v]) => a + v, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (const [a, b] of pts) {
    sxy += (a - mx) * (b - my);
    sxx += (a - mx) ** 2;
    syy += (b - my) ** 2;
  }
  const slope = sxy / sxx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept: my - slope * mx, r2, ratio: 10 ** slope };
}

/** Median of a list (for timings). */
export function median(v: readonly number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
