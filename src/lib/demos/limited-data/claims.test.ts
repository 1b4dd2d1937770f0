import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { createLimitedData, type LimitedParams } from './trainer';
import { defaults, type Values } from '$lib/params/schema';
import { params as schema } from './params';
import { presets } from './presets';

const withPreset = (name: keyof typeof presets): LimitedParams => {
  const { seed: _seed, ...rest } = { ...defaults(schema), ...presets[name].values } as Values<typeof schema>;
  return rest;
};

describe('training with limited data (gen-08)', () => {
  it('teaching claim: at N = 16, augmentation and pretrained init each lower held-out loss (3 seeds)', async () => {
    await cpuTf();
    const p = { ...withPreset('tiny-data'), sweep: true };
    expect(p.n).toBe(16);
    const rows: string[] = [];
    for (const seed of [1, 2, 3]) {
      // Main run: N = 16, neither; the sweep adds the same N with augmentation and with pretraining.
      const t = createLimitedData(p, seed, { sweepNs: [16], sweepConditions: ['augment', 'pretrained'] });
      await t.train(p.steps);
      const s = await t.snapshot();
      t.dispose();
      const none = s.heldOut;
      const aug = s.sweep.heldOut.augment![0];
      const pre = s.sweep.heldOut.pretrained![0];
      rows.push(`seed ${seed}: none ${none.toFixed(3)} (train ${s.train.toFixed(3)}), augment ${aug.toFixed(3)}, pretrained ${pre.toFixed(3)}, floor ${s.floor.toFixed(3)}`);
      expect(aug, `seed ${seed}`).toBeLessThan(none - 0.2);
      expect(pre, `seed ${seed}`).toBeLessThan(none - 0.2);
      // Without help the model memorises: far better on its 16 examples than on fresh ones.
      expect(s.train, `seed ${seed}`).toBeLessThan(none - 1);
    }
    logFigures(rows.join('\n'));
  });

  it('presets are valid and the default opens tiny-data', () => {
    expect(Object.keys(presets)).toEqual(['tiny-data', 'augment', 'pretrained']);
    expect(presets.augment.values.augment).toBe(true);
    expect(presets.pretrained.values.pretrained).toBe(true);
  });

  it('leaks no tensors: flat after burn-in, back to baseline after dispose', async () => {
    await expectNoLeak(() => createLimitedData({ ...withPreset('pretrained'), sweep: true }, 1, { sweepNs: [8], pretrainSteps: 3 }), { steps: 3 });
  });
});
