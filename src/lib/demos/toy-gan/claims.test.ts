/**
 * Teaching claims on the real model (seeded, cpu backend, 5 seeds each):
 * - gen-02: trained on a single Gaussian, the generated points' mean lands near the real mean;
 * - gen-12: with the gradient penalty (Gulrajani et al. 2017) the critic's gradient norm
 *   on interpolates between real and fake points stays near 1.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { createGanTrainer } from '$lib/ml/gan/trainer';
import { DEFAULT_GAN_PARAMS } from '$lib/ml/gan/config';
import { makeDataset } from '$lib/ml/gan/data';
import { meanXY } from '$lib/ml/gan/metrics';
import { presets } from './presets';

await cpuTf();
const SEEDS = [1, 2, 3, 4, 5];

describe('single-gaussian: the generated mean ends near the real mean', () => {
  const [rx, ry] = makeDataset('gaussian').mean;
  it.each(SEEDS)('seed %i, 200 iterations', async (seed) => {
    const t = createGanTrainer({ ...DEFAULT_GAN_PARAMS, ...presets['single-gaussian'].values }, seed);
    const start = meanXY((await t.snapshot()).fake);
    await t.train(200);
    const end = meanXY((await t.snapshot()).fake);
    t.dispose();
    const before = Math.hypot(start[0] - rx, start[1] - ry);
    const after = Math.hypot(end[0] - rx, end[1] - ry);
    // The real std is 0.12 and G starts about 0.4 away: it must close most of the gap.
    expect(before).toBeGreaterThan(0.25);
    expect(after).toBeLessThan(0.15);
  });
});

describe('wgan-gp: the critic gradient norm on interpolates stays near 1', () => {
  it.each(SEEDS)('seed %i, 30 iterations of 5 critic steps', async (seed) => {
    const t = createGanTrainer({ ...DEFAULT_GAN_PARAMS, ...presets['wgan-gp'].values }, seed);
    await t.train(30);
    const { gradNorm } = await t.snapshot();
    t.dispose();
    expect(gradNorm.mean).toBeGreaterThan(0.75);
    expect(gradNorm.mean).toBeLessThan(1.25);
  });
});
