/**
 * emb-14's teaching claim on the real model (tfjs cpu, seeded): after equal training, a larger
 * margin gives a larger between/within ratio (mean distance between class centroids over mean
 * distance to the own centroid, scale-free: see src/lib/ml/triplet/metrics.ts) than a small
 * one. Run as the 'small-vs-large-margin' preset: two copies from the same initial weights, on
 * the same batches and random draws, differing only in the margin.
 */
import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { defaults } from '$lib/params/schema';
import create from './trainer';
import { params } from './params';
import { presets } from './presets';

describe('larger margin -> larger between/within ratio', () => {
  const values = { ...defaults(params), ...presets['small-vs-large-margin'].values };
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: margin ${values.margin} beats margin ${values.compareMargin}`, async () => {
      await cpuTf();
      const t = create(values, seed);
      const start = await t.snapshot();
      await t.train(200);
      const s = await t.snapshot();
      t.dispose();
      const large = s.main.separation;
      const small = s.compare!.separation;
      logFigures(
        `[emb-14] seed ${seed}: ratio start ${start.main.separation.ratio.toFixed(2)} -> margin ${values.margin}: ${large.ratio.toFixed(2)}, ` +
          `margin ${values.compareMargin}: ${small.ratio.toFixed(2)} (x${(large.ratio / small.ratio).toFixed(2)}); ` +
          `scale ${large.scale.toFixed(2)} vs ${small.scale.toFixed(2)}`
      );
      expect(values.margin).toBeGreaterThan(values.compareMargin);
      expect(small.ratio).toBeGreaterThan(start.compare!.separation.ratio); // both learned
      expect(large.ratio).toBeGreaterThan(1.1 * small.ratio);
    });
  }
});
