/**
 * emb-02 and emb-03 claims, on this folder's trainer and presets (cpu backend, seeds 1-3,
 * after 10 masked-LM steps):
 * - emb-02: the mean-pooled static word vectors of "dog bites man" and "man bites dog" are
 *   identical (max difference < 1e-6, cosine 1), while the encoder's pooled sentence vectors
 *   of the two differ (max difference > 0.01, 10 000 times float error; their cosine stays
 *   near 1: pooling hides most of the order even for contextual states, which the views say);
 * - emb-03: the ambiguous word's static vector is one point in every context (distance 0,
 *   cosine 1), while its contextual vectors differ across contexts (every pair at distance
 *   > 0.1; the hidden states have norm about 4), for "bank" and for "bat".
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { logFigures } from '$lib/ml/core/figures';
import { defaults } from '$lib/params/schema';
import { createSentenceTrainer, splitSentences, type SvParams, type ProbeView } from './trainer';
import { params } from './params';
import { presets } from './presets';

const paramsOf = (preset: keyof typeof presets): SvParams => {
  const { seed: _seed, ...v } = { ...defaults(params), ...presets[preset].values };
  return v;
};
const offDiagonal = (m: number[][]) => m.flatMap((row, i) => row.filter((_, j) => j !== i));
/** Contexts 0-1 are one sense, 2-3 the other (as the presets list them): mean distances, shown, not asserted. */
const senses = (d: number[][]) => ({ within: (d[0][1] + d[2][3]) / 2, cross: (d[0][2] + d[0][3] + d[1][2] + d[1][3]) / 4 });

describe('sentence-vectors (emb-02, emb-03)', () => {
  it('pooling is blind to word order, the encoder is not; a static word vector is one point, its contextual vectors differ across contexts (3 seeds, 10 steps)', async () => {
    await cpuTf();
    for (const seed of [1, 2, 3]) {
      const t = createSentenceTrainer(paramsOf('word-order'), seed);
      await t.train(10);
      const s = await t.snapshot();
      const { sentences } = s;
      expect(splitSentences(presets['word-order'].values.sentences!).slice(0, 2)).toEqual(['dog bites man', 'man bites dog']);
      expect(sentences.tokens[0]).toEqual(['dog', 'bites', 'man']);
      expect(sentences.staticMaxDiff[0][1]).toBeLessThan(1e-6);
      expect(sentences.staticCos[0][1]).toBeCloseTo(1, 9);
      expect(sentences.contextMaxDiff[0][1]).toBeGreaterThan(0.01);
      // Sanity: static pooling still tells different sentences apart.
      expect(sentences.staticCos[0][2]).toBeLessThan(0.99);
      const figures = [`seed ${seed}: step ${s.step} MLM loss ${s.loss.at(-1)!.toFixed(2)}; dog/man: static cos ${sentences.staticCos[0][1].toFixed(6)} (max diff ${sentences.staticMaxDiff[0][1].toExponential(1)}), contextual cos ${sentences.contextCos[0][1].toFixed(4)} (max diff ${sentences.contextMaxDiff[0][1].toFixed(3)}), [CLS] cos ${sentences.clsCos[0][1].toFixed(4)}`];
      for (const preset of ['ambiguous-bank', 'ambiguous-bat'] as const) {
        const { word, contexts } = presets[preset].values;
        t.setParams!({ word, contexts });
        const { probe } = await t.snapshot();
        expect(probe.at.every((i) => i >= 0)).toBe(true);
        expect(Math.min(...probe.staticCos.flat())).toBeCloseTo(1, 9);
        expect(Math.max(...probe.staticDist.flat())).toBe(0);
        const minDist = Math.min(...offDiagonal(probe.contextDist));
        const f = senses(probe.contextDist);
        figures.push(`  ${word}: contextual distances min ${minDist.toFixed(3)}, within-sense mean ${f.within.toFixed(3)}, cross-sense mean ${f.cross.toFixed(3)}; max contextual cos ${Math.max(...offDiagonal(probe.contextCos)).toFixed(4)}`);
        expect(minDist).toBeGreaterThan(0.1);
      }
      t.dispose();
      logFigures(...figures);
    }
  }, 120_000);

  it('leaks no tensors', async () => {
    await expectNoLeak(() => createSentenceTrainer({ ...paramsOf('word-order'), layers: 1 }, 1) as never, { steps: 2 });
  });
});
