/**
 * Claims of mm-01, mm-12, mm-08 and mm-02 on this folder's trainer and presets (cpu backend,
 * seeds 1-3, accuracy on 240 fresh scenes):
 * - fusion (mm-01, 100 steps): the best fusion model beats both single-modality baselines by
 *   at least 0.2;
 * - spatial (mm-12, 100 steps): on "what colour is on the left ?" the cross-attention model
 *   scores >= 0.85, the pooled-feature model and the cross-attention model without patch
 *   positions stay <= 0.65 (both colours are in every scene: 0.5 is knowing what, not where);
 * - imbalance (mm-08, 80 steps): with the caption blanked, the copy trained with modality
 *   dropout names the scene at least 0.1 better than the copy trained without, which stays
 *   below 0.6 although both score >= 0.95 with the caption;
 * - attention (mm-02, 100 steps): the attention of the question falls on the patches of the
 *   object it points to: mass >= 0.5 and >= twice the share of patches that object covers.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults } from '$lib/params/schema';
import { createVqaTrainer, type VqaParams, type VqaSnapshot } from './trainer';
import { params } from './params';
import { presets } from './presets';

const paramsOf = (preset: keyof typeof presets): VqaParams => {
  const { seed: _seed, ...v } = { ...defaults(params), ...presets[preset].values };
  return v;
};
async function run(preset: keyof typeof presets, seed: number, steps: number): Promise<VqaSnapshot> {
  const t = createVqaTrainer(paramsOf(preset), seed);
  await t.train(steps);
  const s = await t.snapshot();
  t.dispose();
  return s;
}
const acc = (s: VqaSnapshot, key: string) => s.copies.find((c) => c.key === key)!;

describe('vqa-fusion', () => {
  it('mm-01: a fusion model answers above the text-only and image-only baselines (3 seeds)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const s = await run('fusion', seed, 100);
      const best = Math.max(...['concat', 'product', 'cross'].map((k) => acc(s, k).accuracy));
      const base = Math.max(acc(s, 'text').accuracy, acc(s, 'image').accuracy);
      expect(best, `seed ${seed}: ${s.copies.map((c) => `${c.key} ${c.accuracy.toFixed(2)}`).join(', ')}`).toBeGreaterThanOrEqual(base + 0.2);
    }
  }, 240_000);

  it('mm-12: cross-attention beats the pooled-feature model on spatial questions; without positions it cannot (3 seeds)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const s = await run('spatial', seed, 100);
      const msg = `seed ${seed}: ${s.copies.map((c) => `${c.key} ${c.accuracy.toFixed(2)}`).join(', ')}`;
      expect(acc(s, 'cross').accuracy, msg).toBeGreaterThanOrEqual(0.85);
      expect(acc(s, 'concat').accuracy, msg).toBeLessThanOrEqual(0.65);
      expect(acc(s, 'crossNoPos').accuracy, msg).toBeLessThanOrEqual(0.65);
    }
  }, 240_000);

  it('mm-08: image-only accuracy is low without modality dropout and higher with it (3 seeds)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const s = await run('imbalance', seed, 80);
      const [plain, drop] = [acc(s, 'plain'), acc(s, 'dropout')];
      const msg = `seed ${seed}: image-only plain ${plain.imageOnly.toFixed(2)} dropout ${drop.imageOnly.toFixed(2)}; both ${plain.accuracy.toFixed(2)} / ${drop.accuracy.toFixed(2)}`;
      expect(plain.accuracy, msg).toBeGreaterThanOrEqual(0.95);
      expect(drop.accuracy, msg).toBeGreaterThanOrEqual(0.95);
      expect(plain.imageOnly, msg).toBeLessThan(0.6);
      expect(drop.imageOnly, msg).toBeGreaterThanOrEqual(plain.imageOnly + 0.1);
    }
  }, 240_000);

  it('mm-02: the question\'s attention concentrates on the patches of the object it points to (3 seeds)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const s = await run('attention', seed, 100);
      const c = acc(s, 'cross');
      const msg = `seed ${seed}: mass ${c.namedMass.toFixed(2)} on ${s.namedArea.toFixed(2)} of the patches (head ${c.namedHead})`;
      expect(c.namedMass, msg).toBeGreaterThanOrEqual(0.5);
      expect(c.namedMass, msg).toBeGreaterThanOrEqual(2 * s.namedArea);
    }
  }, 240_000);

  it('leaks no tensors (spatial: cross-attention with and without positions; imbalance: dropout)', async () => {
    await expectNoLeak(() => createVqaTrainer({ ...paramsOf('spatial'), train: 200 }, 1) as never, { steps: 2 });
    await expectNoLeak(() => createVqaTrainer({ ...paramsOf('imbalance'), train: 200 }, 1) as never, { steps: 2 });
  }, 240_000);
});
