/**
 * learnBpe against its two reference algorithms:
 * - 'first': Algorithm 1 of R. Sennrich, B. Haddow, A. Birch, "Neural Machine Translation of
 *   Rare Words with Subword Units", ACL 2016, run under Python 3 (dicts keep insertion order,
 *   so max() returns the pair met first);
 * - 'largest': rsennrich/subword-nmt, subword_nmt/learn_bpe.py (`max(stats, key=lambda x:
 *   (stats[x], x))`, strings compared by code point).
 * The cases in bpe.reference.json were produced by running both (its `_source` says how).
 */
import { describe, expect, it } from 'vitest';
import { BpeLearner, compareCodePoints, learnBpe, mergeSymbols, replayMerges } from './bpe';
import reference from './bpe.reference.json';

const PAPER = { 'l o w </w>': 5, 'l o w e r </w>': 2, 'n e w e s t </w>': 6, 'w i d e s t </w>': 3 };

describe('learnBpe: the paper example (Sennrich et al. 2016, Algorithm 1)', () => {
  it("'first': e s, es t, est </w>, l o, lo w, n e, ne w, new est</w>, low </w>, w i", () => {
    // By hand: pair counts are e s 9, s t 9, t </w> 9, w e 8, l o 7, o w 7, ... ; e s, s t and
    // t </w> tie at 9 and e s is met first (in "n e w e s t </w>" before s t and t </w>).
    // After e s: es t 9, then est </w> 9; then l o 7 (met before o w), lo w 7; n e 6 (met
    // before e w 6 and w est</w> 6), ne w 6, new est</w> 6; low </w> 5; w i 3 (met before i d).
    const { merges, vocab } = learnBpe(PAPER, 10);
    expect(merges).toEqual([
      ['e', 's', 9], ['es', 't', 9], ['est', '</w>', 9], ['l', 'o', 7], ['lo', 'w', 7],
      ['n', 'e', 6], ['ne', 'w', 6], ['new', 'est</w>', 6], ['low', '</w>', 5], ['w', 'i', 3]
    ]);
    expect(vocab).toEqual({ 'low</w>': 5, 'low e r </w>': 2, 'newest</w>': 6, 'wi d est</w>': 3 });
  });

  it("'largest': t </w> first (largest of the three pairs tied at 9), as subword-nmt", () => {
    // ('t', '</w>') > ('s', 't') > ('e', 's'); then s t</w> 9, e st</w> 9; o w > l o at 7, ...
    const { merges } = learnBpe(PAPER, 5, { tieBreak: 'largest' });
    expect(merges).toEqual([['t', '</w>', 9], ['s', 't</w>', 9], ['e', 'st</w>', 9], ['o', 'w', 7], ['l', 'ow', 7]]);
  });

  it('stops at minFrequency (default 2) and after numMerges', () => {
    const all = learnBpe(PAPER, 100);
    expect(all.merges.length).toBe(15);
    expect(all.merges.at(-1)![2]).toBeGreaterThanOrEqual(2);
    // No pair of the final vocabulary reaches 2.
    const { merges: more } = learnBpe(all.vocab, 5);
    expect(more).toEqual([]);
    expect(learnBpe(PAPER, 0)).toEqual({ merges: [], vocab: PAPER });
    expect(learnBpe(PAPER, 3).merges.length).toBe(3);
    // minFrequency 10: the best pair (9) is already below it.
    expect(learnBpe(PAPER, 10, { minFrequency: 10 }).merges).toEqual([]);
    expect(learnBpe(PAPER, 10, { minFrequency: 7 }).merges.map((m) => m[2])).toEqual([9, 9, 9, 7, 7]);
    // Singletons: nothing at the default, both ways with minFrequency 1.
    expect(learnBpe({ 'a b': 1, 'c d': 1 }, 5).merges).toEqual([]);
    expect(learnBpe({ 'a b': 1, 'c d': 1 }, 1, { minFrequency: 1 }).merges).toEqual([['a', 'b', 1]]);
    expect(learnBpe({ 'a b': 1, 'c d': 1 }, 1, { minFrequency: 1, tieBreak: 'largest' }).merges).toEqual([['c', 'd', 1]]);
  });

  it('counts overlapping occurrences but merges left to right without overlap', () => {
    // "a a a a" holds 3 (a, a) pairs and "a a a" 2: frequency 3*1 + 2*2 = 7; merging gives
    // "aa aa" and "aa a".
    const r = learnBpe({ 'a a a a': 1, 'a a a': 2 }, 1);
    expect(r.merges).toEqual([['a', 'a', 7]]);
    expect(r.vocab).toEqual({ 'aa aa': 1, 'aa a': 2 });
    expect(mergeSymbols(['a', 'a', 'a'], 'a', 'a')).toEqual(['aa', 'a']);
  });

  it('adds the counts of entries a merge makes equal', () => {
    const r = learnBpe({ 'a b': 2, ab: 3, 'x y': 1 }, 1);
    expect(r.merges).toEqual([['a', 'b', 2]]);
    expect(r.vocab).toEqual({ ab: 5, 'x y': 1 });
  });

  it('keeps CJK and astral characters whole and breaks ties by code point, as Python', () => {
    // U+20000 (a surrogate pair in UTF-16) is larger than U+FF21 by code point, smaller by UTF-16 unit.
    expect(compareCodePoints('𠀀', 'Ａ')).toBeGreaterThan(0);
    expect('𠀀' < 'Ａ').toBe(true);
    expect(learnBpe({ 'x Ａ': 2, 'x 𠀀': 2 }, 1, { tieBreak: 'largest' }).merges).toEqual([['x', '𠀀', 2]]);
    expect(learnBpe({ 'x Ａ': 2, 'x 𠀀': 2 }, 1).merges).toEqual([['x', 'Ａ', 2]]);
  });
});

