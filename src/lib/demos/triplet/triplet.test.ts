/**
 * emb-13 / emb-14 on the real model (tfjs cpu, seeded): classes separate; an oversized margin
 * with hard mining leaves most triplets active; the leak test; params and presets. The
 * zero-loss / zero-gradient claim is checked with tf.grad in src/lib/ml/triplet/loss.test.ts,
 * the margin claim in ./margin.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { defaults, sanitize } from '$lib/params/schema';
import { createTripletTrainer } from './trainer';
import create from './trainer';
import { params } from './params';
import { presets } from './presets';

describe('triplet teaching claims', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: an oversized margin with hard mining leaves most triplets active`, async () => {
      await cpuTf();
      const t = create({ ...defaults(params), ...presets['oversized-margin'].values }, seed);
      const start = await t.snapshot();
      const m = await t.train(150);
      const s = await t.snapshot();
      t.dispose();
      logFigures(
        `[emb-14] seed ${seed}: oversized margin ${s.main.margin}, hard mining: active in batch ${m.activeShare.toFixed(2)}, ` +
          `of all triplets ${s.main.activeShareAll.toFixed(2)}, loss ${m.loss.toFixed(3)}, ratio ${start.main.separation.ratio.toFixed(2)} -> ${s.main.separation.ratio.toFixed(2)}`
      );
      expect(m.activeShare).toBeGreaterThan(0.5);
      expect(s.main.activeShareAll).toBeGreaterThan(0.5);
      expect(m.loss).toBeGreaterThan(0);
    });
  }

  it('classes separate under the default settings; the picked triplet is consistent', async () => {
    await cpuTf();
    const t = create(defaults(params), 1);
    const start = await t.snapshot();
    await t.train(150);
    const s = await t.snapshot();
    t.dispose();
    logFigures(`[emb-13] seed 1 defaults: ratio ${start.main.separation.ratio.toFixed(2)} -> ${s.main.separation.ratio.toFixed(2)}, all-triplet active share ${start.main.activeShareAll.toFixed(2)} -> ${s.main.activeShareAll.toFixed(2)}`);
    expect(s.main.separation.ratio).toBeGreaterThan(1.5 * start.main.separation.ratio);
    expect(s.main.activeShareAll).toBeLessThan(start.main.activeShareAll);
    const tr = s.main.triplet;
    expect(s.main.labels[tr.positive]).toBe(s.main.labels[tr.anchor]);
    expect(s.main.labels[tr.negative]).not.toBe(s.main.labels[tr.anchor]);
    expect(tr.loss).toBeCloseTo(Math.max(tr.dAP - tr.dAN + tr.margin, 0), 12);
    expect(Math.max(...s.main.x.map((x, i) => Math.hypot(x, s.main.y[i])))).toBeLessThan(1); // the unit disc
  });
});

describe('triplet trainer', () => {
  it('leaks no tensors; dispose returns to the count before construction', async () => {
    const tf = await cpuTf();
    for (const mining of ['random', 'semi-hard', 'hard'] as const) {
      const start = tf.memory().numTensors;
      const t = createTripletTrainer({ margin: 1, mining, lr: 0.03, distance: 'squared', compare: true, compareMargin: 0.2 }, 3);
      await t.train(3);
      await t.snapshot();
      const burnt = tf.memory().numTensors;
      for (let i = 0; i < 3; i++) {
        await t.train(3);
        await t.snapshot();
        expect(tf.memory().numTensors).toBe(burnt);
      }
      t.setParams!({ margin: 0.5, mining: 'hard', lr: 0.01, anchor: 17, compareMargin: 0 });
      await t.train(3);
      const s = await t.snapshot();
      expect(tf.memory().numTensors).toBe(burnt);
      expect(s.main.triplet.anchor).toBe(17);
      expect(s.compare!.margin).toBe(0);
      t.dispose();
      expect(tf.memory().numTensors).toBe(start);
    }
  });

  it('is deterministic per seed and returns plain data', async () => {
    await cpuTf();
    const run = async () => {
      const t = createTripletTrainer({ margin: 1, mining: 'semi-hard', lr: 0.03, distance: 'euclidean' }, 4);
      const m = await t.train(5);
      const s = await t.snapshot();
      t.dispose();
      return { m, s };
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(a.s.compare).toBeNull();
    expect(structuredClone(a.s)).toEqual(a.s);
  });
});

describe('triplet params and presets', () => {
  it('defaults are valid and the presets exist, labelled in both languages', () => {
    const d = defaults(params);
    expect(sanitize(params, d, d)).toEqual(d);
    expect(Object.keys(presets).sort()).toEqual(['margin-zero', 'oversized-margin', 'small-vs-large-margin', 'triplet-basics']);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
    // Oversized means it: Euclidean distances in the unit disc are below 2.
    expect(presets['oversized-margin'].values.margin).toBeGreaterThan(2);
  });
});
