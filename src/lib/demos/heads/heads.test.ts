/**
 * llm-09 claims, on this folder's trainer and presets (cpu, seeds 1-3, step REVEAL):
 * after training, the heads of the two-head copy attend to different positions, measurably:
 * their offset profiles differ by a total variation >= 0.5, their strongest offsets are
 * the two neighbours (−1 and +1, one each) with >= 60 % of the head's weight, and the copy
 * is accurate (>= 90 %); before training the heads are alike (total variation < 0.3).
 * Plus reference cases for the offset profile and the distance, and the leak test.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults } from '$lib/params/schema';
import { createHeadsTrainer, offsetProfile, specialisation, tvDistance, type HeadsParams } from './trainer';
import { params } from './params';
import { presets, REVEAL } from './presets';

const paramsOf = (preset: keyof typeof presets): HeadsParams => {
  const { seed: _s, heads, ...v } = { ...defaults(params), ...presets[preset].values };
  return { ...v, heads: Number(heads) };
};
const argmax = (p: number[]) => p.reduce((b, v, i) => (v > p[b] ? i : b), 0);

describe('multi-head attention (llm-09)', () => {
  it('offset profile and specialisation: hand-worked cases', () => {
    // a head that always reads the right neighbour on a ring of 4 -> all weight at offset +1
    const right = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (j === (i + 1) % 4 ? 1 : 0)));
    expect(offsetProfile(right)).toEqual([0, 1, 0, 0]);
    const left = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (j === (i + 3) % 4 ? 1 : 0)));
    expect(offsetProfile(left)).toEqual([0, 0, 0, 1]);
    expect(specialisation([offsetProfile(right), offsetProfile(left)])).toBe(1);
    expect(tvDistance([0.5, 0.5], [1, 0])).toBeCloseTo(0.5);
    expect(specialisation([[0.25, 0.25, 0.25, 0.25]])).toBe(0);
  });

  it(`after training the two heads read different neighbours (3 seeds, step ${REVEAL})`, async () => {
    await cpuTf();
    const p = paramsOf('specialise');
    for (const seed of [1, 2, 3]) {
      const t = createHeadsTrainer(p, seed);
      const start = await t.snapshot();
      await t.train(REVEAL);
      const s = await t.snapshot();
      t.dispose();
      const m = s.copies.multi;
      const tops = m.profiles.map(argmax);
      const msg = `seed ${seed}: acc one ${s.copies.one.accuracy.toFixed(2)} multi ${m.accuracy.toFixed(2)}; specialisation ${m.specialisation.toFixed(2)} (start ${start.copies.multi.specialisation.toFixed(2)}); top offsets ${tops} shares ${m.profiles.map((q, h) => q[tops[h]].toFixed(2))}`;
      console.log(msg);
      expect(m.heads).toBe(2);
      expect(m.specialisation, msg).toBeGreaterThanOrEqual(0.5);
      expect(start.copies.multi.specialisation, msg).toBeLessThan(0.3);
      expect([...tops].sort(), msg).toEqual([1, p.length - 1]);
      m.profiles.forEach((q, h) => expect(q[tops[h]], msg).toBeGreaterThanOrEqual(0.6));
      expect(m.accuracy, msg).toBeGreaterThanOrEqual(0.9);
    }
  }, 600_000);

  it('leaks no tensors', async () => {
    await expectNoLeak(() => createHeadsTrainer({ ...paramsOf('four-heads'), example: 1, batch: 8 }, 1) as never, { steps: 2 });
  }, 60_000);
});
