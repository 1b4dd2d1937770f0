import { describe, expect, it } from 'vitest';
import { coerce, defaults, sanitize } from '../../params/schema';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { BETA_HIGH, BETA_ZERO, CLAIM_DEFAULTS } from './beta-claims';
import { vaeParams } from './params';
import { presets } from './presets';
import createTrainer from './trainer';

describe('vae params and presets', () => {
  it('defaults are valid values of their own specs', () => {
    const d = defaults(vaeParams);
    for (const [k, spec] of Object.entries(vaeParams)) expect(coerce(spec, d[k as keyof typeof d]), k).toBe(d[k as keyof typeof d]);
    expect(vaeParams.beta.apply).toBe('live');
    expect(vaeParams.lr.apply).toBe('live');
  });

  it('has exactly the presets the answer text links to, labelled in both languages', () => {
    expect(Object.keys(presets).sort()).toEqual(['basics', 'beta-high', 'beta-zero']);
    for (const p of Object.values(presets)) {
      expect(p.label.en.length).toBeGreaterThan(0);
      expect(p.label['zh-Hant'].length).toBeGreaterThan(0);
    }
  });

  it('every preset survives sanitising unchanged', () => {
    const base = defaults(vaeParams);
    for (const [name, p] of Object.entries(presets)) {
      expect(sanitize(vaeParams, base, p.values), name).toEqual({ ...base, ...p.values });
    }
  });

  it('agrees with the settings the teaching-claim tests ran (src/lib/ml/vae/*.test.ts)', () => {
    const d = defaults(vaeParams);
    expect({ lr: d.lr, hidden: d.hidden, batch: d.batch }).toEqual(CLAIM_DEFAULTS);
    expect(d.beta).toBe(1);
    expect(presets['beta-zero'].values.beta).toBe(BETA_ZERO);
    expect(presets['beta-high'].values.beta).toBe(BETA_HIGH);
    expect({ ...d, ...presets.basics.values }).toEqual(d);
  });

  it('trainer.ts default-exports a factory that builds from the default values', async () => {
    await cpuTf();
    const d = defaults(vaeParams);
    const t = createTrainer(d, d.seed);
    const m = await t.train(1);
    expect(Number.isFinite(m.loss)).toBe(true);
    t.dispose();
  });
});
