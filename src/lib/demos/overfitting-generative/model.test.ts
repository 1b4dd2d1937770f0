import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import type { Metrics } from '$lib/ml/core/trainer';
import {
  cellNearestDistances,
  createOverfittingGenerative,
  drawSamples,
  gridCell,
  gridTargetProbs,
  meanNearestDistance,
  nearestDistances,
  type OverfitParams
} from './trainer';
import { defaults, type Values } from '$lib/params/schema';
import { params as schema } from './params';
import { presets } from './presets';

const withPreset = (name: keyof typeof presets): OverfitParams & { steps: number } => {
  const { seed: _seed, ...rest } = { ...defaults(schema), ...presets[name].values } as Values<typeof schema>;
  return rest;
};
const STEPS = 400;

describe('nearest-training-neighbour distance', () => {
  it('matches hand-computed distances', () => {
    expect(Array.from(nearestDistances([0, 0, 3, 4], [0, 0]))).toEqual([0, 5]);
    expect(meanNearestDistance([0, 0, 3, 4], [0, 0])).toBe(2.5);
    // The nearest of several reference points wins: (1, 1) is 1 from (1, 2), sqrt 2 from (0, 0).
    expect(nearestDistances([1, 1], [0, 0, 1, 2])[0]).toBeCloseTo(1, 12);
    // Copies of the reference points are at distance 0.
    expect(meanNearestDistance([0.3, -0.2, 1, 1], [1, 1, 5, 5, 0.3, -0.2])).toBe(0);
    expect(meanNearestDistance([], [0, 0])).toBeNaN();
  });

  it('per-cell averages on a 2 x 2 grid, cells and sampling', () => {
    // One reference point at the centre of the top-right cell; 2 x 2 sub-points per cell.
    const d = cellNearestDistances([0.5, 0.5], 2, 1, 2);
    expect(d[1]).toBeCloseTo(Math.sqrt(0.125), 6);
    expect(d[2]).toBeCloseTo((Math.sqrt(2 * 1.25 ** 2) + 2 * Math.sqrt(0.75 ** 2 + 1.25 ** 2) + Math.sqrt(2 * 0.75 ** 2)) / 4, 6);
    expect(d[0]).toBeCloseTo(d[3], 6);
    expect([gridCell(0.5, 0.5, 2, 1), gridCell(-0.5, -0.5, 2, 1), gridCell(5, -5, 2, 1)]).toEqual([1, 2, 3]);
    const s = drawSamples([0.5, 0, 0, 0.5], 2, 1, [0.25, 0.5, 0.5, 0.75, 0.1, 0.9]);
    // u = 0.25 falls in cell 0 (top left), u = 0.75 in cell 3 (bottom right); then the spot inside.
    [-0.5, 0.5, 0.1, -0.9].forEach((v, i) => expect(s[i]).toBeCloseTo(v, 6));
    const p = gridTargetProbs(20);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    for (let r = 0; r < 20; r++) for (let c = 0; c < 20; c++) expect(p[r * 20 + c]).toBeCloseTo(p[(19 - r) * 20 + c], 6);
  });
});

describe('overfitting in a generative model (gen-06)', () => {
  it('starts uniform: both losses log(cells), samples spread over the grid', async () => {
    await cpuTf();
    const t = createOverfittingGenerative(withPreset('memorise'), 1);
    const s = await t.snapshot();
    t.dispose();
    expect(s.train).toBeCloseTo(Math.log(400), 4);
    expect(s.heldOut).toBeCloseTo(Math.log(400), 4);
    expect(s.sampleNn).toBeGreaterThan(s.reference);
  });

  it('teaching claim: tiny data memorises, regularisation does not (3 seeds)', async () => {
    await cpuTf();
    const rows: string[] = [];
    for (const seed of [1, 2, 3]) {
      const mem = createOverfittingGenerative(withPreset('memorise'), seed);
      const held: number[] = [];
      const train: number[] = [];
      let m: Metrics = {};
      for (let k = 0; k < STEPS / 25; k++) {
        m = await mem.train(25);
        held.push(m.heldOut);
        train.push(m.train);
      }
      const snap = await mem.snapshot();
      mem.dispose();
      const iMin = held.indexOf(Math.min(...held));
      const reg = createOverfittingGenerative(withPreset('regularised'), seed);
      const r = await reg.train(STEPS);
      reg.dispose();
      const ref = snap.reference;
      rows.push(
        `seed ${seed}: memorise held-out min ${held[iMin].toFixed(2)} @${(iMin + 1) * 25} -> ${m.heldOut.toFixed(2)}, train ${train[iMin].toFixed(2)} -> ${m.train.toFixed(2)}, ` +
          `nn ${m.nn.toFixed(3)} (samples ${snap.sampleNn.toFixed(3)}) vs reference ${ref.toFixed(3)}; regularised held-out ${r.heldOut.toFixed(2)}, train ${r.train.toFixed(2)}, nn ${r.nn.toFixed(3)}`
      );
      // No regularisation: held-out loss bottoms out early and climbs while training loss keeps falling ...
      expect(iMin, `seed ${seed}`).toBeLessThan(STEPS / 25 / 2);
      expect(m.heldOut, `seed ${seed}`).toBeGreaterThan(held[iMin] + 2);
      expect(m.train, `seed ${seed}`).toBeLessThan(train[iMin] - 1.5);
      expect(Math.min(...train), `seed ${seed}`).toBe(m.train);
      // ... and samples sit on the training points, far closer than fresh data does.
      expect(m.nn, `seed ${seed}`).toBeLessThan(0.5 * ref);
      expect(snap.sampleNn, `seed ${seed}`).toBeLessThan(0.5 * ref);
      // Regularised: held-out ends far lower, the gap is narrower, NN distance stays near the reference.
      expect(r.heldOut, `seed ${seed}`).toBeLessThan(m.heldOut - 2);
      expect(r.heldOut - r.train, `seed ${seed}`).toBeLessThan(0.5 * (m.heldOut - m.train));
      expect(r.nn, `seed ${seed}`).toBeGreaterThan(0.75 * ref);
      expect(Math.abs(r.nn - ref), `seed ${seed}`).toBeLessThan(Math.abs(m.nn - ref) / 2);
    }
    logFigures(rows.join('\n'));
  });

  it('leaks no tensors: flat after burn-in, back to baseline after dispose', async () => {
    // Every path: dropout, weight decay, noise, early stopping (patience small enough to fire).
    await expectNoLeak(() => createOverfittingGenerative({ n: 12, dropout: 0.3, weightDecay: 0.2, noise: 0.1, earlyStop: true, patience: 10 }, 1), { steps: 8, rounds: 4 });
  });
});
