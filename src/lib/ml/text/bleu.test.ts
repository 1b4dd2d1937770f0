/**
 * BLEU against sacreBLEU's own test suite (sacrebleu 2.x, github.com/mjpost/sacrebleu):
 * - test/test_bleu.py: test_raw_bleu_cases, test_corpus_bleu_cases, test_case_offset,
 *   test_case_statistics, test_case_scoring, test_case_effective_order,
 *   test_case_degenerate_stats, test_bleu_max_order (EPSILON 1e-8 there; we use 1e-8 too);
 * - test/test_sentence_bleu.py: test_cases (REF/SYS from sacreBLEU issue #98) and
 *   test_cases_zero_bleu (issue #141), EPSILON 1e-3 there;
 * - the README's corpus example (48.53, "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio =
 *   0.944 hyp_len = 17 ref_len = 18)").
 * raw_corpus_bleu(h, r, v) = corpus_bleu(h, r, smooth_method='floor', smooth_value=v,
 * tokenize='none', use_effective_order=True) (sacrebleu/compat.py).
 */
import { describe, expect, it } from 'vitest';
import { bleuFromStats, closestRefLen, corpusBleu, sentenceBleu, type BleuOptions } from './bleu';

const EPS = 1e-8;
const raw = (h: string[], r: string[][], v: number | undefined = 0.1) =>
  corpusBleu(h, r, { smooth: 'floor', smoothValue: v, tokenize: 'none', effectiveOrder: true });

// test_bleu.py: the README example with two reference streams.
const REFS = [
  ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
  ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.']
];
const HYPS = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];

describe('corpusBleu (sacrebleu test_bleu.py)', () => {
  it.each<[string[], BleuOptions, number]>([
    [HYPS, {}, 48.530827], // default settings
    [['', '', ''], {}, 0.0], // empty hypotheses are not removed
    [HYPS, { tokenize: 'none' }, 49.1919566],
    [HYPS, { tokenize: '13a' }, 48.530827],
    [HYPS, { tokenize: 'intl' }, 43.91623493],
    [HYPS, { smooth: 'none' }, 48.530827]
  ])('test_corpus_bleu_cases %#', (hyps, opts, expected) => {
    expect(Math.abs(corpusBleu(hyps, REFS, opts).score - expected)).toBeLessThan(EPS);
  });

  it('README example: the verbose line 82.4/50.0/45.5/37.5, BP 0.943, ratio 0.944, 17 / 18', () => {
    const b = corpusBleu(HYPS, REFS);
    expect(b.score.toFixed(2)).toBe('48.53');
    expect(b.precisions.map((p) => p.toFixed(1)).join('/')).toBe('82.4/50.0/45.5/37.5');
    expect(b.bp.toFixed(3)).toBe('0.943');
    expect(b.ratio.toFixed(3)).toBe('0.944');
    expect([b.sysLen, b.refLen]).toEqual([17, 18]);
  });

  it.each<[number, string]>([
    [1, '77.65'],
    [2, '60.50'],
    [3, '53.93'],
    [4, '48.53'],
    [5, '46.14'],
    [6, '43.28']
  ])('test_bleu_max_order: order %i -> %s', (order, expected) => {
    expect(corpusBleu(HYPS, REFS, { maxNgramOrder: order }).score.toFixed(2)).toBe(expected);
  });

  it.each<[string[], string[][], number]>([
    [['this is a test', 'another test'], [['ref1', 'ref2']], 0.0], // now 0.0 (#141)
    [['this is a test'], [['this is a test']], 1.0],
    [['this is a fest'], [['this is a test']], 0.223606797749979]
  ])('test_raw_bleu_cases %#', (h, r, expected) => {
    expect(Math.abs(raw(h, r, 0.01).score / 100 - expected)).toBeLessThan(EPS);
  });

  it.each<[string[], string[][], number]>([
    [['test'], [['a test']], 0.3678794411714425],
    [['a test'], [['a test']], 1.0],
    [['a little test'], [['a test']], 0.03218297948685433]
  ])('test_case_effective_order %#', (h, r, expected) => {
    expect(Math.abs(raw(h, r, 0.01).score / 100 - expected)).toBeLessThan(EPS);
  });

  it('test_case_statistics: counts [4, 2, 1, 0], totals [6, 5, 4, 3]', () => {
    const b = raw(['am I am a character sequence'], [['I am a symbol string sequence a a']], 0.01);
    expect(b.counts).toEqual([4, 2, 1, 0]);
    expect(b.totals).toEqual([6, 5, 4, 3]);
  });

  it('test_case_offset: floor 0 -> 0, floor default (0.1) -> 0.1555722182', () => {
    const h = ['am I am a character sequence'];
    const r = [['I am a symbol string sequence a a']];
    expect(Math.abs(raw(h, r, 0.0).score / 100 - 0)).toBeLessThan(EPS);
    expect(Math.abs(raw(h, r, undefined).score / 100 - 0.1555722182)).toBeLessThan(EPS);
    expect(Math.abs(raw(h, r).score / 100 - 0.1555722182)).toBeLessThan(EPS);
  });

  it('null references are dropped, an empty string is a real (empty) reference', () => {
    // With the second stream's null, segment 1 is scored against its first reference only.
    const withNull = corpusBleu(['a b c d'], [['a b c d'], [null]]);
    expect(withNull.score).toBeCloseTo(100, 10);
    // '' is a reference of length 0: it is the closest length to an empty hypothesis.
    const withEmpty = corpusBleu(['a b c d', ''], [['a b c d', 'x y'], [null, '']]);
    expect(withEmpty.refLen).toBe(4); // 4 + 0: '' (length 0) is closer to the empty hypothesis than 'x y'
    expect(() => corpusBleu(['a'], [[null]])).toThrow();
  });
});

