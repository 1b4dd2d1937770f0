import { describe, expect, it } from 'vitest';
import { matches, queryTerms, termsOf } from './search';

describe('bilingual search', () => {
  const terms = [...termsOf('Mode collapse and how to remedy it 模式崩潰與補救方法 GAN')].join(' ');
  it('finds English words by prefix, case-insensitively', () => {
    expect(matches(terms, 'collapse')).toBe(true);
    expect(matches(terms, 'Collap')).toBe(true);
    expect(matches(terms, 'mode remedy')).toBe(true);
    expect(matches(terms, 'mode attention')).toBe(false);
  });
  it('finds Chinese by character bigrams (and a single character)', () => {
    expect(matches(terms, '崩潰')).toBe(true);
    expect(matches(terms, '模式崩潰')).toBe(true);
    expect(matches(terms, '補')).toBe(true);
    expect(matches(terms, '注意力')).toBe(false);
  });
  it('ignores empty or symbol-only queries', () => {
    expect(matches(terms, '')).toBe(false);
    expect(matches(terms, '<>!')).toBe(false);
    expect(queryTerms('a')).toEqual({ words: [], cjk: [] });
  });
});
