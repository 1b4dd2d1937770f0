/**
 * Claims of the embedding-transfer demo, on its own trainer and presets (cpu backend, seeds 1-3):
 *   emb-07 ('small-n'): with 3 labelled sentences per topic, the classifier on frozen
 *     skip-gram vectors beats the one on random vectors by more than 0.1 test accuracy, and
 *     the fine-tuned pretrained one beats random too;
 *   emb-09 ('categorical'): parameter counts read from the models' variables equal the
 *     formulas (C + I) + 1, (C + I) d + 1, (B + I) d + 1; the share of colliding users rises
 *     as the number of buckets falls, close to 1 - (1 - 1/B)^(C-1).
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { logFigures } from '$lib/ml/core/figures';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults, sanitize } from '$lib/params/schema';
import { fnv1a32 } from '$lib/ml/embeddings/hashing';
import create, { type EmbeddingTransferParams } from './trainer';
import type { CategoricalSnapshot } from './categorical';
import { DIMS, ITEMS } from './categorical';
import { params } from './params';
import { presets } from './presets';

const valuesOf = (name: keyof typeof presets) => ({ ...defaults(params), ...presets[name].values }) as EmbeddingTransferParams & { steps: number };
const SEEDS = [1, 2, 3];

describe('emb-07: pretrained embeddings win at small N', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: frozen pretrained > random + 0.1; fine-tuned pretrained > random`, async () => {
      await cpuTf();
      const p = valuesOf('small-n');
      const t = create(p, seed);
      const m = await t.train(p.steps);
      t.dispose();
      logFigures(`[emb-07] seed ${seed}: test accuracy random ${m.randomTest.toFixed(3)}, frozen ${m.frozenTest.toFixed(3)}, fine-tuned ${m.finetunedTest.toFixed(3)} (skip-gram loss ${m.pretrainLoss.toFixed(3)})`);
      expect(m.frozenTest).toBeGreaterThan(m.randomTest + 0.1);
      expect(m.finetunedTest).toBeGreaterThan(m.randomTest);
    });
  }
});

describe('emb-09: parameter counts and collisions', () => {
  it('FNV-1a 32-bit reference values (the FNV authors\' test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  for (const seed of SEEDS) {
    it(`seed ${seed}: counts match the formulas; collisions rise as buckets fall`, async () => {
      await cpuTf();
      const p = valuesOf('categorical');
      const t = create(p, seed);
      const s = (await t.snapshot()) as CategoricalSnapshot;
      t.dispose();
      const C = p.cardinality;
      const B = p.buckets;
      const byName = Object.fromEntries(s.models.map((m) => [m.name, m.params]));
      expect(byName['one-hot']).toBe(C + ITEMS + 1);
      for (const d of DIMS) expect(byName[`embedding d=${d}`]).toBe((C + ITEMS) * d + 1);
      expect(byName[`hashed B=${B}, d=${p.hashDim}`]).toBe((B + ITEMS) * p.hashDim + 1);
      for (const m of s.models) expect(m.params).toBe(m.formula);
      const c = s.collisions;
      logFigures(`[emb-09] seed ${seed}: colliding share by buckets ` + c.buckets.map((b, i) => `${b}: ${c.measured[i].toFixed(3)} (expected ${c.expected[i].toFixed(3)})`).join(', '));
      for (let i = 1; i < c.buckets.length; i++) {
        expect(c.buckets[i]).toBeGreaterThan(c.buckets[i - 1]);
        expect(c.measured[i]).toBeLessThan(c.measured[i - 1]);
      }
      c.buckets.forEach((b, i) => {
        if (b <= C / 2) expect(Math.abs(c.measured[i] - c.expected[i])).toBeLessThan(0.06);
      });
      expect(s.chosen.collidingShare).toBeGreaterThan(0.95);
    });
  }
});

describe('embedding-transfer trainer', () => {
  const smallCat: EmbeddingTransferParams = { ...valuesOf('categorical'), cardinality: 200, perUser: 3, buckets: 50 };
  const smallTr: EmbeddingTransferParams = { ...valuesOf('small-n'), pretrainSteps: 3, dim: 4 };

  it('is deterministic per seed and returns plain data', async () => {
    await cpuTf();
    for (const p of [smallCat, smallTr]) {
      const run = async () => {
        const t = create(p, 4);
        const m = await t.train(2);
        const s = await t.snapshot();
        t.dispose();
        return { m, s };
      };
      const [a, b] = [await run(), await run()];
      expect(a).toEqual(b);
      expect(structuredClone(a.s)).toEqual(a.s);
      for (const v of Object.values(a.m)) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('holds no tensors (leak check)', async () => {
    await expectNoLeak(() => create(smallCat, 1) as never, { burnIn: 1, steps: 1, rounds: 2 });
    await expectNoLeak(() => create(smallTr, 1) as never, { burnIn: 1, steps: 1, rounds: 2 });
  });

  it('presets are valid and labelled in both languages; both pages ask predictions', () => {
    const d = defaults(params);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
    expect(presets['small-n'].predict?.answer).toBe('pretrained');
    expect(presets.categorical.predict?.answer).toBe('almost');
  });
});
