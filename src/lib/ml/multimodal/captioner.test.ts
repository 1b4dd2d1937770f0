import { describe, expect, it } from 'vitest';
import { cpuTf } from '../core/tf-cpu';
import { BOS, Captioner, captionTargets, EOS, greedyCaptions, wordProbabilities } from './captioner';
import { PAD } from './vocab';

describe('captioner engine', () => {
  it('teacher forcing: inputs start with BOS, targets end with EOS, padding weighs 0', () => {
    const t = captionTargets([[7, 8, 9], [7]], 5);
    expect(t.input).toEqual([[BOS, 7, 8, 9, PAD], [BOS, 7, PAD, PAD, PAD]]);
    expect(t.output).toEqual([[7, 8, 9, EOS, PAD], [7, EOS, PAD, PAD, PAD]]);
    expect(t.weight).toEqual([[1, 1, 1, 1, 0], [1, 1, 0, 0, 0]]);
    // Too long: cut to maxLen - 1 words, so that EOS still fits.
    expect(captionTargets([[1, 2, 3, 4, 5, 6]], 4).output).toEqual([[1, 2, 3, EOS]]);
  });

  it('greedy captions: one attention row per word (and EOS) summing to 1; word probabilities in (0, 1]', async () => {
    const tf = await cpuTf();
    const m = new Captioner({ cellWidth: 6, windowWidth: 9, dModel: 8, nHeads: 2, maxLen: 6 }, 3);
    const tokens = tf.randomUniform([2, 4, 17], 0, 1, 'float32', 5);
    const caps = await greedyCaptions(m, tokens);
    for (const c of caps) {
      expect(c.ids.length).toBeLessThanOrEqual(5);
      expect(c.attention.length === c.ids.length || c.attention.length === c.ids.length + 1).toBe(true);
      for (const a of c.attention) {
        expect(a).toHaveLength(4);
        expect(a.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
      }
      expect(c.ids.every((id) => id !== BOS && id !== PAD && id !== EOS)).toBe(true);
    }
    const p = await wordProbabilities(m, tokens, [[7, 8], [9]]);
    expect(p.map((r) => r.length)).toEqual([2, 1]);
    expect(p.flat().every((x) => x > 0 && x <= 1)).toBe(true);
    tokens.dispose();
    m.dispose();
  });
});
