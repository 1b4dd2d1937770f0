/**
 * Claims of the word-vectors demo, on its own trainer and presets (cpu backend, seeds 1-3):
 *   emb-01 ('map'): after 100 steps, words of the same group are closer (cosine) than words
 *     of different groups: separation (within - between, per language) from ~0 to > 0.2;
 *   emb-12 ('evaluate', the same training as 'map'): the trained vectors' precision@5 and
 *     recall@5 on the labelled groups beat the untrained vectors' by a wide margin
 *     (the metric functions against hand-worked cases are in ./evaluate.test.ts);
 *   emb-06 ('l2'): weight decay gives shorter vectors and a smaller held-out - train gap than
 *     the unregularised twin trained on the same batches.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { logFigures } from '$lib/ml/core/figures';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults, sanitize } from '$lib/params/schema';
import create, { type WordVectorParams } from './trainer';
import { params } from './params';
import { presets } from './presets';
import { retrieval, rowNorms, separation } from './evaluate';

const valuesOf = (name: keyof typeof presets) => ({ ...defaults(params), ...presets[name].values }) as unknown as WordVectorParams & { steps: number };
const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
const SEEDS = [1, 2, 3];

describe('emb-01 / emb-12: skip-gram groups words; trained vectors retrieve their group', () => {
  it("'map' and 'evaluate' train the same model (they differ only in the view)", () => {
    const training = (v: object) => Object.fromEntries(Object.entries(v).filter(([k]) => !['view', 'word', 'k'].includes(k)));
    expect(training(valuesOf('map'))).toEqual(training(valuesOf('evaluate')));
  });

  for (const seed of SEEDS) {
    it(`seed ${seed}: separation ~0 -> > 0.2; precision@5 well above untrained`, async () => {
      await cpuTf();
      const p = valuesOf('map');
      const t = create(p, seed);
      const s0 = await t.snapshot();
      await t.train(p.steps);
      const s = await t.snapshot();
      t.dispose();
      const before = separation(s0.vectors, s0.labelled);
      const after = separation(s.vectors, s.labelled);
      const r0 = retrieval(s.initial, s.labelled, 5);
      const r = retrieval(s.vectors, s.labelled, 5);
      logFigures(`[emb-01] seed ${seed}: separation ${before.gap.toFixed(3)} -> ${after.gap.toFixed(3)} (within ${after.within.toFixed(3)}, between ${after.between.toFixed(3)})`,
        `[emb-12] seed ${seed}: P@5 untrained ${r0.precision.toFixed(3)} -> trained ${r.precision.toFixed(3)}; R@5 ${r0.recall.toFixed(3)} -> ${r.recall.toFixed(3)}`);
      expect(Math.abs(before.gap)).toBeLessThan(0.08);
      expect(after.gap).toBeGreaterThan(0.2);
      expect(after.within).toBeGreaterThan(after.between);
      expect(r.precision).toBeGreaterThan(r0.precision + 0.25);
      expect(r.recall).toBeGreaterThan(r0.recall + 0.25);
      // The untrained table is the trainer's real starting point.
      expect(r0.precision).toBeLessThan(0.3);
    });
  }
});

describe('emb-06: L2 shrinks the vectors and the train / held-out gap', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: shorter vectors, smaller gap than the unregularised twin`, async () => {
      await cpuTf();
      const p = valuesOf('l2');
      const t = create(p, seed);
      const m = await t.train(p.steps);
      const s = await t.snapshot();
      t.dispose();
      const nL2 = mean(rowNorms(s.vectors));
      const nBase = mean(rowNorms(s.baseline!));
      logFigures(`[emb-06] seed ${seed}: mean norm L2 ${nL2.toFixed(3)} vs none ${nBase.toFixed(3)}; gap L2 ${m.gap.toFixed(3)} vs none ${m.baseGap.toFixed(3)}`);
      expect(nL2).toBeLessThan(0.7 * nBase);
      expect(m.gap).toBeLessThan(m.baseGap);
      expect(m.baseGap).toBeGreaterThan(0);
    });
  }
});

describe('word-vectors trainer', () => {
  const small: WordVectorParams = { ...valuesOf('l2'), dim: 4, compare: true, dropout: 0.3, noise: 0.2 };

  it('is deterministic per seed and returns plain data', async () => {
    await cpuTf();
    const run = async () => {
      const t = create(small, 4);
      const m = await t.train(3);
      const s = await t.snapshot();
      t.dispose();
      return { m, s };
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(structuredClone(a.s)).toEqual(a.s);
    for (const v of Object.values(a.m)) expect(Number.isFinite(v)).toBe(true);
  });

  it('holds no tensors (leak check)', async () => {
    await expectNoLeak(() => create(small, 1) as never, { burnIn: 1, steps: 2, rounds: 2 });
  });

  it('presets are valid and labelled in both languages; the pages ask predictions', () => {
    const d = defaults(params);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
    expect(presets.map.predict?.answer).toBe('closer');
    expect(presets.evaluate.predict?.answer).toBe('higher');
    expect(presets.l2.predict?.answer).toBe('l2');
  });
});
