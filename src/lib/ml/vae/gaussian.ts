/**
 * Readable float64 maths of the variational autoencoder, for tests and explanatory views.
 * The tfjs model lives in ./vae/model.ts and computes the same quantities on tensors.
 */

/**
 * KL( N(mu, diag(exp(logVar))) || N(0, I) ), summed over dimensions:
 *   0.5 * sum_j ( exp(lv_j) + mu_j^2 - 1 - lv_j )
 * Kingma & Welling, "Auto-Encoding Variational Bayes" (ICLR 2014), appendix B, where it
 * appears with the opposite sign as -KL.
 */
export function gaussianKl(mu: number[], logVar: number[]): number {
  if (mu.length !== logVar.length) throw new Error('gaussianKl: mu and logVar differ in length');
  let s = 0;
  for (let j = 0; j < mu.length; j++) s += Math.exp(logVar[j]) + mu[j] * mu[j] - 1 - logVar[j];
  return 0.5 * s;
}

/** Mean and covariance (population, 1/n) of n points in 2-D given as [x0, y0, x1, y1, ...]. */
export function moments2d(points: ArrayLike<number>): { mean: [number, number]; cov: [number, number, number] } {
  const n = points.length / 2;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += points[2 * i]; my += points[2 * i + 1]; }
  mx /= n; my /= n;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = points[2 * i] - mx, dy = points[2 * i + 1] - my;
    sxx += dx * dx; sxy += dx * dy; syy += dy * dy;
  }
  return { mean: [mx, my], cov: [sxx / n, sxy / n, syy / n] };
}

/**
 * How far a cloud of 2-D latent means is from a standard normal's moments:
 * |mean|^2 + ||cov - I||_F (Frobenius). 0 when mean = 0 and cov = I.
 */
export function distanceFromStandardNormal(points: ArrayLike<number>): number {
  const { mean, cov } = moments2d(points);
  const [a, b, c] = cov;
  const frob = Math.sqrt((a - 1) ** 2 + 2 * b * b + (c - 1) ** 2);
  return mean[0] ** 2 + mean[1] ** 2 + frob;
}
