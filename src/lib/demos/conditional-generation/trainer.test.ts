import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { defaults, sanitize } from '$lib/params/schema';
import { createConditionalDemo, hitRate, modelParams } from './trainer';
import { params } from './params';
import { presets } from './presets';

const tf = await cpuTf();
const base = { ...defaults(params), ...presets['pick-a-class'].values };

describe('conditional-generation presets', () => {
  it('has the linked presets; each survives validation unchanged and has both labels', () => {
    expect(Object.keys(presets).sort()).toEqual(['pick-a-class', 'unconditional']);
    for (const [name, p] of Object.entries(presets)) {
      const v = { ...defaults(params), ...p.values };
      expect(sanitize(params, defaults(params), v), name).toEqual(v);
      expect(p.label.en && p.label['zh-Hant'], name).toBeTruthy();
    }
    expect(defaults(params)).toEqual({ ...base, seed: 1 });
    expect(presets.unconditional.values.conditioning).toBe(false);
  });

  it('the two models differ only in whether they see the label', () => {
    const { cond, uncond } = modelParams(base);
    expect([cond.conditional, uncond.conditional]).toEqual([true, false]);
    expect({ ...cond, conditional: false }).toEqual(uncond);
  });

  it('hitRate is the mean of the diagonal', () => {
    expect(hitRate([[1, 0], [0.5, 0.5]])).toBe(0.75);
  });
});

describe('conditional-generation trainer', () => {
  it('leaks no tensors: flat after burn-in, back to the start after dispose', async () => {
    const before = tf.memory().numTensors;
    const t = createConditionalDemo(base, 3);
    await t.train(2);
    await t.snapshot();
    const burnedIn = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      await t.train(2);
      await t.snapshot();
      t.setParams!({ lrG: 1e-3, lrD: 5e-3 });
      expect(tf.memory().numTensors).toBe(burnedIn);
    }
    t.dispose();
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(t.snapshot()).rejects.toThrow();
  });

  it('returns plain, structured-clonable data for both models', async () => {
    const t = createConditionalDemo({ ...base, dataset: 'ring' }, 1);
    expect(await t.train(0)).toEqual({});
    const m = await t.train(2);
    expect(Object.keys(m).sort()).toEqual(['condD', 'condG', 'uncondD', 'uncondG']);
    const s = await t.snapshot();
    await t.train(1);
    const s2 = await t.snapshot();
    t.dispose();
    expect(structuredClone(s)).toEqual(s);
    expect(s.classes).toHaveLength(8);
    expect(s.cond.fake.length).toBe(2 * 8 * s.perClass);
    expect(s.cond.shares).toHaveLength(8);
    expect(s.uncond.shares).toHaveLength(1);
    expect(s2.history.steps).toEqual([2, 3]);
    expect(s2.history.hit).toHaveLength(2);
    expect(s2.history.minShare).toHaveLength(2);
  });
});
