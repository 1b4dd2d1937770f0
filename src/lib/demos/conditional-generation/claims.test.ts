/**
 * gen-04's teaching claim on the real models (seeded, cpu backend, 3 seeds, the default
 * `pick-a-class` setup, 200 iterations): samples the conditional generator makes for a
 * class fall in that class's region (over 80% nearest to its centre, for every class);
 * the unconditional generator, trained on the same data without labels, spreads over all
 * the classes (every class gets at least 10% of its samples; an even spread is 33%).
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { defaults } from '$lib/params/schema';
import { createConditionalDemo } from './trainer';
import { params } from './params';
import { presets } from './presets';

await cpuTf();
const SEEDS = [1, 2, 3];
const pct = (v: number) => `${(100 * v).toFixed(0)}%`;

describe('conditioned samples land in the chosen class; unconditioned ones spread over all', () => {
  it.each(SEEDS)('seed %i, 200 iterations', async (seed) => {
    const t = createConditionalDemo({ ...defaults(params), ...presets['pick-a-class'].values }, seed);
    await t.train(200);
    const s = await t.snapshot();
    t.dispose();
    const hits = s.cond.shares.map((row, k) => row[k]);
    const spread = s.uncond.shares[0];
    const why = `conditional, share nearest the asked-for class: ${hits.map(pct).join(', ')}; unconditional, share per class: ${spread.map(pct).join(', ')}`;
    expect(hits, why).toHaveLength(3);
    for (const h of hits) expect(h, why).toBeGreaterThan(0.8);
    for (const share of spread) expect(share, why).toBeGreaterThan(0.1);
  });
});
