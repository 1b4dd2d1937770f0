/**
 * Class conditioning (Mirza & Osindero 2014): labelled data, one-hot inputs to G and D,
 * and the conditional trainer's mechanics (the learning is asserted by the
 * conditional-generation demo's claims test).
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { RING_RADIUS } from './data';
import { BLOB_RADIUS, classShares, makeLabelledDataset, nearestClass, oneHot, LABELLED_DATASETS } from './labelled';
import { Discriminator, Generator } from './models';
import { createCondGanTrainer, DEFAULT_COND_GAN_PARAMS, PER_CLASS, type CondGanParams } from './conditional';

const tf = await cpuTf();
const tiny: CondGanParams = { ...DEFAULT_COND_GAN_PARAMS, gHidden: 6, dHidden: 6, batch: 16 };

describe('labelled datasets', () => {
  it('blobs: 3 classes; ring: 8, one per mode of the 8-Gaussian ring', () => {
    const blobs = makeLabelledDataset('blobs');
    expect(blobs.classes).toHaveLength(3);
    for (const c of blobs.classes) expect(Math.hypot(c.x, c.y)).toBeCloseTo(BLOB_RADIUS, 6);
    const ring = makeLabelledDataset('ring');
    expect(ring.classes).toHaveLength(8);
    for (const c of ring.classes) expect(Math.hypot(c.x, c.y)).toBeCloseTo(RING_RADIUS, 6);
  });

  it('samples are seeded, labelled by the mode they come from, classes about equally likely', () => {
    for (const kind of LABELLED_DATASETS) {
      const d = makeLabelledDataset(kind);
      const a = d.sample(4000, new Rng(5));
      expect(Array.from(a.xy)).toEqual(Array.from(d.sample(4000, new Rng(5)).xy));
      let near = 0;
      const counts = new Array<number>(d.classes.length).fill(0);
      for (let i = 0; i < 4000; i++) {
        counts[a.labels[i]]++;
        if (nearestClass(a.xy[2 * i], a.xy[2 * i + 1], d.classes) === a.labels[i]) near++;
      }
      expect(near / 4000, kind).toBeGreaterThan(0.95);
      for (const c of counts) expect(Math.abs(c / 4000 - 1 / d.classes.length), kind).toBeLessThan(0.03);
    }
  });

  it('oneHot, nearestClass and classShares', () => {
    expect(Array.from(oneHot([2, 0], 3))).toEqual([0, 0, 1, 1, 0, 0]);
    const classes = [
      { x: 0, y: 0, std: 1 },
      { x: 1, y: 0, std: 1 }
    ];
    expect(nearestClass(0.6, 0, classes)).toBe(1);
    expect(nearestClass(NaN, 0, classes)).toBe(-1);
    expect(classShares([0, 0, 0.1, 0, 0.9, 0, NaN, 0], classes)).toEqual([0.5, 0.25]);
  });
});

describe('conditional models', () => {
  it('G and D append the one-hot label to their input, and require it', () => {
    const G = new Generator({ noiseDim: 2, hidden: 4, layers: 1, classes: 3 }, new Rng(1));
    const D = new Discriminator({ hidden: 4, layers: 1, classes: 3 }, new Rng(2));
    expect(G.net.spec.input).toBe(5);
    expect(D.net.spec.input).toBe(5);
    tf.tidy(() => {
      const y = tf.tensor2d(oneHot([0, 2], 3), [2, 3]);
      const x = G.apply(tf.zeros([2, 2]), y);
      expect(x.shape).toEqual([2, 2]);
      expect(D.apply(x, undefined, y).shape).toEqual([2, 1]);
      // Same noise, different class: different points.
      const [a, b] = [x.slice([0, 0], [1, 2]), x.slice([1, 0], [1, 2])].map((t) => Array.from(t.dataSync()));
      expect(a).not.toEqual(b);
      expect(() => G.apply(tf.zeros([2, 2]))).toThrow();
      expect(() => D.apply(x)).toThrow();
    });
    G.dispose();
    D.dispose();
  });
});

describe('conditional GAN trainer', () => {
  it.each([true, false])('leaks no tensors (conditional %s)', async (conditional) => {
    const before = tf.memory().numTensors;
    const t = createCondGanTrainer({ ...tiny, conditional }, 3);
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

  it.each(['wgan-gp', 'wgan-clip'] as const)('runs with loss %s, leak-free', async (loss) => {
    const before = tf.memory().numTensors;
    const t = createCondGanTrainer({ ...tiny, loss, gpLambda: 10, weightClip: 0.05 }, 1);
    const m = await t.train(2);
    expect(Number.isFinite(m.dLoss)).toBe(true);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('returns plain data: one block of points per class, shares per block', async () => {
    const t = createCondGanTrainer({ ...tiny, dataset: 'ring' }, 1);
    expect(await t.train(0)).toEqual({});
    const m = await t.train(2);
    expect(Object.keys(m).sort()).toEqual(['dLoss', 'gLoss']);
    const s = await t.snapshot();
    const u = createCondGanTrainer({ ...tiny, dataset: 'ring', conditional: false }, 1);
    const su = await u.snapshot();
    t.dispose();
    u.dispose();
    expect(structuredClone(s)).toEqual(s);
    expect(s.iteration).toBe(2);
    expect(s.conditional).toBe(true);
    expect(s.perClass).toBe(PER_CLASS);
    expect(s.fake.length).toBe(2 * 8 * PER_CLASS);
    expect(s.real.length).toBe(2 * s.realLabels.length);
    expect(s.shares).toHaveLength(8);
    for (const row of s.shares) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(su.conditional).toBe(false);
    expect(su.shares).toHaveLength(1);
    expect(su.fake.length).toBe(s.fake.length);
  });

  it('the same seed reproduces the run; setParams changes rates live', async () => {
    const run = async () => {
      const t = createCondGanTrainer(tiny, 4);
      const m = await t.train(3);
      t.dispose();
      return m;
    };
    expect(await run()).toEqual(await run());
    const t = createCondGanTrainer({ ...tiny, optimizer: 'sgd' }, 2);
    t.setParams!({ lrG: 0, lrD: 0 });
    const a = await t.snapshot();
    await t.train(2);
    expect(Array.from((await t.snapshot()).fake)).toEqual(Array.from(a.fake));
    t.dispose();
    await expect(t.train(1)).rejects.toThrow();
  });
});
