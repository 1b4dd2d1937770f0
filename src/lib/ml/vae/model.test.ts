/**
 * The trainer's contract: plain-data snapshot of the promised shape, determinism per seed,
 * live parameters, and tensor discipline (no leak per step or snapshot; dispose frees all).
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { createVaeTrainer, EVAL_SIZE, GRID_EXTENT, GRID_SIZE, LATENT, RECON_COUNT } from './model';
import { PIXELS, SIDE } from './shapes';

// A small model: these tests are about plumbing, not learning.
const small = { beta: 1, lr: 1e-2, hidden: 16, batch: 8 };

describe('VAE trainer', () => {
  it('leaks no tensors after burn-in and frees everything on dispose', async () => {
    const tf = await cpuTf();
    const before = tf.memory().numTensors;
    const t = createVaeTrainer(small, 1);
    await t.train(3);
    await t.snapshot();
    const after = tf.memory().numTensors;
    for (let i = 0; i < 4; i++) {
      await t.train(2);
      await t.snapshot();
      t.setParams?.({ lr: 5e-3 * (i + 1), beta: i });
      expect(tf.memory().numTensors).toBe(after);
    }
    await t.train(0);
    expect(tf.memory().numTensors).toBe(after);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('returns finite metrics, with loss = recon + kl (the negative ELBO)', async () => {
    await cpuTf();
    const t = createVaeTrainer({ ...small, beta: 3 }, 2);
    const m = await t.train(5);
    for (const k of ['loss', 'recon', 'kl', 'objective']) expect(Number.isFinite(m[k])).toBe(true);
    expect(m.loss).toBeCloseTo(m.recon + m.kl, 3);
    expect(m.objective).toBeCloseTo(m.recon + 3 * m.kl, 3);
    expect(m.step).toBe(5);
    t.dispose();
  });

  it('snapshots plain typed arrays of the promised sizes', async () => {
    await cpuTf();
    const t = createVaeTrainer(small, 3);
    await t.train(2);
    const s = await t.snapshot();
    expect(s.step).toBe(2);
    expect(s.side).toBe(SIDE);
    expect(s.inputs).toBeInstanceOf(Float32Array);
    expect(s.inputs.length).toBe(RECON_COUNT * PIXELS);
    expect(s.recons.length).toBe(RECON_COUNT * PIXELS);
    expect(s.inputKinds.length).toBe(RECON_COUNT);
    expect(s.latentMu.length).toBe(EVAL_SIZE * LATENT);
    expect(s.latentSigma.length).toBe(EVAL_SIZE * LATENT);
    expect(s.latentKinds.length).toBe(EVAL_SIZE);
    expect(s.gridSize).toBe(GRID_SIZE);
    expect(s.gridExtent).toBe(GRID_EXTENT);
    expect(s.grid.length).toBe(GRID_SIZE * GRID_SIZE * PIXELS);
    for (const a of [s.recons, s.grid, s.reparam.decoded]) expect(a.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(s.latentSigma.every((v) => v > 0)).toBe(true);
    // The reparameterisation view is self-consistent: z = mu + sigma * eps, for input 0.
    const r = s.reparam;
    expect(r.input).toEqual(s.inputs.slice(0, PIXELS));
    expect(Array.from(r.mu)).toEqual(Array.from(s.latentMu.slice(0, LATENT)));
    for (let j = 0; j < LATENT; j++) expect(r.z[j]).toBeCloseTo(r.mu[j] + r.sigma[j] * r.eps[j], 5);
    expect(r.decoded.length).toBe(PIXELS);
    expect(Number.isFinite(s.evalRecon) && Number.isFinite(s.evalKl)).toBe(true);
    // Structured-clonable (crosses the worker boundary).
    expect(structuredClone(s).grid).toEqual(s.grid);
    t.dispose();
  });

  it('is deterministic per seed and differs across seeds', async () => {
    await cpuTf();
    const run = async (seed: number) => {
      const t = createVaeTrainer(small, seed);
      const m = await t.train(4);
      const s = await t.snapshot();
      t.dispose();
      return { m, mu: Array.from(s.latentMu.slice(0, 6)) };
    };
    const [a, b, c] = [await run(11), await run(11), await run(12)];
    expect(b).toEqual(a);
    expect(c.mu).not.toEqual(a.mu);
  });

  it('applies a live learning rate: lr = 0 freezes the weights', async () => {
    await cpuTf();
    const t = createVaeTrainer(small, 4);
    await t.train(2);
    t.setParams?.({ lr: 0 });
    const s1 = await t.snapshot();
    await t.train(3);
    const s2 = await t.snapshot();
    expect(s2.latentMu).toEqual(s1.latentMu);
    expect(s2.grid).toEqual(s1.grid);
    t.dispose();
  });
});
