/** The engine benchmark runs at tiny sizes, reports positive rates, and leaks no tensors (the real run is npm run bench). */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { benchEngines, type EngineSizes } from './engines';

const TINY: EngineSizes = { layers: 1, width: 8, heads: 2, context: 4, batch: 2, prompt: 4, newTokens: 3, experts: 2, hidden: 4, moeBatch: 8, sentences: 20 };

describe('benchEngines', () => {
  it('reports every row with a positive rate and leaks nothing', async () => {
    const tf = await cpuTf();
    const before = tf.memory().numTensors;
    const rows = await benchEngines(TINY, 0.05);
    expect(rows.map((r) => r.name)).toEqual(['transformer training', 'generation with KV cache', 'generation without KV cache', 'MoE training', 'corpus BLEU', 'ROUGE-1/2/L']);
    for (const r of rows) expect(r.rate, r.name).toBeGreaterThan(0);
    // With the cache one position per token; without it the whole sequence: (4 + 5 + 6) / 3 = 5.
    expect(rows[1].note).toMatch(/^1\.0 positions/);
    expect(rows[2].note).toMatch(/^5\.0 positions/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
