/**
 * perplexity / seqLogProb from their definitions (Jelinek et al. 1977; Guerreiro et al. 2023,
 * eq. 1: Seq-Logprob = (1/L) sum_k log p(y_k | y_<k, x)); distinct-n worked by hand from
 * Li et al. (2016).
 */
import { describe, expect, it } from 'vitest';
import { distinctN, diversityTokens, perplexity, seqLogProb, tokenPerplexities } from './lm-metrics';

describe('perplexity and seqLogProb', () => {
  it('a uniform model over V tokens has perplexity V', () => {
    for (const V of [2, 10, 65]) expect(perplexity(new Array(7).fill(-Math.log(V)))).toBeCloseTo(V, 10);
  });

  it('worked example: p = 1/2, 1/4, 1/8 -> mean log p = -2 ln 2, perplexity 4', () => {
    const lp = [Math.log(1 / 2), Math.log(1 / 4), Math.log(1 / 8)];
    expect(seqLogProb(lp)).toBeCloseTo(-2 * Math.LN2, 14);
    expect(perplexity(lp)).toBeCloseTo(4, 12);
    expect(tokenPerplexities(lp).map((v) => +v.toFixed(10))).toEqual([2, 4, 8]);
  });

  it('perplexity = exp(-seqLogProb); certain tokens give 1; no tokens give NaN', () => {
    const lp = [-0.3, -1.7, -0.01, -4.2];
    expect(perplexity(lp)).toBeCloseTo(Math.exp(-seqLogProb(lp)), 14);
    expect(perplexity([0, 0, 0])).toBe(1);
    expect(perplexity([])).toBeNaN();
    expect(seqLogProb([])).toBeNaN();
  });
});

describe('distinct-n', () => {
  it('by hand: "the cat the cat" + "a dog"', () => {
    const d1 = distinctN([['the', 'cat', 'the', 'cat'], ['a', 'dog']], 1);
    expect(d1).toEqual({ distinct: 4, total: 6, tokens: 6, ratio: 4 / 6, perToken: 4 / 6 });
    const d2 = distinctN([['the', 'cat', 'the', 'cat'], ['a', 'dog']], 2);
    // bigrams: the cat, cat the, the cat | a dog -> 3 distinct of 4
    expect(d2).toEqual({ distinct: 3, total: 4, tokens: 6, ratio: 3 / 4, perToken: 3 / 6 });
  });

  it('a fully repetitive text has distinct-2 near 0, a varied one 1', () => {
    expect(distinctN([diversityTokens('go go go go go go go go go go')], 2).ratio).toBeCloseTo(1 / 9, 12);
    expect(distinctN([diversityTokens('every word here differs from the next one')], 2).ratio).toBe(1);
    expect(distinctN([[]], 2)).toEqual({ distinct: 0, total: 0, tokens: 0, ratio: 0, perToken: 0 });
  });

  it('diversityTokens: words lowercased, Han characters one token each', () => {
    expect(diversityTokens("The cat's mat, the CAT!")).toEqual(['the', "cat's", 'mat', 'the', 'cat']);
    expect(diversityTokens('貓坐在墊子上。')).toEqual(['貓', '坐', '在', '墊', '子', '上']);
  });
});
