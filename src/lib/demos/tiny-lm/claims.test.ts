/**
 * Claims of the three pages, on this folder's trainer and presets (cpu backend, seeds 1-3):
 * - tie-01 (memorise): without regularisation the held-out loss bottoms out early (by step 30)
 *   and rises >= 0.3 above its minimum while the training loss falls >= 0.3 more; most samples of
 *   the plain copy are verbatim copies of its 6 training sentences (copy rate >= 0.4, above the
 *   regularised copy's); the regularised copy (dropout, weight decay, early stopping) ends with
 *   a lower held-out loss.
 * - tie-07 (repetition): the model's greedy, repetitive text scores a lower perplexity than
 *   varied, correct held-out sentences; sampled text's perplexity rises with temperature.
 * - tie-05 (confidence): agreement among the answers falls as temperature rises (0.25 > 1 > 2);
 *   wrong answers have lower length-normalised log-probability than right ones (AUROC >= 0.7),
 *   and the preset's threshold flags them (flagged >= 70 % wrong, unflagged <= 30 % wrong).
 * tie-07 and tie-05 train the very same model (their presets differ only in the view), so one
 * training run per seed serves both.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { auroc } from '$lib/ml/transformer/char-stream';
import { defaults } from '$lib/params/schema';
import { createCharLmTrainer, type CharLmParams } from './trainer';
import { params } from './params';
import { presets } from './presets';

const valuesOf = (preset: keyof typeof presets) => ({ ...defaults(params), ...presets[preset].values });
const paramsOf = (preset: keyof typeof presets): CharLmParams => {
  const { seed: _s, flagBelow: _f, ...v } = valuesOf(preset);
  return v;
};
const SEEDS = [1, 2, 3];
const f = (v: number) => v.toFixed(3);

describe('tiny-lm', () => {
  it('tie-01: without regularisation the held-out loss turns up while the training loss falls (3 seeds, 60 steps)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const t = createCharLmTrainer(paramsOf('memorise'), seed);
      const trainAt = new Map<number, number>([[0, Infinity]]);
      let m: Record<string, number> = {};
      for (let i = 0; i < 6; i++) {
        m = await t.train(10);
        trainAt.set(m.step, m.train_plain);
      }
      const s = await t.snapshot();
      t.dispose();
      const plain = s.copies.plain!;
      const reg = s.copies.reg!;
      const msg = `seed ${seed}: copy rate ${s.overfit.plain!.copyRate} / ${s.overfit.reg!.copyRate}; plain best ${f(plain.bestHeldOut)} at ${plain.bestStep}, now ${f(plain.heldOut)} (train ${f(trainAt.get(plain.bestStep)!)} -> ${f(plain.train)}); reg held-out ${f(reg.heldOut)} stopped ${reg.stoppedAt}`;
      console.log(msg);
      expect(plain.bestStep, msg).toBeLessThanOrEqual(30);
      expect(plain.heldOut, msg).toBeGreaterThanOrEqual(plain.bestHeldOut + 0.3);
      expect(plain.train, msg).toBeLessThanOrEqual(trainAt.get(plain.bestStep)! - 0.3);
      expect(reg.heldOut, msg).toBeLessThan(plain.heldOut);
      // What it writes: mostly verbatim copies of its 6 training sentences.
      expect(s.overfit.plain!.samples.length).toBe(8);
      expect(s.overfit.plain!.copyRate, msg).toBeGreaterThanOrEqual(0.4);
      expect(s.overfit.plain!.copyRate, msg).toBeGreaterThan(s.overfit.reg!.copyRate);
    }
  }, 300000);

  it('tie-07 and tie-05: repetitive text scores better perplexity; agreement falls with temperature; low seq-logprob flags wrong answers (3 seeds, 100 steps)', async () => {
    await cpuTf();
    const { view: _a, ...rep } = paramsOf('repetition');
    const { view: _b, ...conf } = paramsOf('confidence');
    expect(rep).toEqual(conf);
    for (const seed of SEEDS) {
      const t = createCharLmTrainer(paramsOf('repetition'), seed);
      for (let i = 0; i < 10; i++) await t.train(10);
      const a = await t.snapshot();
      t.setParams!({ view: 'hallucination' });
      const b = await t.snapshot();
      t.dispose();
      const px = a.perplexity!;
      const ask = b.ask!;
      const sw = px.sweep;
      const msgA = `seed ${seed}: repetitive ppl ${f(px.repetitive.perplexity)} d2 ${f(px.repetitive.distinct2)} vs varied ppl ${f(px.varied.perplexity)} d2 ${f(px.varied.distinct2)}; sweep ${sw.map((x) => `${x.temperature}:${f(x.perplexity)}`).join(' ')}`;
      console.log(msgA, JSON.stringify(px.repetitive.text));
      expect(px.repetitive.perplexity, msgA).toBeLessThan(px.varied.perplexity);
      expect(px.repetitive.distinct2, msgA).toBeLessThan(px.varied.distinct2);
      const at = (tt: number) => sw.find((x) => x.temperature === tt)!;
      expect(at(0.25).perplexity, msgA).toBeLessThan(at(1).perplexity);
      expect(at(1).perplexity, msgA).toBeLessThan(at(2).perplexity);

      const ag = ask.sweep;
      const samples = ask.answers.flatMap((q) => q.samples);
      const right = samples.filter((x) => x.kind === 'right').map((x) => x.seqLogProb);
      const wrong = samples.filter((x) => x.kind === 'wrong').map((x) => x.seqLogProb);
      const au = auroc(right, wrong);
      const msgB = `seed ${seed}: agreement ${ag.map((x) => `${x.temperature}:${f(x.agreement)}/${f(x.accuracy)}`).join(' ')}; at T=1 right ${right.length} wrong ${wrong.length} AUROC ${f(au)}`;
      console.log(msgB);
      const g = (tt: number) => ag.find((x) => x.temperature === tt)!.agreement;
      expect(g(0.25), msgB).toBeGreaterThan(g(1));
      expect(g(1), msgB).toBeGreaterThan(g(2));
      expect(au, msgB).toBeGreaterThanOrEqual(0.7);
      // The preset's threshold: flagged answers are mostly wrong, unflagged ones mostly right.
      const flag = valuesOf('confidence').flagBelow;
      const flagged = samples.filter((x) => x.seqLogProb < flag);
      const rest = samples.filter((x) => !(x.seqLogProb < flag));
      const wrongShare = (xs: typeof samples) => xs.filter((x) => x.kind === 'wrong').length / Math.max(1, xs.length);
      console.log(`seed ${seed}: flagged ${flagged.length} (wrong ${f(wrongShare(flagged))}), unflagged ${rest.length} (wrong ${f(wrongShare(rest))})`);
      expect(flagged.length, msgB).toBeGreaterThan(0);
      expect(wrongShare(flagged), msgB).toBeGreaterThanOrEqual(0.7);
      expect(wrongShare(rest), msgB).toBeLessThanOrEqual(0.3);
    }
  }, 600000);

  it('leaks no tensors (both copies, early stopping on)', async () => {
    await expectNoLeak(() => createCharLmTrainer({ ...paramsOf('memorise'), patience: 1 }, 1) as never, { steps: 2 });
  }, 120000);
});
