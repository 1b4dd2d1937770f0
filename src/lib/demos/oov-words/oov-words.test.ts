/**
 * emb-11's claim on the demo's own trainer and presets (cpu backend, seeds 1-3): for 14
 * invented words built on corpus words (dogs, doggy, reddish, walking, 小狗, ...), after the
 * 'invented' preset's 100 skip-gram steps,
 *   - UNK gives all of them one and the same vector (the same neighbours);
 *   - character n-grams give each a non-zero vector, not the UNK one; the base word is among
 *     the 3 nearest for at least 9 of the 14, and on average at least half of the 5 nearest
 *     belong to the base word's group (animals, colours, ...);
 *   - BPE pieces give each a non-zero vector, with the base word among the 5 nearest for at
 *     least half of them.
 * Reference cases for the pieces: fastText's n-grams of "where" (Bojanowski et al. 2017, 3.2)
 * and a Cholesky solve.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { logFigures } from '$lib/ml/core/figures';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults, sanitize } from '$lib/params/schema';
import { buildCorpus } from '$lib/ml/embeddings/corpus';
import { charNgrams, choleskySolve } from '$lib/ml/embeddings/subword-vectors';
import create, { type OovParams } from './trainer';
import { buildOov, INVENTED } from './oov';
import { params } from './params';
import { presets } from './presets';

const preset = { ...defaults(params), ...presets.invented.values } as OovParams & { steps: number; merges: number };
const groupOf = new Map(buildCorpus({ languages: ['en', 'zh'] }).groupWords.map((g) => [g.word, g.group]));

describe('emb-11: n-grams and BPE give invented words a vector near their base word', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}`, async () => {
      await cpuTf();
      const t = create(preset, seed);
      await t.train(preset.steps);
      const s = await t.snapshot();
      t.dispose();
      const m = buildOov(s.vectors, s.counts, preset.merges);
      let ngramTop3 = 0;
      let bpeTop5 = 0;
      let groupShare = 0;
      const unkLists = new Set<string>();
      for (const [w, b] of INVENTED) {
        expect(m.inVocabulary(w)).toBe(false);
        expect(m.inVocabulary(b)).toBe(true);
        const [unk, ng, bpe] = m.explain(w, 5);
        unkLists.add(unk.neighbours.map((n) => n.word).join(','));
        for (const r of [ng, bpe]) {
          expect(r.norm).toBeGreaterThan(0);
          expect(r.known.length).toBeGreaterThan(0);
          expect(r.vector).not.toEqual(unk.vector);
        }
        if (ng.neighbours.slice(0, 3).some((n) => n.word === b)) ngramTop3++;
        if (bpe.neighbours.some((n) => n.word === b)) bpeTop5++;
        groupShare += ng.neighbours.filter((n) => groupOf.get(n.word) === groupOf.get(b)).length / 5 / INVENTED.length;
      }
      logFigures(`[emb-11] seed ${seed}: n-gram base word in top 3 for ${ngramTop3}/${INVENTED.length}, BPE base word in top 5 for ${bpeTop5}/${INVENTED.length}, n-gram top-5 share in the base word's group ${groupShare.toFixed(3)}; UNK neighbour lists: ${unkLists.size}`);
      expect(unkLists.size).toBe(1);
      expect(ngramTop3).toBeGreaterThanOrEqual(9);
      expect(groupShare).toBeGreaterThanOrEqual(0.5);
      expect(bpeTop5).toBeGreaterThanOrEqual(INVENTED.length / 2);
    });
  }
});

describe('oov-words pieces and trainer', () => {
  it("fastText's 3-grams of 'where' (paper, section 3.2), plus the wrapped word", () => {
    expect(charNgrams('where', 3, 3)).toEqual(['<wh', 'whe', 'her', 'ere', 're>', '<where>']);
    expect(charNgrams('小狗')).toEqual(['小', '狗', '<小', '小狗', '狗>', '<小狗>']);
  });

  it('Cholesky solve against a hand-worked 2 x 2 system', () => {
    // [[4, 2], [2, 3]] x = [2, 1]  ->  x = [0.5, 0]
    const x = choleskySolve(Float64Array.from([4, 2, 2, 3]), 2, Float64Array.from([2, 1]), 1);
    expect(x[0]).toBeCloseTo(0.5, 12);
    expect(x[1]).toBeCloseTo(0, 12);
  });

  it('is deterministic per seed, plain data, no leaks', async () => {
    await cpuTf();
    const small = { ...preset, dim: 4 };
    const run = async () => {
      const t = create(small, 4);
      const m = await t.train(2);
      const s = await t.snapshot();
      t.dispose();
      return { m, s };
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(structuredClone(a.s)).toEqual(a.s);
    await expectNoLeak(() => create(small, 1) as never, { burnIn: 1, steps: 1, rounds: 2 });
  });

  it('presets are valid and labelled in both languages; one asks a prediction', () => {
    const d = defaults(params);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
    expect(presets.invented.predict?.answer).toBe('ngram');
  });
});
