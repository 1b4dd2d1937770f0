/**
 * llm-17 and llm-10 claims, on this folder's trainers and presets (cpu backend, seeds 1-3).
 * llm-17 ('baseline'): over the run, the per-sample REINFORCE gradient estimates are far less
 *   spread out with the leave-one-out baseline than without it, on the same batches and in
 *   each copy's own training; both copies still learn the word.
 * llm-17 ('reward-hacking'): the copy trained on the flawed (length-loving) reward writes
 *   answers near the length limit, its flawed reward rises while its true reward ends far
 *   below the honest copy's.
 * llm-10: the Bradley-Terry reward model ranks the labeller's preferred answer higher on
 *   held-out pairs; with beta = 0.01 the exact KL to the reference is large, with beta = 1 small.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { logFigures } from '$lib/ml/core/figures';
import { defaults } from '$lib/params/schema';
import { createRlTrainer } from './trainer';
import { params } from './params';
import { presets } from './presets';
import type { ReinforceSnapshot, RlhfSnapshot, RlParams } from './types';

const paramsOf = (preset: keyof typeof presets): RlParams => {
  const { seed: _seed, ...v } = { ...defaults(params), ...presets[preset].values };
  return v;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const SEEDS = [1, 2, 3];

async function run(preset: keyof typeof presets, seed: number, steps: number, chunk = 10) {
  const t = createRlTrainer(paramsOf(preset), seed);
  for (let i = 0; i < steps; i += chunk) await t.train(chunk);
  const s = await t.snapshot();
  t.dispose();
  return s;
}

describe('rl-lab (llm-17): REINFORCE', () => {
  it('the baseline cuts the gradient variance, and both copies learn the word (3 seeds, 50 steps)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const s = (await run('baseline', seed, 50)) as ReinforceSnapshot;
      const { a, b } = s.copies;
      const same = mean(b.history.variance) / mean(s.varianceNoBaselineSameBatch);
      const own = mean(b.history.variance) / mean(a.history.variance);
      logFigures(`seed ${seed}: same-batch ratio ${same.toFixed(3)}, own ratio ${own.toFixed(3)}, true reward a ${a.history.trueReward.at(-1)!.toFixed(2)} b ${b.history.trueReward.at(-1)!.toFixed(2)}`);
      expect(same).toBeLessThan(0.25);
      expect(own).toBeLessThan(0.5);
      expect(a.history.trueReward.at(-1)! - a.history.trueReward[0]).toBeGreaterThan(0.4);
      expect(b.history.trueReward.at(-1)! - b.history.trueReward[0]).toBeGreaterThan(0.4);
    }
  }, 60_000);

  it('a flawed reward is exploited: long padded answers, flawed reward up, true reward down (3 seeds, 60 steps)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const s = (await run('reward-hacking', seed, 60)) as ReinforceSnapshot;
      const { a, b } = s.copies;
      logFigures(`seed ${seed}: honest true ${a.history.trueReward.at(-1)!.toFixed(2)}; flawed copy: len ${b.history.length.at(-1)!.toFixed(2)}, flawed reward ${b.history.reward[0].toFixed(2)} -> ${b.history.reward.at(-1)!.toFixed(2)}, true ${b.history.trueReward.at(-1)!.toFixed(2)}`);
      expect(b.history.length.at(-1)).toBeGreaterThan(7);
      expect(b.history.reward.at(-1)! - b.history.reward[0]).toBeGreaterThan(0.4);
      expect(b.history.trueReward.at(-1)).toBeLessThan(0.3);
      expect(a.history.trueReward.at(-1)! - b.history.trueReward.at(-1)!).toBeGreaterThan(0.5);
      expect(b.top.every((x) => x.text.startsWith('CAF'))).toBe(true);
    }
  }, 60_000);
});

describe('rl-lab (llm-10): RLHF', () => {
  it('the reward model ranks preferred answers higher; small beta drifts far, large beta stays close (3 seeds, 50 steps)', async () => {
    await cpuTf();
    for (const seed of SEEDS) {
      const low = (await run('rlhf-low-beta', seed, 50, 25)) as RlhfSnapshot;
      const high = (await run('rlhf-high-beta', seed, 50, 25)) as RlhfSnapshot;
      logFigures(`seed ${seed}: RM held-out accuracy ${low.rmAccuracy.toFixed(3)} / ${high.rmAccuracy.toFixed(3)}; KL beta 0.01 ${low.kl.toFixed(2)}, beta 1 ${high.kl.toFixed(2)}; taste ref ${low.referenceTaste.toFixed(2)} low ${low.history.taste.at(-1)!.toFixed(2)} high ${high.history.taste.at(-1)!.toFixed(2)}`);
      expect(low.rmAccuracy).toBeGreaterThan(0.8);
      expect(high.rmAccuracy).toBeGreaterThan(0.8);
      expect(low.kl).toBeGreaterThan(3);
      expect(high.kl).toBeLessThan(2);
      expect(low.kl).toBeGreaterThan(4 * high.kl);
      // Both still improve the labeller's hidden taste over the reference.
      expect(high.history.taste.at(-1)).toBeGreaterThan(low.referenceTaste);
    }
  }, 180_000);

  it('the reader\'s judgements join the preference pool', async () => {
    await cpuTf();
    const t = createRlTrainer(paramsOf('rlhf-few-pairs'), 1);
    await t.train(2);
    t.setParams!({ humanPairs: [['AEA', 'DDD'], ['EE', 'BCD']] });
    const s = (await t.snapshot()) as RlhfSnapshot;
    t.dispose();
    expect(s.pairsUsed).toBe(14);
    expect(s.humanPairs).toBe(2);
  });

  it('leaks no tensors (both trainers, reader pairs included)', async () => {
    await expectNoLeak(() => createRlTrainer(paramsOf('baseline'), 1) as never, { steps: 3 });
    await expectNoLeak(() => {
      const t = createRlTrainer({ ...paramsOf('rlhf'), pairs: 8 }, 1);
      t.setParams!({ humanPairs: [['AE', 'DD']] });
      return t as never;
    }, { steps: 3 });
  });
});
