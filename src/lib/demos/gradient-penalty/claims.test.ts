/**
 * gen-12's teaching claim on the real models (seeded, cpu backend, 3 seeds): with the
 * gradient penalty the critic's gradient norm on interpolates between real and fake points
 * stays near 1; the weight-clipped critic's norms are far from 1 (vanishing, at c = 0.01)
 * with its weights piled at the clip bounds +-c (Gulrajani et al. 2017, Fig. 1b); the
 * vanilla GAN's discriminator gradient is not held near 1. Figures are averaged over
 * snapshots at iterations 20, 30 and 40 (after a 20-iteration warm-up).
 * The lambda presets: lambda = 0 lets the norms drift far above 1; lambda = 100 holds them.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { defaults } from '$lib/params/schema';
import { createPenaltyRace, RUNS, type PenaltySnapshot, type RunKind } from './trainer';
import { params } from './params';
import { presets } from './presets';

await cpuTf();
const SEEDS = [1, 2, 3];
const values = (preset: keyof typeof presets) => ({ ...defaults(params), ...presets[preset].values });

interface Figures {
  mean: Record<RunKind, number>;
  dist: Record<RunKind, number>;
  atBound: number;
}

async function figures(preset: keyof typeof presets, seed: number, chunks: number[]): Promise<Figures> {
  const t = createPenaltyRace(values(preset), seed);
  const snaps: PenaltySnapshot[] = [];
  try {
    for (const n of chunks) {
      await t.train(n);
      snaps.push(await t.snapshot());
    }
  } finally {
    t.dispose();
  }
  const avg = (f: (s: PenaltySnapshot) => number) => snaps.reduce((a, s) => a + f(s), 0) / snaps.length;
  const per = (f: (k: RunKind) => (s: PenaltySnapshot) => number) =>
    Object.fromEntries(RUNS.map((k) => [k, avg(f(k))])) as Record<RunKind, number>;
  return {
    mean: per((k) => (s) => s.runs[k].normMean),
    dist: per((k) => (s) => s.runs[k].normDist),
    atBound: snaps[snaps.length - 1].runs.clip.weights!.atBound
  };
}

const fmt = (f: Figures) =>
  RUNS.map((k) => `${k} mean ${f.mean[k].toPrecision(3)} |n-1| ${f.dist[k].toFixed(3)}`).join('; ') +
  `; clip weights at +-c ${(100 * f.atBound).toFixed(0)}%`;

describe('side-by-side: GP holds the norm near 1, clipping and the vanilla GAN do not', () => {
  it.each(SEEDS)('seed %i, iterations 20-40', async (seed) => {
    const f = await figures('side-by-side', seed, [20, 10, 10]);
    const why = fmt(f);
    // WGAN-GP: mean norm near 1, and individual norms close to it.
    expect(f.mean.gp, why).toBeGreaterThan(0.7);
    expect(f.mean.gp, why).toBeLessThan(1.3);
    expect(f.dist.gp, why).toBeLessThan(0.25);
    // Weight clipping at c = 0.01: vanishing norms, most weights pinned at +-c
    // (uniform weights in [-c, c] would put about 1% there).
    expect(f.mean.clip, why).toBeLessThan(0.1);
    expect(f.atBound, why).toBeGreaterThan(0.25);
    // Vanilla GAN: nothing ties its gradient to 1; its norms sit far from 1 on average.
    expect(f.dist.gan, why).toBeGreaterThan(0.3);
    expect(f.dist.gan, why).toBeGreaterThan(2 * f.dist.gp);
  });
});

describe('the lambda slider', () => {
  it('lambda-zero: without the penalty the critic norms drift far above 1', async () => {
    const f = await figures('lambda-zero', 1, [20]);
    expect(f.mean.gp, fmt(f)).toBeGreaterThan(2);
  });
  it('big-lambda: lambda 100 holds them at 1', async () => {
    const f = await figures('big-lambda', 1, [20]);
    expect(Math.abs(f.mean.gp - 1), fmt(f)).toBeLessThan(0.15);
    expect(f.dist.gp, fmt(f)).toBeLessThan(0.2);
  });
});
