/**
 * The skip-gram engine: the sampling pieces against Mikolov et al. 2013 (noise distribution
 * unigram^0.75, subsampling 1 - sqrt(t / f)), the pairs a window yields, the hand-written
 * SGNS gradient against tf.grad of the loss, determinism, the leak test, and that training
 * on the toy corpus pulls each group's words together (the full claim, over three seeds,
 * is emb-01's test).
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import type { Tensor } from '$lib/ml/core/tf';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import type { Trainer } from '$lib/ml/core/trainer';
import { buildCorpus, buildVocab } from './corpus';
import { DiscreteSampler, keepProbabilities, noiseDistribution, skipGramPairs } from './sampling';
import { SkipGram } from './skipgram';
import { groupSeparation } from './vectors';

describe('sampling', () => {
  it('noise distribution is unigram^0.75, normalised', () => {
    const p = noiseDistribution([1, 16, 0]);
    expect(p[0]).toBeCloseTo(1 / 9, 15); // 1^0.75 = 1, 16^0.75 = 8
    expect(p[1]).toBeCloseTo(8 / 9, 15);
    expect(p[2]).toBe(0);
  });

  it('the sampler draws with those probabilities', () => {
    const s = new DiscreteSampler([0.1, 0.6, 0, 0.3]);
    const rng = new Rng(1);
    const n = 20000;
    const hits = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) hits[s.sample(rng)]++;
    expect(hits[2]).toBe(0);
    [0.1, 0.6, 0, 0.3].forEach((p, i) => expect(Math.abs(hits[i] / n - p)).toBeLessThan(0.01));
  });

  it('subsampling keeps a word with probability min(1, sqrt(t / f))', () => {
    const k = keepProbabilities([90, 10], 0.01);
    expect(k[0]).toBeCloseTo(Math.sqrt(0.01 / 0.9), 15);
    expect(k[1]).toBeCloseTo(Math.sqrt(0.1), 15);
    expect(Array.from(keepProbabilities([90, 10], 0))).toEqual([1, 1]);
    expect(keepProbabilities([1, 1000], 0.5)[0]).toBe(1);
  });

  it('window pairs: every ordered pair within b positions, inside each sentence', () => {
    const rng = new Rng(1);
    const one = skipGramPairs([[0, 1, 2], [3]], rng, { window: 1, dynamicWindow: false });
    expect(Array.from(one.centres)).toEqual([0, 1, 1, 2]);
    expect(Array.from(one.contexts)).toEqual([1, 0, 2, 1]);
    const two = skipGramPairs([[0, 1, 2]], rng, { window: 2, dynamicWindow: false });
    expect(two.centres.length).toBe(6);
    // Dynamic windows draw b in 1..window: never more pairs than the full window.
    const dyn = skipGramPairs([[0, 1, 2, 3, 4, 5]], rng, { window: 2 });
    expect(dyn.centres.length).toBeGreaterThanOrEqual(10);
    expect(dyn.centres.length).toBeLessThanOrEqual(18);
  });

  it('vocabulary: first-appearance order with counts', () => {
    const v = buildVocab([['a', 'b', 'a'], ['c']]);
    expect(v.words).toEqual(['a', 'b', 'c']);
    expect(v.counts).toEqual([2, 1, 1]);
    expect(v.total).toBe(4);
  });
});

describe('SkipGram', () => {
  const corpus = buildCorpus({ languages: ['en'] });

  it('the hand-written gradient equals tf.grad of the SGNS loss', async () => {
    const tf = await cpuTf();
    const sg = new SkipGram(corpus.sentences, { dim: 6, window: 2, negatives: 3, batch: 8 }, 3);
    await sg.train(5); // move the output vectors off zero
    const v = sg.vocabSize;
    const rng = new Rng(9);
    const c = Int32Array.from({ length: 8 }, () => rng.int(v));
    const x = Int32Array.from({ length: 8 }, () => rng.int(v));
    const neg = new Float32Array(8 * v);
    for (let i = 0; i < 24; i++) neg[rng.int(8) * v + rng.int(v)] += 1;
    const [mine, auto] = tf.tidy(() => {
      const ct = tf.tensor1d(c, 'int32');
      const xt = tf.tensor1d(x, 'int32');
      const nt = tf.tensor2d(neg, [8, v]);
      const g = sg.gradients(ct, xt, nt);
      const grads = tf.grads((wi: Tensor, wo: Tensor) => {
        const s = tf.matMul(tf.matMul(tf.oneHot(ct, v).toFloat(), wi), wo, false, true);
        const pos = tf.oneHot(xt, v).toFloat();
        return tf.add(tf.mul(pos, tf.softplus(tf.neg(s))), tf.mul(nt, tf.softplus(s))).sum().div(8);
      })([sg.win, sg.wout]);
      const loss = sg.lossOf(ct, xt, nt);
      return [[g.win.arraySync(), g.wout.arraySync(), loss.arraySync()], [grads[0].arraySync(), grads[1].arraySync()]] as [number[][][] | number[], number[][][]];
    });
    const [gwin, gwout] = mine as unknown as number[][][];
    gwin.forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(auto[0][i][j], 5)));
    gwout.forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(auto[1][i][j], 5)));
    expect(gwin.flat().some((g) => Math.abs(g) > 1e-4)).toBe(true);
    sg.dispose();
  });

  it('is deterministic per seed; reports loss, epochs and pairs per second', async () => {
    await cpuTf();
    const run = async () => {
      const sg = new SkipGram(corpus.sentences, { dim: 8, window: 2, negatives: 5, batch: 32 }, 4);
      const { metrics, vectors } = await sg.train(10, true);
      sg.dispose();
      return { metrics, vectors };
    };
    const [a, b] = [await run(), await run()];
    expect(a.vectors).toEqual(b.vectors);
    expect(a.metrics.loss).toBe(b.metrics.loss);
    expect(a.metrics.pairs).toBe(320);
    expect(a.metrics.pairsPerSecond).toBeGreaterThan(0);
    expect(a.metrics.epoch).toBeGreaterThan(0);
    expect(Number.isFinite(a.metrics.loss)).toBe(true);
  });

  it('pulls the words of each group together (one seed, English corpus)', async () => {
    await cpuTf();
    const sg = new SkipGram(corpus.sentences, { dim: 12, window: 2, negatives: 5, batch: 64, lr: 0.05 }, 1);
    const words = corpus.groupWords.map((g) => g.word);
    const labels = corpus.groupWords.map((g) => g.group);
    const before = groupSeparation(sg.vectorsSync(), words, labels);
    await sg.train(150);
    const after = groupSeparation(sg.vectorsSync(), words, labels);
    sg.dispose();
    expect(Math.abs(before.gap)).toBeLessThan(0.1);
    expect(after.gap).toBeGreaterThan(0.3);
  });

  it('leaks no tensors', async () => {
    await cpuTf();
    await expectNoLeak(() => {
      const sg = new SkipGram(corpus.sentences, { dim: 4, window: 1, negatives: 2, batch: 16 }, 2);
      const t: Trainer<never, unknown> = {
        train: async (n) => (await sg.train(n, true)).metrics as unknown as Record<string, number>,
        snapshot: () => sg.vectors(),
        dispose: () => sg.dispose()
      };
      return t;
    });
  });
});
