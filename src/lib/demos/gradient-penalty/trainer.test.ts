import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { defaults, sanitize } from '$lib/params/schema';
import { createPenaltyRace, logHistogram, runParams, RUNS } from './trainer';
import { params } from './params';
import { presets } from './presets';

const tf = await cpuTf();
const base = { ...defaults(params), ...presets['side-by-side'].values };

describe('gradient-penalty presets', () => {
  it('has the linked presets; each survives validation unchanged and has both labels', () => {
    expect(Object.keys(presets).sort()).toEqual(['big-lambda', 'lambda-zero', 'side-by-side']);
    for (const [name, p] of Object.entries(presets)) {
      const v = { ...defaults(params), ...p.values };
      expect(sanitize(params, defaults(params), v), name).toEqual(v);
      expect(p.label.en && p.label['zh-Hant'], name).toBeTruthy();
    }
    expect(defaults(params)).toEqual({ ...base, seed: 1 });
    expect(presets['lambda-zero'].values.gpLambda).toBe(0);
    expect(presets['big-lambda'].values.gpLambda!).toBeGreaterThan(presets['side-by-side'].values.gpLambda!);
  });

  it('the three runs share data, networks and rates; only loss, optimiser and clip differ', () => {
    const r = runParams(base);
    expect([r.gan.loss, r.clip.loss, r.gp.loss]).toEqual(['nonsaturating', 'wgan-clip', 'wgan-gp']);
    expect([r.gan.optimizer, r.clip.optimizer, r.gp.optimizer]).toEqual(['adam', 'rmsprop', 'adam']);
    const strip = ({ loss: _l, optimizer: _o, weightClip: _c, ...rest }: (typeof r)['gan']) => rest;
    expect(strip(r.clip)).toEqual(strip(r.gan));
    expect(strip(r.gp)).toEqual(strip(r.gan));
    expect(r.clip.weightClip).toBe(base.weightClip);
  });
});

describe('logHistogram', () => {
  it('bins log10 norms over whole decades that always include 0.1 to 10', () => {
    const h = logHistogram({ gan: [1, 20], clip: [0.001], gp: [1, 1, NaN, 0] }, 2);
    expect([h.lo, h.hi]).toEqual([-3, 2]);
    expect(h.counts.gp).toHaveLength(10);
    expect(h.counts.gp.reduce((a, b) => a + b, 0)).toBe(2);
    expect(h.counts.gp[6]).toBe(2); // log10 1 = 0 lands in the bin [0, 0.5)
    expect(h.counts.clip[0]).toBe(1);
    expect(h.counts.gan[8]).toBe(1); // log10 20 = 1.3 in [1, 1.5)
    expect(logHistogram({ gan: [1], clip: [1], gp: [1] })).toMatchObject({ lo: -1, hi: 1 });
  });
});

describe('gradient-penalty trainer', () => {
  it('leaks no tensors: flat after burn-in, back to the start after dispose', async () => {
    const before = tf.memory().numTensors;
    const t = createPenaltyRace(base, 3);
    await t.train(1);
    await t.snapshot();
    const burnedIn = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      await t.train(1);
      await t.snapshot();
      t.setParams!({ gpLambda: 5 + i, weightClip: 0.02, lrD: 1e-3 });
      expect(tf.memory().numTensors).toBe(burnedIn);
    }
    t.dispose();
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(t.train(1)).rejects.toThrow();
  });

  it('returns plain, structured-clonable data of the documented shapes', async () => {
    const t = createPenaltyRace({ ...base, weightClip: 0.05 }, 1);
    const m = await t.train(2);
    expect(Object.keys(m).sort()).toEqual(['clipD', 'clipG', 'ganD', 'ganG', 'gpD', 'gpG']);
    const s = await t.snapshot();
    await t.train(1);
    const s2 = await t.snapshot();
    t.dispose();
    expect(s.iteration).toBe(2);
    expect(structuredClone(s)).toEqual(s);
    expect(s2.history.steps).toEqual([2, 3]);
    for (const k of RUNS) {
      const r = s.runs[k];
      expect(r.grid.values).toHaveLength(r.grid.size ** 2);
      expect(r.grid.lo).toBeLessThanOrEqual(r.grid.hi);
      expect(r.fake.length).toBe(s.real.length);
      expect(r.norms.length).toBeGreaterThan(100);
      expect(r.blownUp).toBe(false);
      expect(s2.history.mean[k]).toHaveLength(2);
    }
    expect(s.runs.gan.grid.kind).toBe('probability');
    expect(s.runs.gp.grid.kind).toBe('score');
    // The clipped critic's weights all lie in [-c, c].
    const w = s.runs.clip.weights!;
    expect(w.c).toBe(0.05);
    expect(w.histogram.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(s.runs.gp.weights).toBeUndefined();
  });
});
