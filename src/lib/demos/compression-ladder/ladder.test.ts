/**
 * emb-08's claim on the demo's own trainer (seeded, three seeds, the 'ladder' preset): memory
 * per vector shrinks 2x (float16), 4x (int8) and 32x (binary); int8 keeps recall@10 high
 * (>= 0.9, both symmetric and affine) while binary drops far more (<= 0.6, and at least 0.3
 * below int8). Controls: float32 is exact; PQ's k-means training raises its recall.
 */
import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { defaults, sanitize } from '$lib/params/schema';
import create from './trainer';
import { params } from './params';
import { presets } from './presets';

const preset = { ...defaults(params), ...presets.ladder.values };

describe('emb-08 compression ladder claim', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: 2x / 4x / 32x memory; int8 recall@10 >= 0.9, binary <= 0.6`, async () => {
      const t = create(preset, seed);
      const before = await t.snapshot();
      await t.train(presets.ladder.values.iterations!);
      const s = await t.snapshot();
      t.dispose();
      const by = Object.fromEntries(s.rungs.map((r) => [r.rung, r]));
      logFigures(`[emb-08] seed ${seed}: recall@10 ` + s.rungs.map((r) => `${r.rung} ${r.recall.toFixed(3)} (${r.ratio}x, 1-cos ${r.cosineError.toExponential(1)})`).join(', ') + `; PQ before training ${before.rungs[5].recall.toFixed(3)}`);
      expect(s.rungs.map((r) => r.rung)).toEqual(['float32', 'float16', 'int8-sym', 'int8-affine', 'binary', 'pq']);
      expect(s.rungs.map((r) => r.bytesPerVector)).toEqual([256, 128, 64, 64, 8, 8]);
      expect(s.rungs.map((r) => r.ratio)).toEqual([1, 2, 4, 4, 32, 32]);
      expect(by.float32.recall).toBe(1);
      expect(by.float16.recall).toBeGreaterThanOrEqual(0.98);
      expect(by['int8-sym'].recall).toBeGreaterThanOrEqual(0.9);
      expect(by['int8-affine'].recall).toBeGreaterThanOrEqual(0.9);
      expect(by.binary.recall).toBeLessThanOrEqual(0.6);
      expect(by.binary.recall).toBeLessThan(Math.min(by['int8-sym'].recall, by['int8-affine'].recall) - 0.3);
      // The turn of each stored vector grows down the ladder.
      expect(by.float16.cosineError).toBeLessThan(by['int8-sym'].cosineError);
      expect(by['int8-sym'].cosineError).toBeLessThan(by.binary.cosineError);
      // PQ learned something: its codebooks beat their random start.
      expect(by.pq.recall).toBeGreaterThan(before.rungs[5].recall);
      expect(s.pqHistory.distortion.at(-1)!).toBeLessThan(s.pqHistory.distortion[0]);
    });
  }
});

describe('compression-ladder trainer', () => {
  it('is deterministic per seed and returns plain data', async () => {
    const small = { ...preset, n: 600, pqK: '16' };
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
    for (const v of Object.values(a.m)) expect(Number.isFinite(v)).toBe(true);
    expect(a.s.example.rows.pq.length).toBe(16);
  });

  it('holds no tensors (leak check)', async () => {
    await expectNoLeak(() => create({ ...preset, n: 500, pqK: '16' }, 1) as never, { burnIn: 1, steps: 1, rounds: 2 });
  });

  it('presets are valid and labelled in both languages; one asks a prediction', () => {
    const d = defaults(params);
    for (const p of Object.values(presets)) {
      expect(p.label.en && p.label['zh-Hant']).toBeTruthy();
      expect(sanitize(params, d, p.values)).toEqual({ ...d, ...p.values });
    }
    expect(presets.ladder.predict?.answer).toBe('int8-high-binary-low');
  });
});
