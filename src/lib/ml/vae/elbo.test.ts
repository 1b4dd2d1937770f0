/**
 * Teaching claim (gen-03): the ELBO improves with training. At the demo's default settings
 * (beta = 1, so the objective is exactly the negative ELBO), over three seeds.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { createVaeTrainer } from './model';

// The demo's defaults (src/lib/demos/vae/params.ts; its presets test checks they agree).
const defaults = { beta: 1, lr: 1e-2, hidden: 64, batch: 32 };
const STEPS = 100;

describe('VAE: the negative ELBO falls with training', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: below half its starting value within ${STEPS} steps`, async () => {
      await cpuTf();
      const t = createVaeTrainer(defaults, seed);
      const first = await t.train(1);
      const start = await t.snapshot();
      // An untrained decoder outputs ~0.5 everywhere: about 256 ln 2 = 177 nats per image.
      expect(first.loss).toBeGreaterThan(150);
      const last = await t.train(STEPS - 1);
      const end = await t.snapshot();
      t.dispose();
      expect(last.loss).toBeLessThan(0.5 * first.loss);
      // The same on the fixed evaluation set (decoded from the latent means).
      expect(end.evalRecon + end.evalKl).toBeLessThan(0.5 * (start.evalRecon + start.evalKl));
    });
  }
});
