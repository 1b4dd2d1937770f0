/**
 * Teaching claim of gen-05 (mode collapse and remedies), on the real model, seeded, on
 * the cpu backend: on the 8-Gaussian ring, after the same 400 iterations with the same
 * networks, the `collapse` preset (G learns 6x faster than D) covers at most 3 modes and
 * the `balanced-rates` remedy (D 5x faster than G) at least 6, each in at least 4 of 5 seeds.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { createGanTrainer } from '$lib/ml/gan/trainer';
import { DEFAULT_GAN_PARAMS } from '$lib/ml/gan/config';
import { presets } from './presets';

await cpuTf();
const SEEDS = [1, 2, 3, 4, 5];

async function modesCovered(preset: keyof typeof presets, iterations: number, seed: number) {
  const t = createGanTrainer({ ...DEFAULT_GAN_PARAMS, ...presets[preset].values }, seed);
  try {
    await t.train(iterations);
    return (await t.snapshot()).modesCovered;
  } finally {
    t.dispose();
  }
}

describe.each([
  { preset: 'collapse' as const, iterations: 400, ok: (m: number) => m <= 3, claim: 'covers at most 3 of 8 modes' },
  { preset: 'balanced-rates' as const, iterations: 400, ok: (m: number) => m >= 6, claim: 'covers at least 6 of 8 modes' }
])('$preset on the ring $claim in most seeds', ({ preset, iterations, ok }) => {
  const covered: number[] = [];
  // One test per seed keeps each under the timeout on a busy machine; the last one judges.
  it.each(SEEDS)(`seed %i, ${iterations} iterations`, async (seed) => {
    covered.push(await modesCovered(preset, iterations, seed));
  });
  it('holds in at least 4 of 5 seeds', () => {
    expect(covered, `modes covered per seed: ${covered.join(', ')}`).toHaveLength(SEEDS.length);
    expect(covered.filter(ok).length, `modes covered per seed: ${covered.join(', ')}`).toBeGreaterThanOrEqual(4);
  });
});
