/** applyBpe (subword-nmt apply_bpe's `encode`: earliest-learned pair first) and text helpers. */
import { describe, expect, it } from 'vitest';
import { learnBpe } from './bpe';
import { applyBpe, chars, mergeRanks, spellWord, textWords, vocabFromText } from './apply';
import reference from './bpe.reference.json';

const PAPER = { 'l o w </w>': 5, 'l o w e r </w>': 2, 'n e w e s t </w>': 6, 'w i d e s t </w>': 3 };

describe('applyBpe', () => {
  const { merges } = learnBpe(PAPER, 10);

  it('segments unseen words with the paper example merges: lowest -> low est</w>', () => {
    // The paper's point: "lowest" was never seen, yet it splits into known pieces.
    expect(applyBpe('l o w e s t </w>', merges)).toEqual(['low', 'est</w>']);
    // n e -> ne, ne w -> new; "e r </w>" has no learned pair.
    expect(applyBpe('n e w e r </w>', merges)).toEqual(['new', 'e', 'r', '</w>']);
    expect(applyBpe('w i d e r </w>', merges)).toEqual(['wi', 'd', 'e', 'r', '</w>']);
    expect(applyBpe('x', merges)).toEqual(['x']);
    expect(applyBpe('', merges)).toEqual([]);
  });

  it('reproduces the learner on every training word of every reference case', () => {
    for (const c of reference.cases) {
      const ranks = mergeRanks(c.merges as [string, string, number][]);
      for (const word of Object.keys(c.vocab)) {
        // The learner's final vocabulary holds this word's segmentation (keys may be reordered).
        const got = applyBpe(word, ranks).join(' ');
        expect(Object.keys(c.result)).toContain(got);
        expect(got.replaceAll(' ', '')).toBe(word.replaceAll(' ', ''));
      }
    }
  });

  it('applies merges by rank, not by position', () => {
    // (b, c) was learned before (a, b): "a b c" becomes "a bc", not "ab c".
    expect(applyBpe('a b c', [['b', 'c', 5], ['a', 'b', 4]])).toEqual(['a', 'bc']);
    expect(applyBpe('a b c', [['a', 'b', 5], ['b', 'c', 4]])).toEqual(['ab', 'c']);
  });
});

describe('text helpers', () => {
  it('spells words with separate, attached or no end marker, keeping CJK characters whole', () => {
    expect(spellWord('low')).toBe('l o w </w>');
    expect(spellWord('low', 'attached')).toBe('l o w</w>');
    expect(spellWord('機器學習', 'none')).toBe('機 器 學 習');
    expect(chars('𠀀a')).toEqual(['𠀀', 'a']);
  });

  it('splits English on spaces and punctuation and Chinese into runs between punctuation', () => {
    expect(textWords("The model's tokens, 機器學習。深度學習！")).toEqual(["the", "model's", 'tokens', '機器學習', '深度學習']);
    expect([...vocabFromText('low low lower')]).toEqual([['l o w </w>', 2], ['l o w e r </w>', 1]]);
  });
});

describe('state after k merges', () => {
  it('matches learnBpe after k merges, counts tokens and knows the learned symbols', async () => {
    const { stateAfter, learnedSymbols } = await import('./state');
    const PAPER = new Map(Object.entries({ 'l o w </w>': 5, 'l o w e r </w>': 2, 'n e w e s t </w>': 6, 'w i d e s t </w>': 3 }));
    const { merges } = learnBpe(Object.fromEntries(PAPER), 10);
    const s0 = stateAfter(PAPER, merges, 0);
    expect(s0.tokens).toBe(5 * 4 + 2 * 6 + 6 * 7 + 3 * 7);
    const s3 = stateAfter(PAPER, merges, 3);
    expect(Object.fromEntries(s3.words.map((w) => [w.pieces.join(' '), w.count]))).toEqual(learnBpe(Object.fromEntries(PAPER), 3).vocab);
    expect(s3.words[2]).toEqual({ word: 'newest</w>', pieces: ['n', 'e', 'w', 'est</w>'], count: 6 });
    expect(s3.symbols.get('est</w>')).toBe(9);
    const seen = learnedSymbols(PAPER, merges, 3);
    expect([...seen].filter((s) => s.length > 1).sort()).toEqual(['</w>', 'es', 'est', 'est</w>']);
    expect(stateAfter(PAPER, merges, 99).k).toBe(10);
  });
  it("spells Chinese runs without an end marker under 'auto'", () => {
    expect([...vocabFromText('機器學習 learning', 'auto').keys()]).toEqual(['機 器 學 習', 'l e a r n i n g </w>']);
  });
});

describe('tokenizeText', () => {
  it('splits words with the merges and keeps punctuation as tokens', async () => {
    const { tokenizeText } = await import('./apply');
    const { merges } = learnBpe({ 'l o w </w>': 5, 'l o w e r </w>': 2, 'n e w e s t </w>': 6, 'w i d e s t </w>': 3 }, 10);
    expect(tokenizeText('Lowest, newest!', merges)).toEqual(['low', 'est</w>', ',', 'newest</w>', '!']);
    expect(tokenizeText('機器。', [['機', '器', 3]])).toEqual(['機器', '。']);
  });
});
