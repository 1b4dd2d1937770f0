/**
 * llm-13 / llm-04 claims, on this folder's trainer and presets (cpu backend, seeds 1-3):
 * - without positional encoding the model's output is permutation-equivariant (shuffling the
 *   tokens shuffles the output rows the same way, gap < 1e-5), with sinusoidal or learned
 *   positions it is not (gap > 5 % of the output scale), at init and after training;
 * - shift test: moving every position id by 5 leaves the attention weights unchanged
 *   (< 1e-5) with a learned relative bias (after training, bias non-zero), RoPE and ALiBi;
 *   with sinusoidal or learned absolute positions they change (> 1e-2);
 * - the encoding charts match the formula of Vaswani et al. 2017, §3.5 (values derived by hand).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults } from '$lib/params/schema';
import type { PositionScheme } from '$lib/ml/transformer/config';
import { createPositionsTrainer, type PositionsParams } from './trainer';
import { params } from './params';
import { presets } from './presets';
import { additiveCurves, curveGap, dotCurves, peGrid, ropeCurves, similarity } from './compute';

const paramsOf = (preset: keyof typeof presets, scheme?: PositionScheme): PositionsParams => {
  const v = { ...defaults(params), ...presets[preset].values };
  return { scheme: scheme ?? v.scheme, seqLen: v.seqLen, shift: v.shift, lr: v.lr };
};
const SEEDS = [1, 2, 3];
const figures: string[] = [];
afterAll(() => console.log(figures.join('; ')));

async function snap(p: PositionsParams, seed: number, steps: number) {
  const t = createPositionsTrainer(p, seed);
  if (steps) await t.train(steps);
  const s = await t.snapshot();
  t.dispose();
  return s;
}

describe('positions (llm-13, llm-04)', () => {
  it('llm-13: without PE the output is permutation-equivariant; with PE it is not (3 seeds)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      // At init and after a few steps of training.
      const steps = seed === 1 ? 0 : 4;
      const none = await snap(paramsOf('no-position'), seed, steps);
      expect(none.scheme).toBe('none');
      expect(none.permDiff, `seed ${seed} none`).toBeLessThan(1e-5);
      figures.push(`seed ${seed} step ${steps}: none ${none.permDiff.toExponential(1)}`);
      for (const scheme of ['sinusoidal', 'learned'] as const) {
        const s = await snap(paramsOf('no-position', scheme), seed, steps);
        expect(s.permDiff, `seed ${seed} ${scheme}`).toBeGreaterThan(0.05 * s.outScale);
        figures.push(`${scheme} ${s.permDiff.toFixed(2)} (scale ${s.outScale.toFixed(2)})`);
      }
    }
  });

  it('llm-04: relative-position attention is unchanged under a shift of 5; absolute attention changes (3 seeds)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const rel = await snap(paramsOf('relative-shift'), seed, 8);
      expect(rel.scheme).toBe('relative');
      expect(rel.shift).toBe(5);
      const biasSize = Math.max(...rel.relBias!.flat().map(Math.abs));
      expect(biasSize, `seed ${seed}: the relative bias has been trained`).toBeGreaterThan(1e-3);
      expect(rel.shiftDiff, `seed ${seed} relative`).toBeLessThan(1e-5);
      figures.push(`seed ${seed}: relative ${rel.shiftDiff.toExponential(1)} (bias ${biasSize.toFixed(3)})`);
      for (const scheme of ['rope', 'alibi'] as const) {
        const d = (await snap(paramsOf('relative-shift', scheme), seed, 0)).shiftDiff;
        expect(d, `seed ${seed} ${scheme}`).toBeLessThan(1e-5);
        figures.push(`${scheme} ${d.toExponential(1)}`);
      }
      for (const scheme of ['sinusoidal', 'learned'] as const) {
        const d = (await snap(paramsOf('absolute-shift', scheme), seed, 0)).shiftDiff;
        expect(d, `seed ${seed} ${scheme}`).toBeGreaterThan(1e-2);
        figures.push(`${scheme} ${d.toFixed(3)}`);
      }
    }
  });

  it('the encoding charts match the formula (values derived by hand from Vaswani et al. 2017)', () => {
    // PE[pos][2i] = sin(pos / 10000^(2i/d)), PE[pos][2i+1] = cos(...). d = 4: frequencies 1 and 1/100.
    const g = peGrid(3, 4);
    const expected = [
      [0, 1, 0, 1],
      [Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)],
      [Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)]
    ].flat();
    expected.forEach((v, i) => expect(g.values[i]).toBeCloseTo(v, 12));
    expect(g.values[4]).toBeCloseTo(0.8414709848, 9); // sin 1
    // PE_p . PE_{p+k} = sum_i cos(k w_i): the same curve from every start, d/2 at offset 0.
    const dots = dotCurves(64);
    expect(dots[0][0]).toBeCloseTo(32, 9);
    expect(curveGap(dots)).toBeLessThan(1e-9);
    const sim = similarity(20, 16);
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) expect(sim[i][j]).toBeCloseTo(sim[i - 1][j - 1], 9);
    // RoPE scores depend only on the offset; adding the encoding to q and k does not.
    expect(curveGap(ropeCurves(64))).toBeLessThan(1e-9);
    expect(curveGap(additiveCurves(64))).toBeGreaterThan(0.1);
  });

  it('the trainer does not leak tensors', async () => {
    await expectNoLeak(() => createPositionsTrainer(paramsOf('relative-shift'), 1) as never, { burnIn: 1, steps: 2, rounds: 2 });
  });
});
