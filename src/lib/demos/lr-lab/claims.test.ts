/**
 * tie-02 claims, on this folder's trainer and presets (cpu backend, seeds 1-3):
 * - too-high: Adam at 0.3 (x10) diverges within 30 steps: the trainer detects it (loss above
 *   1.5 ln V or not finite), freezes the copy and reports the step and loss in the snapshot,
 *   while its metrics stay finite; the x1 copy (1) ends lowest (mean of its last 5 batch losses).
 * - warmup: with the same peak rate (Adam, 0.3), the copy without warmup has a worse first 20
 *   steps (higher mean batch loss over steps 2-20) than the copy with 20 steps of linear warmup.
 * - range test: the loss blows up (smoothed loss above 4x its minimum, or loss above 1.5 ln V)
 *   before the last rate, the test stops there, and the suggested rate is more than 10x below it.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults } from '$lib/params/schema';
import { createLrLabTrainer, type LrLabParams } from './trainer';
import { params } from './params';
import { presets } from './presets';

const paramsOf = (preset: keyof typeof presets): LrLabParams => {
  const { seed: _s, ...v } = { ...defaults(params), ...presets[preset].values };
  return v;
};
const SEEDS = [1, 2, 3];
const f = (v: number) => v.toFixed(3);

describe('lr-lab (tie-02)', () => {
  it('too high a rate diverges, and the divergence is detected and reported (3 seeds, 30 steps)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const t = createLrLabTrainer(paramsOf('too-high'), seed);
      let m: Record<string, number> = {};
      for (let i = 0; i < 3; i++) {
        m = await t.train(10);
        for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
      }
      const s = await t.snapshot();
      t.dispose();
      const [low, mid, high] = s.copies;
      const end = (c: typeof low) => c.loss.slice(-5).reduce((a, b) => a + b, 0) / Math.min(5, c.loss.length);
      const msg = `seed ${seed}: x0.1 ${f(end(low))}, x1 ${f(end(mid))}, x10 diverged at ${high.divergedAt} (loss ${high.divergedLoss}); start ${f(s.startLoss)}`;
      console.log(msg);
      expect(high.divergedAt, msg).toBeGreaterThan(0);
      expect(high.divergedAt, msg).toBeLessThanOrEqual(30);
      expect(high.loss.length, msg).toBe(high.divergedAt);
      expect(mid.divergedAt, msg).toBe(-1);
      expect(low.divergedAt, msg).toBe(-1);
      expect(end(mid), msg).toBeLessThan(end(low));
      expect(end(mid), msg).toBeLessThan(s.startLoss - 0.5);
      expect(m.diverged).toBe(1);
    }
  }, 300000);

  it('warmup stabilises the early steps at a high peak rate (3 seeds, 20 steps)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const t = createLrLabTrainer(paramsOf('warmup'), seed);
      await t.train(20);
      const s = await t.snapshot();
      t.dispose();
      const [cold, warm] = s.copies;
      const worst = (c: typeof cold) => (c.divergedAt >= 0 ? Infinity : c.loss.slice(1, 20).reduce((a, b) => a + b, 0) / 19);
      const msg = `seed ${seed}: no warmup mean ${f(worst(cold))} (diverged ${cold.divergedAt}), warmup mean ${f(worst(warm))}; ends ${f(cold.loss[cold.loss.length - 1])} / ${f(warm.loss[warm.loss.length - 1])}`;
      console.log(msg);
      expect(warm.divergedAt, msg).toBe(-1);
      expect(worst(cold), msg).toBeGreaterThan(worst(warm) + 0.1);
    }
  }, 300000);

  it('the range test detects where the rate diverges (3 seeds)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const p = paramsOf('range-test');
      const t = createLrLabTrainer(p, seed);
      for (let i = 0; i < p.horizon / 10; i++) await t.train(10);
      const s = await t.snapshot();
      t.dispose();
      const r = s.range!;
      const msg = `seed ${seed}: min at lr ${r.minLr}, suggested ${r.suggested}, stopped at lr ${r.stopLr} (step ${s.copies[0].divergedAt})`;
      console.log(msg);
      expect(s.copies[0].divergedAt, msg).toBeGreaterThan(0);
      expect(r.stopLr, msg).toBeLessThan(p.lrMax);
      expect(r.suggested, msg).toBeLessThan(r.stopLr / 10);
    }
  }, 300000);

  it('leaks no tensors (three copies)', async () => {
    await expectNoLeak(() => createLrLabTrainer(paramsOf('optimizers'), 1) as never, { steps: 2 });
  }, 120000);
});
