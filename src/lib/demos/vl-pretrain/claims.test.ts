/**
 * vl-pretrain claims, on this folder's trainer and presets (cpu backend, seeds 1-3):
 * - mm-10 (small-task): after 80 CLIP pre-training steps and 60 fine-tuning steps on 24
 *   labelled pictures, the copy that starts from CLIP classifies new pictures at least 10
 *   points better than the same network from scratch, in every seed;
 * - mm-09 (unseen-combinations): after 80 unimodal pre-training steps and 80 alignment steps on
 *   36 pairs, the copy with pretrained encoders names the three combinations missing from the
 *   pairs better than the copy from scratch in every seed, by >= 15 points on average.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults } from '$lib/params/schema';
import { createVlTrainer, type VlParams } from './trainer';
import { params } from './params';
import { presets } from './presets';

const paramsOf = (preset: keyof typeof presets, extra: Partial<VlParams> = {}): VlParams => {
  const { seed: _seed, ...v } = { ...defaults(params), ...presets[preset].values, ...extra };
  return v as VlParams;
};
const f2 = (v: number) => v.toFixed(2);

async function finalAccuracy(p: VlParams, seed: number, steps: number) {
  const t = createVlTrainer(p, seed);
  await t.train(steps);
  const s = await t.snapshot();
  t.dispose();
  return s;
}

describe('vl-pretrain', () => {
  it('mm-10: pre-training wins at small labelled N (3 seeds)', async () => {
    await cpuTf();
    const p = paramsOf('small-task');
    for (const seed of [1, 2, 3]) {
      const s = await finalAccuracy(p, seed, p.pretrainSteps + 60);
      const [pre, scratch] = s.accuracy!;
      const msg = `seed ${seed}: pretrained ${f2(pre)} scratch ${f2(scratch)}`;
      expect(s.phase).toBe('align');
      expect(pre, msg).toBeGreaterThanOrEqual(scratch + 0.1);
      expect(pre, msg).toBeGreaterThanOrEqual(0.45);
    }
  }, 600_000);

  it('mm-09: pretrained encoders generalise better to unseen combinations (3 seeds)', async () => {
    await cpuTf();
    const p = paramsOf('unseen-combinations');
    const gaps: number[] = [];
    const msgs: string[] = [];
    for (const seed of [1, 2, 3]) {
      const s = await finalAccuracy(p, seed, p.pretrainSteps + 80);
      const [pre, scratch] = s.accuracy!;
      msgs.push(`seed ${seed}: unseen pretrained ${f2(pre)} scratch ${f2(scratch)}; seen ${s.seenAccuracy!.map(f2).join('/')}`);
      expect(pre, msgs.join('; ')).toBeGreaterThan(scratch);
      gaps.push(pre - scratch);
    }
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length, msgs.join('; ')).toBeGreaterThanOrEqual(0.15);
  }, 600_000);

  it('leaks no tensors (both experiments, across the phase switch)', async () => {
    await expectNoLeak(() => createVlTrainer(paramsOf('small-task', { pretrainSteps: 1, labelled: 12 }), 1) as never, { steps: 2, rounds: 2 });
    await expectNoLeak(() => createVlTrainer(paramsOf('unseen-combinations', { pretrainSteps: 1, pairs: 12 }), 1) as never, { steps: 2, rounds: 2 });
  }, 300_000);
});
