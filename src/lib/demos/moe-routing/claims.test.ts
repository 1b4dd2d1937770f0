/**
 * tie-06 claims, on this folder's trainer and presets (cpu backend, seeds 1-3):
 * - the balancing loss evens out expert use: with it the busiest expert serves <= 35 % of the
 *   points and the load CV is <= 0.2 in every seed, at most half the CV of the copy without
 *   it; without it one expert takes >= 45 % (collapse) in at least two of the three seeds;
 * - experts specialise on regions: with the balancing loss, each quadrant of the task goes
 *   mostly to one expert at step 150 (mean purity >= 0.9, at least 3 different owners) and the model
 *   is accurate (>= 90 %), while the same router before training has mean purity < 0.85;
 * - capacity preset: with capacity factor 0.5 at least 45 % of the assignments are dropped
 *   and accuracy stays below 85 %; with no limit nothing is dropped.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults } from '$lib/params/schema';
import { createMoeTrainer, type MoeParams, type CopySnapshot } from './trainer';
import { params } from './params';
import { presets } from './presets';

const paramsOf = (preset: keyof typeof presets): MoeParams => {
  const { seed: _seed, ...v } = { ...defaults(params), ...presets[preset].values };
  return v;
};
const meanPurity = (c: CopySnapshot) => c.regionOwner.reduce((a, o) => a + o.purity, 0) / c.regionOwner.length;
const owners = (c: CopySnapshot) => new Set(c.regionOwner.map((o) => o.expert)).size;

describe('moe-routing (tie-06)', () => {
  it('the balancing loss evens out expert use, and experts specialise on the quadrants (3 seeds, step 150)', async () => {
    await cpuTf();
    let collapsed = 0;
    for (const seed of [1, 2, 3]) {
      const t = createMoeTrainer(paramsOf('collapse'), seed);
      const start = await t.snapshot();
      await t.train(150);
      const s = await t.snapshot();
      t.dispose();
      const { with: w, without: wo } = s.copies;
      const msg = `seed ${seed}: with max ${w.maxShare.toFixed(2)} cv ${w.cv.toFixed(2)}; without max ${wo.maxShare.toFixed(2)} cv ${wo.cv.toFixed(2)}`;
      expect(w.maxShare, msg).toBeLessThanOrEqual(0.35);
      expect(w.cv, msg).toBeLessThanOrEqual(0.2);
      expect(wo.cv, msg).toBeGreaterThanOrEqual(2 * w.cv);
      if (wo.maxShare >= 0.45) collapsed++;
      // Specialisation, against the untrained router (both copies are identical at step 0).
      expect(meanPurity(w), msg).toBeGreaterThanOrEqual(0.9);
      expect(owners(w), msg).toBeGreaterThanOrEqual(3);
      expect(w.accuracy, msg).toBeGreaterThanOrEqual(0.9);
      expect(meanPurity(start.copies.with), msg).toBeLessThan(0.85);
      expect(start.copies.with.accuracy, msg).toBeLessThan(0.7);
    }
    expect(collapsed).toBeGreaterThanOrEqual(2);
  });

  it('capacity preset: factor 0.5 drops at least 45 % of the assignments and costs accuracy (3 seeds, step 50)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const t = createMoeTrainer(paramsOf('capacity'), seed);
      await t.train(50);
      const s = await t.snapshot();
      t.dispose();
      for (const c of ['with', 'without'] as const) {
        expect(s.copies[c].dropped, `seed ${seed} ${c}`).toBeGreaterThanOrEqual(0.45);
        expect(s.copies[c].accuracy, `seed ${seed} ${c}`).toBeLessThan(0.85);
      }
    }
    const free = createMoeTrainer(paramsOf('collapse'), 1);
    await free.train(5);
    const s = await free.snapshot();
    free.dispose();
    expect(s.copies.with.dropped).toBe(0);
  });

  it('leaks no tensors (top-2 with capacity, the longest code path)', async () => {
    await expectNoLeak(() => createMoeTrainer(paramsOf('top-2'), 1) as never, { steps: 3 });
  });
});
