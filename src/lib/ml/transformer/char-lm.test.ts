/**
 * char-stream and char-lm: windows are seeded and well formed; AUROC matches hand-computed
 * cases (Mann-Whitney U / (n_pos n_neg), ties count half); the sliding-window log-probabilities
 * agree with the training loss on a window that fits the context, and with a direct forward
 * beyond it; greedy sampling picks the most probable token.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { CharLm } from './char-lm';
import { auroc, charStream, joinSentences, splitSentences, streamWindows } from './char-stream';
import { corpusSentences } from './corpus';

describe('char-stream', () => {
  it('splits, windows and joins a corpus deterministically', () => {
    const s = charStream(corpusSentences('en'), { train: 10, heldOut: 5, sep: '. ', context: 8, seed: 3 });
    expect(s.train.length).toBe(10);
    expect(s.heldOut.length).toBe(5);
    expect(new Set([...s.train, ...s.heldOut]).size).toBe(15);
    const a = streamWindows(s.trainIds, s.sepIds, 9, 4, new Rng(1));
    expect(a).toEqual(streamWindows(s.trainIds, s.sepIds, 9, 4, new Rng(1)));
    for (const w of a) expect(w.length).toBe(9);
    const text = s.tok.decode(joinSentences(s.trainIds.slice(0, 2), s.sepIds));
    expect(splitSentences(text, s.sep)).toEqual(s.train.slice(0, 2));
  });

  it('AUROC: hand-computed cases', () => {
    expect(auroc([3, 4], [1, 2])).toBe(1);
    expect(auroc([1, 2], [3, 4])).toBe(0);
    expect(auroc([1, 3], [2])).toBe(0.5);
    expect(auroc([2], [2])).toBe(0.5);
    expect(auroc([0.9, 0.8, 0.4], [0.5, 0.1])).toBeCloseTo(5 / 6, 12);
    expect(auroc([], [1])).toBeNaN();
  });
});

describe('char-lm', () => {
  it('log-probabilities match the loss, windows beyond the context match a direct forward, greedy is argmax', async () => {
    const tf = await cpuTf();
    const s = charStream(corpusSentences('en'), { train: 20, sep: '. ', context: 6, seed: 1 });
    const lm = new CharLm({ vocabSize: s.tok.size, context: 6, dModel: 16, nLayers: 1 }, 5, 'adam', 0.01);
    const ids = joinSentences(s.trainIds.slice(0, 1), s.sepIds).slice(0, 7);
    const lp = await lm.scoreTokens(ids);
    const loss = tf.tidy(() => lm.loss([ids]).dataSync()[0]);
    expect(lp.length).toBe(6);
    expect(-lp.reduce((a, b) => a + b, 0) / 6).toBeCloseTo(loss, 4);
    // Beyond the context: token 9 of a longer text is scored with the 6 tokens before it.
    const long = joinSentences(s.trainIds.slice(0, 2), s.sepIds).slice(0, 12);
    const lpl = await lm.scoreTokens(long);
    expect(lpl.length).toBe(11);
    const direct = tf.tidy(() => {
      const w = long.slice(3, 9);
      const l = tf.logSoftmax(lm.model.forward([w]).logits!);
      return l.arraySync() as number[][][];
    })[0][5][long[9]];
    expect(lpl[8]).toBeCloseTo(direct, 4);
    const [g] = await lm.sample([long.slice(0, 4)], { maxNew: 1, temperature: 0, rng: new Rng(1) });
    const probs = tf.tidy(() => tf.softmax(lm.model.forward([long.slice(0, 4)]).logits!).arraySync() as number[][][])[0][3];
    const allowed = probs.map((p, i) => (i < 5 ? -1 : p));
    expect(g.tokens[0]).toBe(allowed.indexOf(Math.max(...allowed)));
    expect(Math.exp(g.logp[0])).toBeGreaterThan(0);
    lm.dispose();
  });
});
