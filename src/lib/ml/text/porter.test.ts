/**
 * The Porter stemmer in NLTK's default mode (NLTK_EXTENSIONS), against:
 * - NLTK's documented examples: nltk/test/stem.doctest ("Unit tests for the Porter stemmer")
 *   and nltk/test/unit/test_stem.py (test_oed_bug, test_lowercase_option,
 *   test_lowercase_irregular_forms_pool);
 * - the step examples of Porter (1980) quoted in nltk/stem/porter.py's docstrings, where NLTK's
 *   mode keeps them;
 * - fixtures/nltk-porter-3.10.3.json: 410 English words and 1,500 random stems with Porter
 *   suffixes, stemmed by nltk 3.10.3's PorterStemmer() (a 30,000-word run agreed too).
 */
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/nltk-porter-3.10.3.json';
import { porterStem } from './porter';

describe('porterStem (NLTK PorterStemmer, NLTK_EXTENSIONS)', () => {
  it('stem.doctest: pluralised words', () => {
    const plurals = ['caresses', 'flies', 'dies', 'mules', 'denied', 'died', 'agreed', 'owned', 'humbled', 'sized', 'meeting', 'stating',
      'siezing', 'itemization', 'sensational', 'traditional', 'reference', 'colonizer', 'plotted'];
    expect(plurals.map(porterStem).join(' ')).toBe(
      'caress fli die mule deni die agre own humbl size meet state siez item sensat tradit refer colon plot'
    );
  });

  it('test_stem.py: oed -> o, lowercasing, the irregular-forms table', () => {
    expect(porterStem('oed')).toBe('o');
    expect(porterStem('On')).toBe('on');
    expect(porterStem('I')).toBe('i');
    expect(porterStem('Github')).toBe('github');
    expect(porterStem('News')).toBe('news');
    expect(porterStem('Howe')).toBe('howe');
    expect(porterStem('Sky')).toBe('sky');
  });

  it('Porter (1980) step examples, as NLTK keeps them', () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'], ['ponies', 'poni'], ['caress', 'caress'], ['cats', 'cat'],
      ['feed', 'feed'], ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'], ['sing', 'sing'],
      ['conflated', 'conflat'], ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['tanned', 'tan'],
      ['falling', 'fall'], ['hissing', 'hiss'], ['fizzed', 'fizz'], ['failing', 'fail'], ['filing', 'file'],
      ['happy', 'happi'], ['sky', 'sky'], ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'],
      ['digitizer', 'digit'], ['operator', 'oper'], ['feudalism', 'feudal'], ['hopefulness', 'hope'], ['callousness', 'callous'],
      ['triplicate', 'triplic'], ['formative', 'form'], ['formalize', 'formal'], ['electrical', 'electr'], ['hopeful', 'hope'],
      ['goodness', 'good'], ['revival', 'reviv'], ['allowance', 'allow'], ['inference', 'infer'], ['airliner', 'airlin'],
      ['adjustable', 'adjust'], ['defensible', 'defens'], ['irritant', 'irrit'], ['replacement', 'replac'], ['adjustment', 'adjust'],
      ['dependent', 'depend'], ['adoption', 'adopt'], ['communism', 'commun'], ['activate', 'activ'], ['homologous', 'homolog'],
      ['effective', 'effect'], ['bowdlerize', 'bowdler'], ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'],
      ['controll', 'control'], ['roll', 'roll'],
      // NLTK's departures
      ['dying', 'die'], ['lying', 'lie'], ['skies', 'sky'], ['spied', 'spi'], ['enjoy', 'enjoy'], ['try', 'tri'], ['generously', 'gener']
    ];
    for (const [w, s] of cases) expect(porterStem(w), w).toBe(s);
  });

  it('matches nltk 3.10.3 on the word list and the random words of the fixture', () => {
    for (const [w, s] of [...fixture.words, ...fixture.fuzz]) expect(porterStem(w), w).toBe(s);
  });

  it('survives a long run of y (NLTK test_long_run_of_y_no_recursionerror)', () => {
    expect(typeof porterStem('y'.repeat(5000))).toBe('string');
  });
});
