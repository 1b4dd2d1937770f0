import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import type { Metrics } from '$lib/ml/core/trainer';
import { defaults, sanitize, type Values } from '$lib/params/schema';
import { params } from './params';
import { presets } from './presets';
import create from './trainer';

const withPreset = (name: keyof typeof presets) => {
  const { seed: _seed, ...rest } = { ...defaults(params), ...presets[name].values } as Values<typeof params>;
  return rest;
};

/** Reference early stopping on a per-step held-out curve (losses[i] after step i + 1). */
function earlyStop(losses: number[], patience: number): { best: number; stop: number } {
  let [lo, best, since] = [Infinity, 0, 0];
  for (let i = 0; i < losses.length; i++) {
    if (losses[i] < lo) [lo, best, since] = [losses[i], i + 1, 0];
    else if (++since >= patience) return { best, stop: i + 1 };
  }
  return { best, stop: 0 };
}

describe('overfitting-generative presets', () => {
  it('opens in memorise; every preset survives validation unchanged and has both labels', () => {
    expect(Object.keys(presets)).toEqual(['memorise', 'regularised', 'early-stop']);
    for (const [name, p] of Object.entries(presets)) {
      const v = { ...defaults(params), ...p.values };
      expect(sanitize(params, defaults(params), v), name).toEqual(v);
      expect(p.label.en && p.label['zh-Hant'], name).toBeTruthy();
    }
    const m = withPreset('memorise');
    expect([m.n, m.dropout, m.weightDecay, m.noise, m.earlyStop]).toEqual([12, 0, 0, 0, false]);
    expect(withPreset('regularised').noise).toBeGreaterThan(0);
    expect(withPreset('early-stop').earlyStop).toBe(true);
  });
});

describe('early stopping (gen-06 demo, real model)', () => {
  it('fires patience steps after the held-out minimum, freezes the weights there, and keeps samples off the training points (3 seeds)', async () => {
    await cpuTf();
    const p = withPreset('early-stop');
    const rows: string[] = [];
    for (const seed of [1, 2, 3]) {
      const t = create(p, seed);
      const held: number[] = [];
      let m: Metrics = {};
      while (!(m.stopStep > 0) && held.length < 400) {
        m = await t.train(1);
        held.push(m.heldOut);
      }
      const ref = earlyStop(held, p.patience);
      const after = await t.train(20);
      const snap = await t.snapshot();
      t.dispose();
      // Without early stopping the same run passes through exactly the same state at that step.
      const free = create(withPreset('memorise'), seed);
      const f = await free.train(m.stopStep);
      free.dispose();
      rows.push(
        `seed ${seed}: best step ${m.bestStep} (held-out ${Math.min(...held).toFixed(3)}), stop ${m.stopStep} (held-out ${m.heldOut.toFixed(3)}), nn ${m.nn.toFixed(3)} vs reference ${snap.reference.toFixed(3)}`
      );
      expect(m.stopStep, `seed ${seed}`).toBe(ref.stop);
      expect(m.bestStep, `seed ${seed}`).toBe(ref.best);
      expect(m.stopStep - m.bestStep).toBe(p.patience);
      expect(m.stopStep, `seed ${seed}`).toBeLessThan(250);
      // Frozen: more training changes nothing; the snapshot says it stopped.
      expect(after).toEqual(m);
      expect(snap.stopped && snap.step === m.stopStep && snap.heldOut === m.heldOut).toBe(true);
      expect(f.heldOut, `seed ${seed}`).toBe(m.heldOut);
      expect(f.stopStep, `seed ${seed}`).toBe(m.stopStep);
      // Stopped near the best held-out loss, and samples are not copies of the training points.
      expect(m.heldOut - Math.min(...held), `seed ${seed}`).toBeLessThan(0.5);
      expect(m.nn, `seed ${seed}`).toBeGreaterThan(0.65 * snap.reference);
    }
    logFigures(rows.join('\n'));
  });
});
