/** Generation: the KV-cache path gives the same logits and tokens as re-running the prefix. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { POSITION_SCHEMES, type PositionScheme } from './config';
import { decodeStep, generate, KvCache, sampleToken, softmaxProbs } from './generate';
import { kvCacheBytes } from './kv-cache';
import { Transformer } from './model';

const cfg = { vocabSize: 13, dModel: 16, nHeads: 4, nLayers: 2, maxLen: 20, dFF: 32 };

describe('generate', () => {
  beforeAll(cpuTf);

  const cases: [PositionScheme, number][] = [...POSITION_SCHEMES.map((p): [PositionScheme, number] => [p, 4]), ['rope', 1], ['learned', 2]];
  it.each(cases)(
    '%s with %i KV heads: KV cache output equals no-cache output',
    async (position, kvHeads) => {
      const m = new Transformer({ ...cfg, position, kvHeads }, 3);
      const prompt = [2, 7, 5];
      const a = await generate(m, prompt, { maxNew: 8, useCache: true, keepLogits: true });
      const b = await generate(m, prompt, { maxNew: 8, useCache: false, keepLogits: true });
      expect(a.tokens).toEqual(b.tokens);
      a.logits!.forEach((row, t) => row.forEach((v, i) => expect(Math.abs(v - b.logits![t][i])).toBeLessThan(1e-4)));
      // (The last token is produced, not yet fed.) The cache holds 2 · layers · kvHeads · headDim · tokens · batch · 4 bytes (float32).
      expect(a.cacheBytes).toBe(kvCacheBytes({ layers: 2, heads: 4, kvHeads, headDim: 4, seqLen: prompt.length + 8 - 1, batch: 1, bytesPerValue: 4 }));
      m.dispose();
    }
  );

  it('with a sliding window too', async () => {
    const m = new Transformer({ ...cfg, position: 'alibi' }, 5);
    const a = await generate(m, [1, 2, 3, 4], { maxNew: 6, window: 2, keepLogits: true });
    const b = await generate(m, [1, 2, 3, 4], { maxNew: 6, window: 2, useCache: false, keepLogits: true });
    a.logits!.forEach((row, t) => row.forEach((v, i) => expect(Math.abs(v - b.logits![t][i])).toBeLessThan(1e-4)));
    m.dispose();
  });

  it('stops at maxLen and at the stop token, times every step, frees its tensors', async () => {
    const tf = await cpuTf();
    const m = new Transformer({ ...cfg, maxLen: 8 }, 1);
    const before = tf.memory().numTensors;
    let t = 0;
    const r = await generate(m, [1, 2, 3], { maxNew: 50, now: () => (t += 2) });
    expect(r.tokens).toHaveLength(5);
    expect(r.stepMs.every((ms) => ms === 2)).toBe(true);
    const s = await generate(m, [1, 2, 3], { maxNew: 50, stop: r.tokens[0] });
    expect(s.tokens).toEqual([r.tokens[0]]);
    expect(tf.memory().numTensors).toBe(before);
    const cache = new KvCache(2);
    decodeStep(m, [1, 1], cache).dispose();
    expect(cache.length).toBe(1);
    cache.dispose();
    expect(tf.memory().numTensors).toBe(before);
    m.dispose();
  });
});

describe('sampling', () => {
  const logits = [2, 1, 0, -1];
  it('greedy takes the argmax; exclude removes ids', () => {
    expect(sampleToken(logits).id).toBe(0);
    expect(sampleToken(logits, { exclude: [0] }).id).toBe(1);
  });
  it('temperature flattens or sharpens; top-k keeps k', () => {
    const p1 = softmaxProbs(logits, 1);
    const hot = softmaxProbs(logits, 10);
    const cold = softmaxProbs(logits, 0.1);
    expect(p1[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(1) + 1 + Math.exp(-1)), 12);
    expect(hot[0]).toBeLessThan(p1[0]);
    expect(cold[0]).toBeGreaterThan(0.99);
    const k2 = softmaxProbs(logits, 1, [], 2);
    expect(k2[2]).toBe(0);
    expect(k2[0]).toBeCloseTo(Math.exp(1) / (Math.exp(1) + 1), 12);
  });
  it('sampling frequencies follow the probabilities', () => {
    const rng = new Rng(4);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[sampleToken(logits, { strategy: 'sample', rng }).id]++;
    const p = softmaxProbs(logits);
    counts.forEach((c, i) => expect(Math.abs(c / 4000 - p[i])).toBeLessThan(0.03));
    const k1 = sampleToken(logits, { strategy: 'sample', rng, topK: 1 });
    expect(k1).toEqual({ id: 0, prob: 1 });
  });
});