describe('learnBpe: reference cases (bpe.reference.json)', () => {
  type Case = { name: string; tieBreak: 'first' | 'largest'; minFrequency: number; vocab: Record<string, number>; numMerges: number; merges: [string, string, number][]; result: Record<string, number> };
  const cases = reference.cases as unknown as Case[];
  for (const c of cases) {
    it(`${c.name}, ${c.tieBreak}, minFrequency ${c.minFrequency}: ${c.merges.length} merges`, () => {
      const r = learnBpe(c.vocab, c.numMerges, { minFrequency: c.minFrequency, tieBreak: c.tieBreak });
      expect(r.merges).toEqual(c.merges);
      expect(r.vocab).toEqual(c.result);
    });
  }
  it('the two tie rules really differ on these cases', () => {
    const differ = new Set(cases.filter((c) => c.tieBreak === 'first').filter((c) => {
      const other = cases.find((o) => o.name === c.name && o.minFrequency === c.minFrequency && o.tieBreak === 'largest')!;
      return JSON.stringify(other.merges) !== JSON.stringify(c.merges);
    }).map((c) => c.name));
    expect([...differ].sort()).toEqual(['astral_rev', 'attached', 'cjk', 'cjk_tie', 'paper', 'text']);
  });
});

describe('BpeLearner: the merge-by-merge stepper', () => {
  it('after k steps holds what learnBpe(vocab, k) returns and what replaying k merges gives', () => {
    for (const tieBreak of ['first', 'largest'] as const) {
      const learner = new BpeLearner(PAPER, { tieBreak });
      const full = learnBpe(PAPER, 100, { tieBreak });
      for (let k = 0; k <= full.merges.length; k++) {
        expect(learner.vocab()).toEqual(learnBpe(PAPER, k, { tieBreak }).vocab);
        expect(replayMerges(PAPER, full.merges, k)).toEqual(learner.vocab());
        if (k < full.merges.length) expect(learner.step()).toEqual(full.merges[k]);
      }
      expect(learner.step()).toBeNull();
      expect(learner.done).toBe(true);
      expect(learner.merges).toEqual(full.merges);
    }
  });

  it('peek shows the next merge without doing it', () => {
    const learner = new BpeLearner(PAPER);
    expect(learner.peek()).toEqual(['e', 's', 9]);
    expect(learner.merges).toEqual([]);
    expect(learner.vocab()).toEqual(PAPER);
  });

  it('takes a Map to keep the order of integer-like keys', () => {
    const m = new Map([['b c', 2], ['1', 1], ['a b', 2]]);
    expect(new BpeLearner(m).step()).toEqual(['b', 'c', 2]);
  });
});
