/** Objectives: batch builders, losses, and that a tiny model learns under each. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { corpusSentences, corpusVocabulary } from './corpus';
import { Transformer } from './model';
import {
  causalLmBatch, causalLmLoss, classificationLoss, maskedLmBatch, maskedLmLoss, permutationLmBatch, permutationLmLoss,
  seq2seqLoss, tokenCrossEntropy
} from './objectives';
import { EncoderDecoder } from './seq2seq';
import { makeTask, TASK_BOS, TASK_EOS } from './tasks';
import { frame, MASK, WordTokenizer } from './tokenizer';
import { twoStreamForward } from './two-stream';
import { GroupOptimizer, modelGroups } from './train';
import { permutationMasks } from './masks';
import type { Tensor } from '$lib/ml/core/tf';

const tok = new WordTokenizer(corpusVocabulary('en'));
const seqs = corpusSentences('en').map((s) => frame(tok.encode(s), 10));

async function fit(m: Transformer, loss: (rng: Rng) => () => Tensor, steps: number, lr = 1e-2): Promise<number[]> {
  const tf = await cpuTf();
  const opt = new GroupOptimizer(modelGroups(m), { lr });
  const rng = new Rng(11);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) losses.push(tf.tidy(() => opt.minimize(loss(rng)).loss.dataSync()[0]));
  opt.dispose();
  return losses;
}
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const pick = (rng: Rng, n: number) => Array.from({ length: n }, () => seqs[rng.int(seqs.length)]);

describe('batch builders', () => {
  it('causal LM shifts by one and leaves padding unscored', () => {
    const b = causalLmBatch([[2, 7, 8, 3, 0]]);
    expect(b).toEqual({ input: [[2, 7, 8, 3]], target: [[7, 8, 3, 0]], weight: [[1, 1, 1, 0]] });
  });
  it('masked LM picks ~15% of the word tokens, 80/10/10', () => {
    const rng = new Rng(1);
    const long = Array.from({ length: 400 }, () => Array.from({ length: 20 }, (_, i) => 5 + (i % 30)));
    const b = maskedLmBatch(long, rng, { vocabSize: 40 });
    const chosen = b.masked.flat().length;
    expect(chosen).toBe(400 * 3);
    let masked = 0;
    let kept = 0;
    b.masked.forEach((pos, s) => pos.forEach((i) => (b.input[s][i] === MASK ? masked++ : b.input[s][i] === long[s][i] ? kept++ : 0)));
    expect(masked / chosen).toBeGreaterThan(0.75);
    expect(masked / chosen).toBeLessThan(0.85);
    expect(kept / chosen).toBeGreaterThan(0.07);
    expect(b.weight[0].reduce((a, c) => a + c, 0)).toBe(3);
  });
  it('permutation LM scores the last third of each order, never padding or specials', () => {
    const b = permutationLmBatch([[2, 6, 7, 8, 9, 10, 3, 0, 0]], new Rng(2));
    const order = b.orders[0];
    expect(order.slice(-2)).toEqual([7, 8]);
    const scored = b.weight[0].flatMap((w, i) => (w ? [i] : []));
    const lastThird = order.slice(4, 7);
    scored.forEach((i) => expect(lastThird).toContain(i));
    expect(scored.every((i) => b.input[0][i] >= 5)).toBe(true);
    expect(b.content[0]).toEqual(permutationMasks(order).content);
  });
});

describe('objectives train', () => {
  beforeAll(cpuTf);
  const model = (extra = {}) => new Transformer({ vocabSize: tok.size, dModel: 16, nHeads: 2, nLayers: 1, maxLen: 10, dFF: 32, ...extra }, 5);

  it('causal LM on the corpus: loss falls far below the uniform ln V', async () => {
    const m = model();
    const l = await fit(m, (rng) => () => causalLmLoss(m, causalLmBatch(pick(rng, 12))), 40);
    expect(mean(l.slice(0, 3))).toBeGreaterThan(3);
    expect(mean(l.slice(-10))).toBeLessThan(1.6);
    m.dispose();
  });

  it('masked LM and permutation LM losses fall too', async () => {
    const m = model({ causal: false });
    const l = await fit(m, (rng) => () => maskedLmLoss(m, maskedLmBatch(pick(rng, 12), rng, { vocabSize: tok.size, rate: 0.25 })), 40);
    expect(mean(l.slice(-10))).toBeLessThan(mean(l.slice(0, 5)) - 1.2);
    m.dispose();
    const p = model({ causal: false, queryStream: true });
    const lp = await fit(p, (rng) => () => permutationLmLoss(p, permutationLmBatch(pick(rng, 12), rng)), 40);
    expect(mean(lp.slice(-10))).toBeLessThan(mean(lp.slice(0, 5)) - 1.2);
    p.dispose();
  });

  it("two-stream: the query stream at i never sees token i nor tokens after it in the order", async () => {
    const tf = await cpuTf();
    const m = model({ causal: false, queryStream: true });
    const order = [3, 0, 5, 1, 4, 2];
    const masks = permutationMasks(order);
    const at = (seq: number[]) => tf.tidy(() => twoStreamForward(m, [seq], masks).logits.arraySync() as number[][][])[0];
    const base = [7, 8, 9, 10, 11, 12];
    const a = at(base);
    const change = (i: number) => at(base.map((t, j) => (j === i ? 20 : t)));
    // Position 1 is 4th in the order (after 3, 0, 5): its own token and tokens 4, 2 are invisible.
    for (const i of [1, 4, 2]) expect(Math.max(...change(i)[1].map((v, k) => Math.abs(v - a[1][k])))).toBe(0);
    expect(Math.max(...change(5)[1].map((v, k) => Math.abs(v - a[1][k])))).toBeGreaterThan(1e-4);
    m.dispose();
  });

  it('seq2seq with teacher forcing learns to copy; classification loss falls on brackets', async () => {
    const task = makeTask('copy', { symbols: 5, length: [4, 4] });
    const s = new EncoderDecoder({ srcVocab: task.size, tgtVocab: task.size, dModel: 16, nHeads: 2, encLayers: 1, decLayers: 1, maxLen: 6, dFF: 32 }, 3);
    const tf = await cpuTf();
    const opt = new GroupOptimizer(s.groups(), { lr: 1e-2 });
    const rng = new Rng(4);
    const losses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const ex = Array.from({ length: 16 }, () => task.sample(rng));
      const src = ex.map((e) => e.src);
      const tgtIn = ex.map((e) => [TASK_BOS, ...e.tgt]);
      const tgtOut = ex.map((e) => [...e.tgt, TASK_EOS]);
      const w = tgtOut.map((r) => r.map(() => 1));
      losses.push(tf.tidy(() => opt.minimize(() => seq2seqLoss(s, src, tgtIn, tgtOut, w)).loss.dataSync()[0]));
    }
    expect(mean(losses.slice(-10))).toBeLessThan(0.6 * mean(losses.slice(0, 5)));
    opt.dispose();
    s.dispose();
    const br = makeTask('brackets', { length: [6, 6] });
    const c = new Transformer({ vocabSize: br.size, dModel: 16, nHeads: 2, nLayers: 1, maxLen: 6, dFF: 32, causal: false, classes: 2, outputSize: 0 }, 2);
    const lc = await fit(c, (rng) => {
      const ex = Array.from({ length: 32 }, () => br.sample(rng));
      return () => classificationLoss(c, ex.map((e) => e.src), ex.map((e) => e.label!));
    }, 40);
    expect(mean(lc.slice(-10))).toBeLessThan(mean(lc.slice(0, 5)));
    c.dispose();
  });

  it('tokenCrossEntropy equals -mean log softmax at the targets', async () => {
    const tf = await cpuTf();
    const v = tf.tidy(() => tokenCrossEntropy(tf.tensor3d([[[1, 2, 3], [0, 0, 0]]]), [[2, 0]], [[1, 1]]).dataSync()[0]);
    const l1 = -(3 - Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)));
    expect(v).toBeCloseTo((l1 + Math.log(3)) / 2, 5);
  });
});
