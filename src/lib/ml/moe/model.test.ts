/** The tfjs MoE agrees with the plain routing maths (routing.ts) on the same router probabilities. */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { MoeModel } from './model';
import { dispatch, expertCapacity, loadBalancingLoss } from './routing';

describe('MoeModel', () => {
  it.each([
    [1, Infinity],
    [1, 1.0],
    [2, 1.0],
    [2, 0.5]
  ])('k %i, capacity factor %f: assignments, drops and the balance term match routing.ts', async (k, factor) => {
    const tf = await cpuTf();
    const rng = new Rng(5);
    const m = new MoeModel({ experts: 4, hidden: 3, outputs: 2 }, rng, 1.5);
    const T = 24;
    const xs = Array.from({ length: 2 * T }, () => rng.uniform(-2, 2));
    const cap = Number.isFinite(factor) ? expertCapacity(T, 4, factor, k) : Infinity;
    const before = tf.memory().numTensors;
    const r = tf.tidy(() => {
      const x = tf.tensor2d(xs, [T, 2]);
      const f = m.forward(x, m.route(x, { k, capacity: cap }));
      return { probs: f.probs.arraySync() as number[][], assigned: f.assigned.arraySync() as number[][], kept: f.kept.arraySync() as number[][], balance: f.balance.dataSync()[0], out: f.out.shape };
    });
    expect(tf.memory().numTensors).toBe(before);
    const d = dispatch(r.probs, k, cap);
    r.assigned.forEach((row, t) => expect(row.map((v, e) => (v ? e : -1)).filter((e) => e >= 0).sort()).toEqual([...d.assigned[t]].sort()));
    r.kept.forEach((row, t) => {
      const served = d.assigned[t].filter((_, j) => d.kept[t][j]).sort();
      expect(row.map((v, e) => (v ? e : -1)).filter((e) => e >= 0)).toEqual(served);
    });
    expect(r.balance).toBeCloseTo(loadBalancingLoss(r.probs, k).loss, 5);
    expect(r.out).toEqual([T, 2]);
    m.dispose();
  });
});
