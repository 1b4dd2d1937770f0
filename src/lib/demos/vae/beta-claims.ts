/**
 * Test helper (imported only by beta-seed*.test.ts): the teaching claims of gen-03 about
 * beta, the weight of the KL term, checked for one seed. After equal training from the same
 * seed, a large beta (the demo's beta-high preset) gives a smaller KL term and latent means
 * spread like N(0, I); beta = 0 (the beta-zero preset) scatters the latent means far from
 * N(0, I) but reconstructs better. One seed per test file keeps each file short on the cpu
 * backend (two 200-step runs each); the three files together cover three seeds.
 */
import { expect } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { distanceFromStandardNormal, gaussianKl, moments2d } from '$lib/ml/vae/gaussian';
import { createVaeTrainer, type VaeSnapshot } from '$lib/ml/vae/model';

// Demo defaults with the two presets' betas (src/lib/demos/vae/presets.test.ts checks them).
export const CLAIM_DEFAULTS = { lr: 1e-2, hidden: 64, batch: 32 };
export const BETA_ZERO = 0;
export const BETA_HIGH = 6;
export const CLAIM_STEPS = 200;

async function trained(beta: number, seed: number): Promise<VaeSnapshot> {
  const t = createVaeTrainer({ ...CLAIM_DEFAULTS, beta }, seed);
  await t.train(CLAIM_STEPS);
  const s = await t.snapshot();
  t.dispose();
  return s;
}

/** Mean KL over the evaluation set, recomputed in float64 from the snapshot's mu and sigma. */
function meanKl(s: VaeSnapshot): number {
  const n = s.latentKinds.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const mu = [s.latentMu[2 * i], s.latentMu[2 * i + 1]];
    const lv = [2 * Math.log(s.latentSigma[2 * i]), 2 * Math.log(s.latentSigma[2 * i + 1])];
    total += gaussianKl(mu, lv);
  }
  return total / n;
}

/** Total variance of the latent means (trace of their covariance; 2 for N(0, I)). */
function spread(s: VaeSnapshot): number {
  const { cov } = moments2d(s.latentMu);
  return cov[0] + cov[2];
}

export async function checkBetaClaims(seed: number): Promise<void> {
  await cpuTf();
  const zero = await trained(BETA_ZERO, seed);
  const high = await trained(BETA_HIGH, seed);

  // The model's KL term agrees with the float64 closed form (../vae.ts).
  for (const s of [zero, high]) expect(Math.abs(meanKl(s) - s.evalKl)).toBeLessThan(1e-3 * s.evalKl + 1e-3);

  // Large beta: a much smaller KL term (typically 20x smaller at this budget).
  expect(high.evalKl).toBeLessThan(zero.evalKl / 5);

  // Large beta: latent means near N(0, I), i.e. mean near 0 and covariance near I
  // (typically 0.2-0.5 here); beta = 0: far off, spread over a much wider area.
  const dHigh = distanceFromStandardNormal(high.latentMu);
  const dZero = distanceFromStandardNormal(zero.latentMu);
  expect(dHigh).toBeLessThan(1);
  expect(dZero).toBeGreaterThan(5 * dHigh);
  expect(spread(zero)).toBeGreaterThan(2 * spread(high));

  // beta = 0: better reconstructions of the evaluation set, in nats per image
  // (typically 5-14 nats lower at this budget, out of ~55).
  expect(zero.evalRecon).toBeLessThan(high.evalRecon - 2);
}
