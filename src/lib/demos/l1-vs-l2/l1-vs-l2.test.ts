/**
 * gen-11's teaching claims on the real model (tfjs cpu, seeded): as the outlier grows from 0
 * to its maximum the L2 line moves far more than the L1 line; on a two-valued target L2
 * predicts the conditional mean and L1 the median. Plus the leak test and the presets.
 */
import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { defaults, sanitize } from '$lib/params/schema';
import { createL1L2Trainer, huberTf } from './trainer';
import { huber, huberGrad } from '$lib/ml/losses/pointwise';
import create from './trainer';
import { params } from './params';
import { presets } from './presets';

const SEEDS = [1, 2, 3];
const base = { ...defaults(params), outlier: 0 };

describe('L1 vs L2 teaching claims', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: outlier 0 -> max moves the L2 slope >= 5x the L1 slope; bimodal: L2 -> mean, L1 -> median`, async () => {
      await cpuTf();
      const t = create(base, seed);
      await t.train(300);
      const before = await t.snapshot();
      t.setParams!({ outlier: params.outlier.max });
      await t.train(300);
      const after = await t.snapshot();
      t.dispose();

      const dL1 = Math.abs(after.lines.l1.w - before.lines.l1.w);
      const dL2 = Math.abs(after.lines.l2.w - before.lines.l2.w);
      const dHuber = Math.abs(after.lines.huber.w - before.lines.huber.w);
      logFigures(`[gen-11] seed ${seed}: slope change L1 ${dL1.toFixed(4)}, Huber ${dHuber.toFixed(4)}, L2 ${dL2.toFixed(4)}, ratio L2/L1 ${(dL2 / dL1).toFixed(1)}`);
      expect(dL2).toBeGreaterThan(0.5);
      expect(dL2).toBeGreaterThanOrEqual(5 * dL1);
      expect(dHuber).toBeLessThan(dL2 / 2); // Huber sits in between, much nearer L1

      // Bimodal (600 steps by now): per input, L2 at the conditional mean, L1 at the median.
      const b = after.bimodal;
      const errL2 = Math.max(...b.predL2.map((p, i) => Math.abs(p - b.mean[i])));
      const errL1 = Math.max(...b.predL1.map((p, i) => Math.abs(p - b.median[i])));
      const gap = Math.min(...b.mean.map((m, i) => Math.abs(m - b.median[i])));
      logFigures(`[gen-11] seed ${seed}: bimodal max |L2 - mean| ${errL2.toFixed(3)}, max |L1 - median| ${errL1.toFixed(3)}, mean-median gap >= ${gap.toFixed(2)}`);
      expect(gap).toBeGreaterThan(0.4); // the two answers really differ
      expect(errL2).toBeLessThan(0.08);
      expect(errL1).toBeLessThan(0.08);
    });
  }
});

describe('L1 vs L2 trainer', () => {
  it('tfjs Huber and its gradient match the reference (torch.nn.HuberLoss)', async () => {
    const tf = await cpuTf();
    const rs = [-3, -1.2, -0.4, 0, 0.3, 0.9, 2.5];
    for (const delta of [0.5, 1, 2]) {
      const [v, g] = tf.tidy(() => {
        const r = tf.tensor1d(rs);
        return [huberTf(r, delta).arraySync(), tf.grad((x) => huberTf(x, delta).sum())(r).arraySync()] as number[][];
      });
      rs.forEach((r, i) => {
        expect(v[i]).toBeCloseTo(huber(r, delta), 5);
        expect(g[i]).toBeCloseTo(huberGrad(r, delta), 5);
      });
    }
  });

  it('leaks no tensors; dispose returns to the count before construction', async () => {
    const tf = await cpuTf();
    const start = tf.memory().numTensors;
    const t = createL1L2Trainer({ outlier: 4, delta: 1, lr: 0.03 }, 7);
    await t.train(5);
    await t.snapshot();
    const burnt = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      await t.train(5);
      await t.snapshot();
      expect(tf.memory().numTensors).toBe(burnt);
    }
    t.setParams!({ outlier: 2, lr: 0.01, delta: 0.5, pUpper: 0.4, points: { x: [0, 1, 2], y: [0, 1, 5] } });
    await t.train(5);
    const s = await t.snapshot();
    expect(tf.memory().numTensors).toBe(burnt);
    expect(s.points).toEqual({ x: [0, 1, 2], y: [0, 1, 5], outlierIndex: -1 });
    expect(s.curves.delta).toBe(0.5);
    expect(s.history.step.length).toBe(5);
    t.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('is deterministic per seed and returns plain data', async () => {
    await cpuTf();
    const run = async () => {
      const t = createL1L2Trainer({ outlier: 3, delta: 1, lr: 0.03 }, 11);
      const m = await t.train(10);
      const s = await t.snapshot();
      t.dispose();
      return { m, s };
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(Number.isFinite(a.m.loss)).toBe(true);
    expect(structuredClone(a.s)).toEqual(a.s);
    expect(a.s.points.outlierIndex).toBe(a.s.points.x.length - 1);
  });
});

describe('L1 vs L2 params and presets', () => {
  it('defaults are valid and the presets exist, labelled in both languages', () => {
    const d = defaults(params);
    expect(sanitize(params, d, d)).toEqual(d);
    expect(Object.keys(presets).sort()).toEqual(['bimodal', 'huber', 'outlier']);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
  });
});
