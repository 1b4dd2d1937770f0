import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { createGanTrainer, GRID_SIZE } from './trainer';
import { DEFAULT_GAN_PARAMS, type GanParams } from './config';
import { LOSSES } from './losses';
import { OPTIMIZERS } from '$lib/ml/optim/optimizers';
import { Discriminator, Generator } from './models';
import { Rng } from '$lib/ml/core/random';

const tf = await cpuTf();
/** Tiny and fast: the mechanics, not the learning, are under test here. */
const tiny: GanParams = { ...DEFAULT_GAN_PARAMS, gHidden: 6, dHidden: 6, batch: 16, dSteps: 2 };

describe('models', () => {
  it('G maps noise to points inside (-1, 1)^2; D gives one score per row', () => {
    const G = new Generator({ noiseDim: 3, hidden: 5, layers: 2 }, new Rng(1));
    const D = new Discriminator({ hidden: 4, layers: 1, minibatchStd: true }, new Rng(2));
    expect(D.net.spec.input).toBe(3);
    expect(G.variables).toHaveLength(6);
    tf.tidy(() => {
      const x = G.apply(tf.randomNormal([10, 3], 0, 5, 'float32', 1));
      expect(x.shape).toEqual([10, 2]);
      expect(Math.max(...Array.from(x.abs().dataSync()))).toBeLessThan(1);
      expect(D.apply(x).shape).toEqual([10, 1]);
    });
    G.dispose();
    D.dispose();
  });

  it('the same seed gives the same weights', () => {
    const a = new Generator({ noiseDim: 2, hidden: 4, layers: 1 }, new Rng(5));
    const b = new Generator({ noiseDim: 2, hidden: 4, layers: 1 }, new Rng(5));
    expect(Array.from(a.variables[0].dataSync())).toEqual(Array.from(b.variables[0].dataSync()));
    a.dispose();
    b.dispose();
  });
});

describe('GAN trainer', () => {
  const cases: [string, Partial<GanParams>][] = [
    ...LOSSES.map((loss): [string, Partial<GanParams>] => [loss, { loss }]),
    ...OPTIMIZERS.map((optimizer): [string, Partial<GanParams>] => [optimizer, { optimizer }]),
    ['minibatch-std', { minibatchStd: true }],
    ['wgan-gp + minibatch-std', { loss: 'wgan-gp', minibatchStd: true }]
  ];

  it.each(cases)('leaks no tensors (%s)', async (_name, over) => {
    const before = tf.memory().numTensors;
    const t = createGanTrainer({ ...tiny, ...over }, 3);
    await t.train(2);
    await t.snapshot();
    const burnedIn = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      const m = await t.train(2);
      expect(Number.isFinite(m.dLoss) && Number.isFinite(m.gLoss)).toBe(true);
      await t.snapshot();
      expect(tf.memory().numTensors).toBe(burnedIn);
    }
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('returns plain data of the documented shapes', async () => {
    const t = createGanTrainer({ ...tiny, loss: 'wgan-gp' }, 1);
    const m = await t.train(3);
    expect(Object.keys(m).sort()).toEqual(['dLoss', 'gLoss']);
    const s = await t.snapshot();
    t.dispose();
    expect(s.iteration).toBe(3);
    expect(s.real).toBeInstanceOf(Float32Array);
    expect(s.fake.length).toBe(s.real.length);
    expect(s.grid.values).toHaveLength(GRID_SIZE * GRID_SIZE);
    expect(s.grid.kind).toBe('score');
    expect(s.arrows.length % 4).toBe(0);
    expect(s.modesTotal).toBe(8);
    expect(s.modes).toHaveLength(8);
    expect(s.gradNorm.histogram.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(s.dLoss).toBe(m.dLoss);
    expect(structuredClone(s)).toEqual(s);
  });

  it('the heat map is P(real) in [0, 1] for the sigmoid losses', async () => {
    const t = createGanTrainer(tiny, 1);
    await t.train(1);
    const s = await t.snapshot();
    t.dispose();
    expect(s.grid.kind).toBe('probability');
    expect(Math.min(...s.grid.values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...s.grid.values)).toBeLessThanOrEqual(1);
  });

  it('the same seed reproduces the run; another seed does not', async () => {
    const run = async (seed: number) => {
      const t = createGanTrainer(tiny, seed);
      const m = await t.train(3);
      t.dispose();
      return m;
    };
    const a = await run(4);
    expect(await run(4)).toEqual(a);
    expect((await run(5)).dLoss).not.toBe(a.dLoss);
  });

  it('setParams applies learning rates live (rate 0 freezes both nets)', async () => {
    const t = createGanTrainer({ ...tiny, optimizer: 'sgd' }, 2);
    await t.train(2);
    t.setParams!({ lrG: 0, lrD: 0, batch: 999 } as Partial<GanParams>);
    const before = await t.snapshot();
    await t.train(2);
    const after = await t.snapshot();
    expect(Array.from(after.fake)).toEqual(Array.from(before.fake));
    expect(Array.from(after.grid.values)).toEqual(Array.from(before.grid.values));
    t.setParams!({ lrG: 0.05 });
    await t.train(1);
    expect(Array.from((await t.snapshot()).fake)).not.toEqual(Array.from(after.fake));
    t.dispose();
  });

  it('train(0) trains nothing; use after dispose throws', async () => {
    const t = createGanTrainer(tiny, 1);
    expect(await t.train(0)).toEqual({});
    expect((await t.snapshot()).iteration).toBe(0);
    const m = await t.train(1);
    expect(await t.train(0)).toEqual(m);
    t.dispose();
    t.dispose();
    await expect(t.train(1)).rejects.toThrow();
  });

  it('a linear generator output is supported', async () => {
    const t = createGanTrainer({ ...tiny, gOutput: 'linear', gHidden: 8 }, 1);
    const s = await t.snapshot();
    t.dispose();
    expect(Array.from(s.fake).every(Number.isFinite)).toBe(true);
  });

  it('moons and custom data report no modes', async () => {
    const pts = Array.from({ length: 12 }, (_, i) => [Math.cos(i), Math.sin(i)]).flat();
    for (const over of [{ dataset: 'moons' }, { dataset: 'custom', customPoints: pts }] as const) {
      const t = createGanTrainer({ ...tiny, ...over }, 1);
      await t.train(1);
      const s = await t.snapshot();
      t.dispose();
      expect(s.dataset).toBe(over.dataset);
      expect(s.modesTotal).toBe(0);
    }
  });
});
