import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { createCurriculumRace, type CurriculumParams, type CurriculumRace } from './trainer';
import { admittedCount, lrAt, pacing, stepsToTarget } from './pacing';
import { defaults } from '$lib/params/schema';
import { params as schema } from './params';
import { presets } from './presets';

const values = (preset: keyof typeof presets) => ({ ...defaults(schema), ...presets[preset].values });
const base = (preset: keyof typeof presets = 'curriculum-vs-shuffled'): CurriculumParams => {
  const v = values(preset);
  return { order: v.order, startShare: v.startShare, paceSteps: v.paceSteps, totalSteps: v.totalSteps, lr: v.lr, batch: v.batch, noise: v.noise };
};

/** Train in slices until the ordered run reaches the target (or `max` steps); return both crossings. */
async function race(r: CurriculumRace, target: number, max: number) {
  let c: number | null = null;
  for (let done = 0; done < max && c === null; done += 10) {
    await r.train(10);
    const h = (await r.snapshot()).history;
    c = stepsToTarget(h.steps, h.heldOut.curriculum, target);
  }
  const s = await r.snapshot();
  return { c, s: stepsToTarget(s.history.steps, s.history.heldOut.shuffled, target), snap: s };
}

describe('pacing (Bengio et al. 2009 style, as in the answer)', () => {
  it('g(t) = min(1, g0 + (1 - g0) t / T): the answer’s worked example', () => {
    // 10,000 examples, g0 = 0.2, T = 5,000: 2,000 at step 0, 6,000 at step 2,500, all from 5,000 on.
    expect(admittedCount(pacing(0, 0.2, 5000), 10000)).toBe(2000);
    expect(admittedCount(pacing(2500, 0.2, 5000), 10000)).toBe(6000);
    expect(admittedCount(pacing(5000, 0.2, 5000), 10000)).toBe(10000);
    expect(pacing(9000, 0.2, 5000)).toBe(1);
    expect(admittedCount(0, 10)).toBe(1);
  });

  it('cosine learning rate from lr to 0 over the budget; steps-to-target is the first crossing', () => {
    expect(lrAt(0.4, 0, 100)).toBeCloseTo(0.4, 12);
    expect(lrAt(0.4, 50, 100)).toBeCloseTo(0.2, 12);
    expect(lrAt(0.4, 100, 100)).toBe(0);
    expect(stepsToTarget([1, 2, 3, 4], [0.5, 0.2, 0.05, 0.01], 0.1)).toBe(3);
    expect(stepsToTarget([1, 2], [0.5, 0.2], 0.1)).toBeNull();
  });
});

describe('curriculum race (gen-09)', () => {
  it('orders the data by label noise, and both copies start identical', async () => {
    await cpuTf();
    for (const order of ['easy-first', 'hard-first'] as const) {
      const r = createCurriculumRace({ ...base(), order, lr: 1e-9 }, 3);
      await r.train(1);
      const s = await r.snapshot();
      r.dispose();
      const d = s.data;
      const byRank = d.rank.map((rk, i) => [rk, d.difficulty[i]]).sort((a, b) => a[0] - b[0]).map((p) => p[1]);
      for (let i = 1; i < byRank.length; i++) {
        if (order === 'easy-first') expect(byRank[i]).toBeGreaterThanOrEqual(byRank[i - 1]);
        else expect(byRank[i]).toBeLessThanOrEqual(byRank[i - 1]);
      }
      expect(s.history.heldOut.curriculum[0]).toBeCloseTo(s.history.heldOut.shuffled[0], 5);
      s.predictions.curriculum.forEach((v, i) => expect(v).toBeCloseTo(s.predictions.shuffled[i], 5));
    }
  });

  it('teaching claim: easy-to-hard reaches the target held-out error in fewer steps than shuffled (5 seeds)', async () => {
    await cpuTf();
    const p = base();
    const target = values('curriculum-vs-shuffled').target;
    const rows: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = createCurriculumRace(p, seed);
      const { c, s, snap } = await race(r, target, 250);
      r.dispose();
      rows.push(`seed ${seed}: curriculum ${c}, shuffled ${s ?? `not by step ${snap.step}`}`);
      expect(c, `seed ${seed}`).not.toBeNull();
      expect(s === null || s > c!, `seed ${seed}: shuffled reached at ${s}, curriculum at ${c}`).toBe(true);
      // The answer's pitfall: the ordered run's loss on its own (easy) minibatches looks far
      // better than the shuffled run's, although their held-out errors are comparable.
      const h = snap.history;
      const i = h.steps.length - 1;
      expect(h.trainLoss.curriculum[i]).toBeLessThan(0.5 * h.trainLoss.shuffled[i]);
    }
    logFigures(rows.join('\n'));
  });

  it('anti-curriculum: over the first 150 steps, hard-first errs more than shuffled, which errs more than easy-first (3 seeds)', async () => {
    await cpuTf();
    // First crossings of a noisy curve can be lucky (hard-first dips under the target early in
    // some seeds), so this compares the mean held-out error over the early phase instead.
    const mean = (a: number[]) => a.reduce((t, v) => t + v, 0) / a.length;
    for (const seed of [1, 2, 3]) {
      const m: Record<string, { ordered: number; shuffled: number }> = {};
      for (const preset of ['curriculum-vs-shuffled', 'anti-curriculum'] as const) {
        const r = createCurriculumRace(base(preset), seed);
        await r.train(150);
        const h = (await r.snapshot()).history;
        r.dispose();
        m[preset] = { ordered: mean(h.heldOut.curriculum), shuffled: mean(h.heldOut.shuffled) };
      }
      const easy = m['curriculum-vs-shuffled'];
      const hard = m['anti-curriculum'];
      expect(hard.shuffled).toBeCloseTo(easy.shuffled, 6); // the shuffled run does not depend on the order
      expect(easy.ordered, `seed ${seed}`).toBeLessThan(easy.shuffled);
      expect(hard.ordered, `seed ${seed}`).toBeGreaterThan(hard.shuffled);
    }
  });

  it('leaks no tensors: flat after burn-in, back to baseline after dispose', async () => {
    await expectNoLeak(() => createCurriculumRace(base(), 1), { steps: 5 });
  });
});
