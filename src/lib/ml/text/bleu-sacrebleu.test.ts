/**
 * Cross-check against sacreBLEU itself: fixtures/sacrebleu-2.6.0.json holds 60 random corpora
 * (1-4 segments, 1-3 reference streams with nulls, every tokenizer / smoothing / order /
 * lowercase / effective-order setting) and 100 random strings of punctuation, entities,
 * digits, Chinese, emoji and odd whitespace, scored and tokenized by sacrebleu 2.6.0 from PyPI
 * (`BLEU(**opts).corpus_score(hyps, refs)`, Tokenizer13a, TokenizerV14International,
 * TokenizerChar). Counts, totals, lengths and tokens must be identical; scores, precisions and
 * the brevity penalty agree to 1e-12 relative (V8's Math.exp / Math.log and CPython's libm can
 * differ in the last bit).
 */
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/sacrebleu-2.6.0.json';
import { corpusBleu, type BleuOptions } from './bleu';
import { bleuTokens, tokenize13a, tokenizeChar, tokenizeIntl } from './bleu-tokenize';

interface Case {
  hyps: string[];
  refs: (string | null)[][];
  opts: { tokenize: BleuOptions['tokenize']; smooth_method: BleuOptions['smooth']; lowercase: boolean; max_ngram_order: number; effective_order: boolean; smooth_value?: number };
  res: { score: number; counts: number[]; totals: number[]; precisions: number[]; bp: number; ratio: number; sys_len: number; ref_len: number };
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('corpusBleu = sacrebleu 2.6.0 on random corpora', () => {
  it('all 60 fixture cases', () => {
    for (const [i, c] of (fixture.bleu as Case[]).entries()) {
      const o = c.opts;
      const b = corpusBleu(c.hyps, c.refs, {
        tokenize: o.tokenize, smooth: o.smooth_method, smoothValue: o.smooth_value, lowercase: o.lowercase,
        maxNgramOrder: o.max_ngram_order, effectiveOrder: o.effective_order
      });
      const r = c.res;
      expect([b.sysLen, b.refLen], `case ${i}`).toEqual([r.sys_len, r.ref_len]);
      expect(b.counts, `case ${i}`).toEqual(r.counts);
      expect(b.totals, `case ${i}`).toEqual(r.totals);
      expect(rel(b.score, r.score), `case ${i} score`).toBeLessThan(1e-12);
      expect(rel(b.bp, r.bp), `case ${i} bp`).toBeLessThan(1e-12);
      expect(rel(b.ratio, r.ratio), `case ${i} ratio`).toBeLessThan(1e-12);
      b.precisions.forEach((p, k) => expect(rel(p, r.precisions[k]), `case ${i} p${k + 1}`).toBeLessThan(1e-12));
    }
  });
});

describe('tokenizers = sacrebleu 2.6.0', () => {
  it('13a, intl and char on 100 adversarial strings', () => {
    for (const c of fixture.tokenize) {
      expect(tokenize13a(c.s), JSON.stringify(c.s)).toBe(c.t13a);
      expect(tokenizeIntl(c.s), JSON.stringify(c.s)).toBe(c.intl);
      expect(tokenizeChar(c.s), JSON.stringify(c.s)).toBe(c.char);
    }
  });

  it('Chinese: 13a keeps a sentence as one token, intl splits off its punctuation, char splits every character', () => {
    const zh = '貓坐在墊子上。';
    expect(bleuTokens(zh, '13a')).toEqual(['貓坐在墊子上。']);
    expect(bleuTokens(zh, 'intl')).toEqual(['貓坐在墊子上', '。']);
    expect(bleuTokens(zh, 'char')).toEqual(['貓', '坐', '在', '墊', '子', '上', '。']);
  });

  it('13a: numbers keep their decimal point and thousands comma; a dash after a digit splits', () => {
    expect(tokenize13a('It costs 1,000.50 dollars, 3-4 times.')).toBe('It costs 1,000.50 dollars , 3 - 4 times .');
    expect(tokenize13a('&quot;Q&amp;A&quot;')).toBe('" Q & A "');
  });
});
