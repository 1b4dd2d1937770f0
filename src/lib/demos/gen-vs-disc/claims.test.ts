import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { createGenVsDisc, GaussianGenerative, LogisticRegression, type GenDiscParams } from './trainer';
import { defaults, type Values } from '$lib/params/schema';
import { params as schema } from './params';
import { presets } from './presets';

const withPreset = (name: keyof typeof presets): GenDiscParams => {
  const { seed: _seed, ...rest } = { ...defaults(schema), ...presets[name].values } as Values<typeof schema>;
  return rest;
};

function classMeans(points: ArrayLike<number>, labels: ArrayLike<number>) {
  const s = [[0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < labels.length; i++) {
    const k = labels[i] ? 1 : 0;
    s[k][0] += points[2 * i];
    s[k][1] += points[2 * i + 1];
    s[k][2]++;
  }
  return { m0: [s[0][0] / s[0][2], s[0][1] / s[0][2]], m1: [s[1][0] / s[1][2], s[1][1] / s[1][2]], share1: s[1][2] / labels.length };
}

describe('generative vs discriminative (gen-01)', () => {
  it('teaching claim: the generative model samples new points whose class means match the data (5 seeds, 3 presets)', async () => {
    await cpuTf();
    for (const name of ['basics', 'overlapping', 'unequal-covariance'] as const) {
      for (const seed of [1, 2, 3, 4, 5]) {
        const t = createGenVsDisc(withPreset(name), seed);
        const data = classMeans(t.data.points, t.data.labels);
        const s = t.generative.sample(4000, new Rng(seed + 100));
        const gen = classMeans(s.points, s.labels);
        t.dispose();
        const tag = `${name} seed ${seed}`;
        for (const [a, b] of [[gen.m0, data.m0], [gen.m1, data.m1]]) {
          expect(Math.hypot(a[0] - b[0], a[1] - b[1]), tag).toBeLessThan(0.1);
        }
        expect(Math.abs(gen.share1 - data.share1), tag).toBeLessThan(0.03);
      }
    }
  });

  it('teaching claim: the discriminative model has no sampling method; its p(y|x) agrees with the labels (5 seeds, 3 presets)', async () => {
    await cpuTf();
    const own = (o: object) => Object.getOwnPropertyNames(Object.getPrototypeOf(o));
    // Bayes-optimal accuracy is about 0.99, 0.82 and 0.91 for these presets.
    const bound = { basics: 0.95, overlapping: 0.75, 'unequal-covariance': 0.85 };
    for (const [name, seed] of (['basics', 'overlapping', 'unequal-covariance'] as const).flatMap((n) => [1, 2, 3, 4, 5].map((s) => [n, s] as const))) {
      const t = createGenVsDisc(withPreset(name), seed);
      expect(own(t.discriminative).some((k) => /sample|generat|density/i.test(k))).toBe(false);
      expect(typeof (t.discriminative as unknown as { sample?: unknown }).sample).toBe('undefined');
      expect(t.discriminative).toBeInstanceOf(LogisticRegression);
      expect(own(t.generative)).toEqual(expect.arrayContaining(['sample', 'logDensity', 'posterior']));
      expect(t.generative).toBeInstanceOf(GaussianGenerative);
      await t.train(300);
      const q = await t.discriminative.posterior(t.data.points);
      t.dispose();
      expect(q.every((v) => v >= 0 && v <= 1)).toBe(true);
      let ok = 0;
      q.forEach((v, i) => (ok += v >= 0.5 === t.data.labels[i] > 0 ? 1 : 0));
      expect(ok / q.length, `${name} seed ${seed}`).toBeGreaterThan(bound[name]);
    }
  });

  it('with classes that really share a covariance, the two boundaries nearly coincide', async () => {
    await cpuTf();
    const t = createGenVsDisc({ ...withPreset('basics'), modelCov: 'shared' }, 3);
    await t.train(400);
    const s = await t.snapshot();
    // Same predicted class on the data, and boundaries pointing the same way.
    const q = await t.discriminative.posterior(t.data.points);
    const g = t.generative.posterior(t.data.points);
    t.dispose();
    let agree = 0;
    q.forEach((v, i) => (agree += v >= 0.5 === g[i] >= 0.5 ? 1 : 0));
    expect(agree / q.length).toBeGreaterThan(0.97);
    const [c0, c1] = s.gaussian.fit;
    const S = c0.cov;
    const d = [c1.mean[0] - c0.mean[0], c1.mean[1] - c0.mean[1]];
    const wg = [S[2] * d[0] - S[1] * d[1], -S[1] * d[0] + S[0] * d[1]]; // ∝ Sigma^-1 (mu1 - mu0)
    const wl = s.logistic.w;
    const cos = (wg[0] * wl[0] + wg[1] * wl[1]) / Math.hypot(...wg) / Math.hypot(...wl);
    expect(cos).toBeGreaterThan(0.98);
    expect(s.logistic.accuracy).toBeGreaterThan(0.9);
  });

  it('presets are valid and different', () => {
    const names = Object.keys(presets);
    expect(names).toEqual(['basics', 'overlapping', 'unequal-covariance']);
    expect(new Set(names.map((n) => JSON.stringify(presets[n as keyof typeof presets].values))).size).toBe(3);
  });

  it('leaks no tensors: flat after burn-in, back to baseline after dispose', async () => {
    const tf = await cpuTf();
    const before = tf.memory().numTensors;
    const t = createGenVsDisc(withPreset('unequal-covariance'), 1);
    await t.train(2);
    await t.snapshot();
    const burnt = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      await t.train(5);
      await t.snapshot();
      await t.discriminative.posterior(t.data.points);
      t.setParams({ modelCov: i % 2 ? 'shared' : 'per-class', lr: 0.2 });
    }
    expect(tf.memory().numTensors).toBe(burnt);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
