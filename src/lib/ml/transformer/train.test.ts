/** Parameter groups: freezing, per-group rates, LoRA; and the leak test of a minimal trainer. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { Rng } from '$lib/ml/core/random';
import type { Trainer } from '$lib/ml/core/trainer';
import { Transformer } from './model';
import { causalLmBatch, causalLmLoss } from './objectives';
import { GroupOptimizer, modelGroups } from './train';
import { attentionMaps, influence, tokenProbabilities } from './readback';
import { slidingWindowMask } from './masks';

const cfg = { vocabSize: 9, dModel: 8, nHeads: 2, nLayers: 2, maxLen: 8, dFF: 16 };
const data = (rng: Rng) => causalLmBatch(Array.from({ length: 4 }, () => Array.from({ length: 7 }, () => 5 + rng.int(4))));
const snapshotOf = async (m: Transformer) => Promise.all(m.variables().map(async (v) => Array.from(await v.data())));
const changed = (a: number[], b: number[]) => a.some((v, i) => v !== b[i]);

describe('parameter groups', () => {
  beforeAll(cpuTf);

  it('a frozen group does not move; a group at half rate moves', async () => {
    const tf = await cpuTf();
    const m = new Transformer(cfg, 1);
    const opt = new GroupOptimizer(modelGroups(m), { lr: 0.01, scales: { embed: 0, layer0: 0, layer1: 0.5 } });
    expect(opt.trainableCount).toBe(m.parameterCount(['layer1', 'final', 'head']));
    const names = m.variables().map((v) => v.name);
    const before = await snapshotOf(m);
    const rng = new Rng(2);
    for (let i = 0; i < 3; i++) tf.tidy(() => opt.minimize(() => causalLmLoss(m, data(rng))));
    const after = await snapshotOf(m);
    names.forEach((n, i) => {
      const moved = changed(before[i], after[i]);
      if (/\/(embed|layer0)\//.test(n)) expect(moved, n).toBe(false);
      if (/\/layer1\/w/.test(n)) expect(moved, n).toBe(true);
    });
    opt.dispose();
    m.dispose();
  });

  it('LoRA starts equal to the base model, then trains only A and B', async () => {
    const tf = await cpuTf();
    const m = new Transformer(cfg, 3);
    const x = [[1, 5, 6, 7]];
    const p0 = await tokenProbabilities(m, x[0]);
    const lora = m.enableLora({ rank: 2, targets: ['q', 'v', 'ff1'] });
    // per layer: q and v are 8x8 -> 2·(8+8) each; ff1 is 8x16 -> 2·(8+16)
    expect(lora.reduce((a, v) => a + v.size, 0)).toBe(2 * (32 + 32 + 48));
    const p1 = await tokenProbabilities(m, x[0]);
    p0.flat().forEach((v, i) => expect(p1.flat()[i]).toBeCloseTo(v, 6));
    const groups = modelGroups(m);
    const opt = new GroupOptimizer(groups, { lr: 0.02, scales: Object.fromEntries(groups.map((g) => [g.name, g.name === 'lora' ? 1 : 0])) });
    const base = await Promise.all(m.variables(m.groupNames.filter((g) => g !== 'lora')).map(async (v) => Array.from(await v.data())));
    const rng = new Rng(4);
    for (let i = 0; i < 3; i++) tf.tidy(() => opt.minimize(() => causalLmLoss(m, data(rng))));
    const baseAfter = await Promise.all(m.variables(m.groupNames.filter((g) => g !== 'lora')).map(async (v) => Array.from(await v.data())));
    base.forEach((b, i) => expect(changed(b, baseAfter[i])).toBe(false));
    const p2 = await tokenProbabilities(m, x[0]);
    expect(Math.max(...p2.flat().map((v, i) => Math.abs(v - p0.flat()[i])))).toBeGreaterThan(1e-4);
    opt.dispose();
    m.dispose();
  });
});

describe('readback', () => {
  it('attention maps and the influence map respect the masks', async () => {
    await cpuTf();
    const m = new Transformer({ ...cfg, nLayers: 2, maxLen: 8 }, 5);
    const seq = [1, 5, 6, 7, 8, 5, 6, 7];
    const a = await attentionMaps(m, seq);
    expect([a.length, a[0].length, a[0][0].length, a[0][0][0].length]).toEqual([2, 2, 8, 8]);
    // Window 1 over 2 layers: output 7 depends on inputs 5, 6, 7 only (zero gradient elsewhere).
    const g = await influence(m, seq, 7, { mask: slidingWindowMask(8, 1) });
    g.slice(0, 5).forEach((v) => expect(v).toBe(0));
    g.slice(5).forEach((v) => expect(v).toBeGreaterThan(0));
    m.dispose();
  });
});

/** The smallest trainer the engine supports, as a demo's trainer.ts would write it. */
function tinyTrainer(seed: number): Trainer<never, { probs: number[][] }> {
  const m = new Transformer(cfg, seed);
  const opt = new GroupOptimizer(modelGroups(m), { lr: 0.01 });
  const rng = new Rng(seed);
  return {
    async train(n) {
      const tf = await cpuTf();
      let loss: Tensor | null = null;
      for (let i = 0; i < n; i++) {
        loss?.dispose();
        loss = tf.tidy(() => opt.minimize(() => causalLmLoss(m, data(rng))).loss);
      }
      const v = (await loss!.data())[0];
      loss!.dispose();
      return { loss: v };
    },
    async snapshot() {
      return { probs: await tokenProbabilities(m, [1, 5, 6]) };
    },
    dispose() {
      opt.dispose();
      m.dispose();
    }
  };
}
type Tensor = import('$lib/ml/core/tf').Tensor;

describe('leak', () => {
  it('a trainer on the engine frees everything', async () => {
    await expectNoLeak(() => tinyTrainer(1) as never);
  });
});
