/** explainSentenceBleu agrees with sentenceBleu's counts; the throughput helper runs. */
import { describe, expect, it } from 'vitest';
import { explainSentenceBleu } from './bleu-explain';
import { sentenceBleu } from './bleu';
import { measureTextThroughput } from './throughput';

describe('explainSentenceBleu', () => {
  it('clipping: "the the the the the the the" vs "the cat is on the mat" (Papineni et al. 2002, sec. 2.1)', () => {
    const e = explainSentenceBleu('the the the the the the the', ['the cat is on the mat', 'there is a cat on the mat']);
    expect(e.orders[0]).toEqual([{ ngram: 'the', count: 7, refMax: 2, clipped: 2 }]);
    expect(e.score.counts[0]).toBe(2); // modified unigram precision 2/7
    expect(e.score.totals[0]).toBe(7);
    expect(e.tokenOrder).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(e.clippedAt[0]).toEqual([false, false, true, true, true, true, true]);
  });

  it('its per-order clipped sums are the sentenceBleu counts', () => {
    const cand = 'It is a guide to action which ensures that the military always obeys the commands of the party.';
    const refs = ['It is a guide to action that ensures that the military will forever heed Party commands.',
      'It is the guiding principle which guarantees the military forces always being under the command of the Party.'];
    const e = explainSentenceBleu(cand, refs);
    const b = sentenceBleu(cand, refs);
    expect(e.orders.map((rows) => rows.reduce((a, r) => a + r.clipped, 0))).toEqual(b.counts);
    expect(e.orders.map((rows) => rows.reduce((a, r) => a + r.count, 0))).toEqual(b.totals);
    expect(e.score.score).toBe(b.score);
  });
});

describe('measureTextThroughput', () => {
  it('reports positive rates on a small corpus', () => {
    const t = measureTextThroughput({ sentences: 50, minMs: 5 });
    expect(t.bleuSentencesPerSecond).toBeGreaterThan(0);
    expect(t.rougeSentencesPerSecond).toBeGreaterThan(0);
    expect(t.bleu).toBeGreaterThan(5);
    expect(t.bleu).toBeLessThan(95);
  });
});
