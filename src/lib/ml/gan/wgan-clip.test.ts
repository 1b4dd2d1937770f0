/**
 * The weight-clipped WGAN (Arjovsky et al. 2017): critic loss E[D(G(z))] - E[D(x)] as for
 * WGAN-GP but no penalty; every critic parameter clamped to [-c, c] after each critic step.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { ALL_LOSSES, LOSSES, clipWeights, discriminatorLoss, displayScore, generatorLoss, isCritic } from './losses';
import { weightSummary } from './metrics';
import { createGanTrainer } from './trainer';
import { DEFAULT_GAN_PARAMS, type GanConfig, type GanParams } from './config';

const tf = await cpuTf();
const tiny: GanParams = { ...DEFAULT_GAN_PARAMS, gHidden: 6, dHidden: 6, batch: 16, dSteps: 2 };
const clip: GanConfig = { ...tiny, loss: 'wgan-clip', optimizer: 'rmsprop', weightClip: 0.05 };

describe('wgan-clip loss', () => {
  it('is listed beside the toy GAN losses, which stay as they were', () => {
    expect(LOSSES).toEqual(['standard', 'nonsaturating', 'lsgan', 'wgan-gp']);
    expect(ALL_LOSSES).toEqual([...LOSSES, 'wgan-clip']);
    expect(ALL_LOSSES.filter(isCritic)).toEqual(['wgan-gp', 'wgan-clip']);
  });

  it('has the Wasserstein critic and generator losses and a raw-score heat map', () => {
    const r = tf.tensor2d([2, 4], [2, 1]);
    const f = tf.tensor2d([-1, 0], [2, 1]);
    expect(discriminatorLoss('wgan-clip', r, f).dataSync()[0]).toBeCloseTo(-3.5, 6);
    expect(generatorLoss('wgan-clip', f).dataSync()[0]).toBeCloseTo(0.5, 6);
    expect(displayScore('wgan-clip', f).dataSync()[1]).toBe(0);
  });

  it('clipWeights clamps every entry to [-c, c] in place', () => {
    const w = tf.variable(tf.tensor1d([-0.5, -0.01, 0, 0.02, 3]));
    tf.tidy(() => clipWeights([w], 0.02));
    expect(Array.from(w.dataSync()).map((v) => +v.toFixed(6))).toEqual([-0.02, -0.01, 0, 0.02, 0.02]);
    w.dispose();
  });

  it('weightSummary: share at the bounds and a histogram over [-c, c]', () => {
    const s = weightSummary([-0.1, -0.1, 0, 0.05, 0.1, NaN], 0.1, 4);
    expect(s.atBound).toBeCloseTo(0.6, 6);
    expect(s.histogram).toEqual({ lo: -0.1, hi: 0.1, counts: [2, 0, 1, 2] });
  });
});

describe('trainer with loss wgan-clip', () => {
  it('keeps every critic weight in [-c, c], reports them, and takes c live', async () => {
    const t = createGanTrainer(clip, 2);
    await t.train(3);
    const s = await t.snapshot();
    expect(s.grid.kind).toBe('score');
    expect(s.weights!.c).toBe(0.05);
    const { counts, lo, hi } = s.weights!.histogram;
    expect([lo, hi]).toEqual([-0.05, 0.05]);
    // Initial weights (std ~ 0.4) mostly lie outside: clipping pins them at the bounds.
    expect(s.weights!.atBound).toBeGreaterThan(0.5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2 * 6 + 6 + 6 * 6 + 6 + 6 + 1);
    t.setParams!({ weightClip: 0.01 });
    await t.train(1);
    const s2 = await t.snapshot();
    expect(s2.weights!.c).toBe(0.01);
    // A clipped critic of this size has a tiny input gradient: ||grad|| <= product of layer norms.
    expect(s2.gradNorm.mean).toBeLessThan(0.01);
    expect(s2.gradNorm.values).toHaveLength(256);
    t.dispose();
  });

  it('other losses report no weight summary', async () => {
    const t = createGanTrainer({ ...tiny, loss: 'wgan-gp' }, 1);
    expect((await t.snapshot()).weights).toBeUndefined();
    t.dispose();
  });

  it('leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const t = createGanTrainer(clip, 3);
    await t.train(2);
    await t.snapshot();
    const burnedIn = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      await t.train(2);
      await t.snapshot();
      expect(tf.memory().numTensors).toBe(burnedIn);
    }
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
