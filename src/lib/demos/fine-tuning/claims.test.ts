/**
 * llm-01, llm-14, llm-11 claims, on this folder's trainer and presets (cpu backend, seeds 1-3):
 * - transfer (llm-01): after the same 30 fine-tuning steps on 16 examples, the pre-trained
 *   copy's held-out target loss is below 0.7x the scratch copy's, and its accuracy higher;
 * - strategies (llm-14): after 40 fine-tuning steps the copy with embedding + layer 0 frozen
 *   has a lower source (next-word) loss than full fine-tuning, having drifted at most 0.6x as
 *   far from the pre-trained value, while still learning the target (accuracy >= 0.6);
 * - forgetting (llm-11): 40 steps of task B take the plain copy's task-A accuracy below half
 *   its value before B, while replay and EWC each keep it at least 0.25 higher.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults } from '$lib/params/schema';
import { createFineTuningTrainer, type FtParams, type FtSnapshot, type Row } from './trainer';
import { params } from './params';
import { CLAIM_STEPS, presets } from './presets';

const paramsOf = (preset: keyof typeof presets): FtParams => {
  const { seed: _seed, ...v } = { ...defaults(params), ...presets[preset].values };
  return v;
};

async function run(preset: 'transfer' | 'strategies' | 'forgetting', seed: number): Promise<FtSnapshot> {
  const p = paramsOf(preset);
  const t = createFineTuningTrainer(p, seed);
  await t.train(p.pretrainSteps + CLAIM_STEPS[preset]);
  const s = await t.snapshot();
  t.dispose();
  return s;
}
const at = (s: FtSnapshot, copy: string, fineStep: number): Row => s.fine.rows[copy][s.fine.step.indexOf(fineStep)];
const f2 = (v: number) => v.toFixed(2);

describe('fine-tuning', () => {
  it('llm-01: the pre-trained start reaches a lower held-out loss in the same steps (3 seeds)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const s = await run('transfer', seed);
      const pre = at(s, 'pretrained', CLAIM_STEPS.transfer);
      const scr = at(s, 'scratch', CLAIM_STEPS.transfer);
      const msg = `seed ${seed}: pretrained loss ${f2(pre.tgtLoss)} acc ${f2(pre.tgtAcc)}, scratch loss ${f2(scr.tgtLoss)} acc ${f2(scr.tgtAcc)}`;
      console.log(msg);
      expect(pre.tgtLoss, msg).toBeLessThan(0.7 * scr.tgtLoss);
      expect(pre.tgtAcc, msg).toBeGreaterThan(scr.tgtAcc);
      // Same start for both heads: before fine-tuning only the body differs.
      expect(s.fine.step[0]).toBe(0);
    }
  }, 600_000);

  it('llm-14: freezing the lower layers keeps the source loss lower than full fine-tuning (3 seeds)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const s = await run('strategies', seed);
      const start = at(s, 'full', 0).srcLoss;
      const full = at(s, 'full', CLAIM_STEPS.strategies);
      const frozen = at(s, 'frozen', CLAIM_STEPS.strategies);
      const msg = `seed ${seed}: source loss start ${f2(start)}, full ${f2(full.srcLoss)}, frozen ${f2(frozen.srcLoss)}, layerwise ${f2(at(s, 'layerwise', CLAIM_STEPS.strategies).srcLoss)}, gradual ${f2(at(s, 'gradual', CLAIM_STEPS.strategies).srcLoss)} (target acc ${f2(at(s, 'gradual', CLAIM_STEPS.strategies).tgtAcc)}), lora ${f2(at(s, 'lora', CLAIM_STEPS.strategies).srcLoss)}; target acc full ${f2(full.tgtAcc)} frozen ${f2(frozen.tgtAcc)}`;
      console.log(msg);
      expect(frozen.srcLoss, msg).toBeLessThan(full.srcLoss);
      expect(frozen.srcLoss - start, msg).toBeLessThanOrEqual(0.6 * (full.srcLoss - start));
      expect(frozen.tgtAcc, msg).toBeGreaterThanOrEqual(0.6);
      expect(s.trainable.frozen).toBeLessThan(s.trainable.full);
      expect(s.trainable.lora).toBeLessThan(s.trainable.frozen);
    }
  }, 600_000);

  it('llm-11: task B wipes out task A in the plain copy; replay and EWC keep it clearly higher (3 seeds)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const s = await run('forgetting', seed);
      const before = at(s, 'plain', 0).srcAcc;
      const [plain, replay, ewc] = ['plain', 'replay', 'ewc'].map((c) => at(s, c, CLAIM_STEPS.forgetting));
      const msg = `seed ${seed}: task-A accuracy before ${f2(before)}, after B: plain ${f2(plain.srcAcc)}, replay ${f2(replay.srcAcc)}, ewc ${f2(ewc.srcAcc)}; task-B accuracy plain ${f2(plain.bAcc)}`;
      console.log(msg);
      expect(plain.srcAcc, msg).toBeLessThan(0.5 * before);
      expect(replay.srcAcc, msg).toBeGreaterThanOrEqual(plain.srcAcc + 0.25);
      expect(ewc.srcAcc, msg).toBeGreaterThanOrEqual(plain.srcAcc + 0.25);
      expect(plain.bAcc, msg).toBeGreaterThan(0.3);
    }
  }, 600_000);

  it('leaks no tensors (forgetting with replay and EWC, across the switch to phase 2)', async () => {
    await expectNoLeak(() => createFineTuningTrainer({ ...paramsOf('forgetting'), pretrainSteps: 1 }, 1) as never, { steps: 3 });
    await expectNoLeak(() => createFineTuningTrainer({ ...paramsOf('strategies'), pretrainSteps: 1 }, 1) as never, { steps: 3 });
  }, 600_000);
});