describe('bleuFromStats (compute_bleu)', () => {
  it('test_case_scoring: [9,7,5,3] / [10,8,6,4], 11 / 11 -> 0.8375922397', () => {
    expect(Math.abs(bleuFromStats([9, 7, 5, 3], [10, 8, 6, 4], 11, 11).score / 100 - 0.8375922397)).toBeLessThan(EPS);
  });

  it.each<[number[], number[], number, number, number]>([
    [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0.0],
    [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0.0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.0],
    [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0.0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
    [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01]
  ])('test_case_degenerate_stats %#: exactly 0', (c, t, sys, ref, offset) => {
    expect(bleuFromStats(c, t, sys, ref, { smooth: 'floor', smoothValue: offset }).score / 100).toBe(0.0);
  });

  it('does not modify its inputs; add-k shows its k in counts and totals as compute_bleu does', () => {
    const c = [2, 1, 0, 0];
    const t = [3, 2, 1, 0];
    const b = bleuFromStats(c, t, 3, 3, { smooth: 'add-k' });
    expect(c).toEqual([2, 1, 0, 0]);
    expect(t).toEqual([3, 2, 1, 0]);
    expect(b.counts).toEqual([2, 2, 1, 1]);
    expect(b.totals).toEqual([3, 3, 2, 1]);
  });
});

describe('sentenceBleu (sacrebleu test_sentence_bleu.py, EPSILON 1e-3)', () => {
  // Example taken from sacreBLEU issue #98.
  const REF = 'producţia de zahăr brut se exprimă în zahăr alb;';
  const SYS = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';
  it.each<[BleuOptions['smooth'], number | undefined, boolean, BleuOptions['tokenize'], number]>([
    ['exp', undefined, false, '13a', 8.493],
    ['none', undefined, false, '13a', 0.0],
    ['floor', undefined, false, '13a', 4.51688],
    ['floor', 0.1, false, '13a', 4.51688],
    ['floor', 0.5, false, '13a', 10.1],
    ['add-k', undefined, false, '13a', 14.882],
    ['add-k', 1, false, '13a', 14.882],
    ['add-k', 2, false, '13a', 21.389],
    ['exp', undefined, false, 'none', 7.347],
    ['exp', undefined, false, 'intl', 8.493],
    ['exp', undefined, false, 'char', 40.8759],
    ['exp', undefined, true, 'char', 42.0267]
  ])('test_cases %#: smooth %s value %s lowercase %s tok %s -> %f', (smooth, smoothValue, lowercase, tokenize, expected) => {
    const s = sentenceBleu(SYS, [REF], { smooth, smoothValue, lowercase, tokenize, effectiveOrder: true });
    expect(Math.abs(s.score - expected)).toBeLessThan(1e-3);
  });

  it.each<[BleuOptions['smooth'], number | undefined]>([
    ['exp', undefined],
    ['none', undefined],
    ['floor', undefined],
    ['floor', 0.1],
    ['add-k', undefined],
    ['add-k', 1]
  ])('test_cases_zero_bleu (#141): smooth %s %s -> 0', (smooth, smoothValue) => {
    expect(sentenceBleu('this is a cat', ['okay thanks'], { smooth, smoothValue }).score).toBe(0);
  });

  it('defaults: exp smoothing and effective order (same as passing them)', () => {
    const a = sentenceBleu(SYS, [REF]);
    const b = sentenceBleu(SYS, [REF], { smooth: 'exp', effectiveOrder: true, tokenize: '13a' });
    expect(a).toEqual(b);
    // corpusBleu defaults to effectiveOrder false: a 2-token hypothesis gets 0 there.
    expect(corpusBleu(['a test'], [['a test']]).score).toBe(0);
    expect(sentenceBleu('a test', ['a test']).score).toBeCloseTo(100, 10);
  });
});

describe('closestRefLen', () => {
  it('closest, and the shorter on a tie', () => {
    expect(closestRefLen(5, [3, 7])).toBe(3);
    expect(closestRefLen(5, [7, 3])).toBe(3);
    expect(closestRefLen(5, [6, 9, 2])).toBe(6);
  });
});
