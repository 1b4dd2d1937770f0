/**
 * emb-10's claim on the demo's own trainer ('hnsw-vs-brute' preset, three seeds): after the
 * build and one pass over the 100 queries, HNSW at efSearch 32 reaches recall@10 >= 0.95 while
 * computing distances to <= 10% of the vectors (brute force: all of them). Controls: the same
 * number of vectors picked at random holds <= 0.2 of the true neighbours; efSearch 1 (set
 * live) falls below 0.95; LSH recall rises with the tables.
 */
import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { Rng } from '$lib/ml/core/random';
import { defaults, sanitize } from '$lib/params/schema';
import { Hnsw } from '$lib/ml/search/hnsw';
import create, { QUERIES, buildLayout, datasetFor } from './trainer';
import { bruteForce } from '$lib/ml/search/brute';
import { recallOf } from '$lib/ml/search/data';
import { params } from './params';
import { presets } from './presets';

const preset = { ...defaults(params), ...presets['hnsw-vs-brute'].values };

describe('emb-10 claim: HNSW recall@10 >= 0.95 visiting a fraction of the vectors', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}`, async () => {
      const t = create(preset, seed);
      await t.train(preset.n + QUERIES);
      const s = await t.snapshot();
      t.dispose();
      expect(s.phase).toBe('querying');
      expect(s.step).toBe(presets['hnsw-vs-brute'].predict!.revealAt);
      const h = s.current.hnsw!;
      const at = (v: number) => s.hnsw.find((p) => p.value === v)!;
      const lsh = (v: number) => s.lsh.find((p) => p.value === v)!;
      logFigures(
        `[emb-10] seed ${seed}: HNSW efSearch 32 recall ${h.recall.toFixed(3)} visiting ${(100 * h.visited).toFixed(1)}% ` +
          `(ef 1: ${at(1).recall.toFixed(3)}, ef 128: ${at(128).recall.toFixed(3)}); LSH tables 1/8/24: ${lsh(1).recall.toFixed(3)}/${lsh(8).recall.toFixed(3)}/${lsh(24).recall.toFixed(3)} visiting ${(100 * lsh(24).visited).toFixed(1)}%; ` +
          `brute ${s.brute.msPerQuery.toFixed(2)} ms/query, HNSW ${h.msPerQuery.toFixed(3)} ms/query, layers ${s.build.layerSizes.join('/')}`
      );
      expect(h.queries).toBe(QUERIES);
      expect(h.recall).toBeGreaterThanOrEqual(0.95);
      expect(h.visited).toBeLessThanOrEqual(0.1);
      // Control: the exact 10 nearest among as many vectors picked at random find few true neighbours.
      const ds = datasetFor(preset.n, seed);
      const rng = new Rng(seed);
      const budget = Math.round(h.visited * preset.n);
      let random = 0;
      for (let q = 0; q < 20; q++) {
        const pick = rng.shuffle(Array.from({ length: preset.n }, (_, i) => i)).slice(0, budget);
        const sub = { n: budget, d: ds.d, data: new Float32Array(pick.flatMap((i) => Array.from(ds.base.data.subarray(i * ds.d, (i + 1) * ds.d)))) };
        const found = bruteForce(sub, ds.queries, q, 10).ids.map((i) => pick[i]);
        random += recallOf(found, bruteForce(ds.base, ds.queries, q, 10).ids) / 20;
      }
      logFigures(`[emb-10] seed ${seed}: ${budget} random vectors, recall@10 ${random.toFixed(3)}`);
      expect(random).toBeLessThanOrEqual(0.2);
      // A smaller candidate list finds fewer; LSH needs many tables.
      expect(at(1).recall).toBeLessThan(h.recall);
      expect(lsh(24).recall).toBeGreaterThan(lsh(8).recall);
      expect(lsh(8).recall).toBeGreaterThan(lsh(1).recall);
    });
  }
});

describe('search-index trainer', () => {
  it('builds step by step, applies efSearch and tables live, returns plain data', async () => {
    const t = create({ ...preset, n: 1000 }, 5);
    const m0 = await t.train(400);
    expect(m0.inserted).toBe(400);
    expect((await t.snapshot()).phase).toBe('building');
    await t.train(600 + 20);
    t.setParams!({ efSearch: 3, tables: 5 });
    await t.train(10);
    const s = await t.snapshot();
    t.dispose();
    expect(s.inserted).toBe(1000);
    expect(s.current.efSearch).toBe(3);
    expect(s.current.hnsw!.queries).toBe(10);
    expect(s.current.lsh!.value).toBe(5);
    expect(structuredClone(s)).toEqual(s);
  });

  it('the 2-D layout index is searchable from its plain graph', () => {
    const l = buildLayout(6, 32, 1);
    const base = { n: l.points.length / 2, d: 2, data: l.points };
    const h = Hnsw.fromGraph(l.graph, base);
    const r = h.search({ n: l.queries.length / 2, d: 2, data: l.queries }, 0, 5, 16);
    expect(r.ids.length).toBe(5);
  });

  it('holds no tensors (leak check)', async () => {
    await expectNoLeak(() => create({ ...preset, n: 1000 }, 1) as never, { burnIn: 900, steps: 50, rounds: 2 });
  });

  it('presets are valid and labelled in both languages; one asks a prediction', () => {
    const d = defaults(params);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
    expect(presets['hnsw-vs-brute'].predict?.answer).toBe('under-10');
  });
});
