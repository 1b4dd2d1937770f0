/**
 * The Porter stemmer (M. Porter, "An algorithm for suffix stripping", Program 14(3), 1980) in
 * the variant NLTK uses by default, `nltk.stem.porter.PorterStemmer()` in NLTK_EXTENSIONS mode,
 * because that is what Google's rouge-score calls with use_stemmer=True. Written from the
 * published algorithm and NLTK's documented departures from it:
 *   - a short table of irregular forms (skies -> sky, dying -> die, news -> news, ...);
 *   - words of 1 or 2 letters are returned unchanged;
 *   - step 1a: a 4-letter word in -ies becomes -ie (dies -> die, flies -> fli);
 *   - step 1b: -ied becomes -ie in 4-letter words and -i otherwise (died -> die, spied -> spi);
 *     *o also holds for a 2-letter stem vowel + consonant;
 *   - step 1c: y -> i only after a consonant and when the stem is longer than one letter
 *     (happy -> happi, enjoy -> enjoy, try -> tri);
 *   - step 2: -alli -> -al is tried first and the result run through step 2 again; -bli -> -ble
 *     (Martin's correction of -abli); -fulli -> -ful; -logi -> -log keeping the l in the measure;
 * the rest (steps 3, 4, 5a, 5b) as published. Lower-cases its input like NLTK's stem().
 */

const IRREGULAR: Record<string, string> = {
  sky: 'sky', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', news: 'news',
  innings: 'inning', inning: 'inning', outings: 'outing', outing: 'outing',
  cannings: 'canning', canning: 'canning', howe: 'howe', proceed: 'proceed', exceed: 'exceed', succeed: 'succeed'
};

const isVowelChar = (c: string) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/** Consonant flags per position: y is a consonant at the start or after a vowel. */
function consonantFlags(w: string): boolean[] {
  const f: boolean[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    f.push(isVowelChar(c) ? false : c === 'y' ? (i === 0 ? true : !f[i - 1]) : true);
  }
  return f;
}

const isConsonant = (w: string, i: number) => consonantFlags(w.slice(0, i + 1))[i];

/** m in [C](VC){m}[V]: the number of vowel-to-consonant transitions. */
function measure(stem: string): number {
  const f = consonantFlags(stem);
  let m = 0;
  for (let i = 1; i < f.length; i++) if (!f[i - 1] && f[i]) m++;
  return m;
}

const containsVowel = (stem: string) => consonantFlags(stem).some((c) => !c);
const positive = (stem: string) => measure(stem) > 0;

const endsDoubleConsonant = (w: string) => w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1);

/** *o: ends consonant-vowel-consonant, the last not w, x or y (NLTK: also a 2-letter vc). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n >= 3) {
    const f = consonantFlags(w);
    if (f[n - 3] && !f[n - 2] && f[n - 1] && !'wxy'.includes(w[n - 1])) return true;
  }
  if (n === 2) {
    const f = consonantFlags(w);
    return !f[0] && f[1];
  }
  return false;
}

type Rule = [suffix: string, replacement: string, condition: ((stem: string) => boolean) | null];

/** The first rule whose suffix matches decides: applied if its condition holds, else the word is kept. */
function applyRules(word: string, rules: Rule[]): string {
  for (const [suffix, rep, cond] of rules) {
    if (suffix === '*d' && endsDoubleConsonant(word)) {
      const stem = word.slice(0, -2);
      return !cond || cond(stem) ? stem + rep : word;
    }
    if (word.endsWith(suffix)) {
      const stem = suffix ? word.slice(0, -suffix.length) : word;
      return !cond || cond(stem) ? stem + rep : word;
    }
  }
  return word;
}

function step1a(w: string): string {
  if (w.endsWith('ies') && w.length === 4) return w.slice(0, -3) + 'ie';
  return applyRules(w, [
    ['sses', 'ss', null],
    ['ies', 'i', null],
    ['ss', 'ss', null],
    ['s', '', null]
  ]);
}

function step1b(w: string): string {
  if (w.endsWith('ied')) return w.slice(0, -3) + (w.length === 4 ? 'ie' : 'i');
  if (w.endsWith('eed')) {
    const stem = w.slice(0, -3);
    return measure(stem) > 0 ? stem + 'ee' : w;
  }
  let stem: string | null = null;
  for (const suffix of ['ed', 'ing']) {
    if (w.endsWith(suffix)) {
      const s = w.slice(0, -suffix.length);
      if (containsVowel(s)) {
        stem = s;
        break;
      }
    }
  }
  if (stem === null) return w;
  const last = stem[stem.length - 1];
  return applyRules(stem, [
    ['at', 'ate', null],
    ['bl', 'ble', null],
    ['iz', 'ize', null],
    ['*d', last, () => !'lsz'.includes(last)],
    ['', 'e', (s) => measure(s) === 1 && endsCvc(s)]
  ]);
}

function step1c(w: string): string {
  return applyRules(w, [['y', 'i', (s) => s.length > 1 && isConsonant(s, s.length - 1)]]);
}

function step2(w: string): string {
  if (w.endsWith('alli') && positive(w.slice(0, -4))) return step2(w.slice(0, -4) + 'al');
  return applyRules(w, [
    ['ational', 'ate', positive],
    ['tional', 'tion', positive],
    ['enci', 'ence', positive],
    ['anci', 'ance', positive],
    ['izer', 'ize', positive],
    ['bli', 'ble', positive],
    ['alli', 'al', positive],
    ['entli', 'ent', positive],
    ['eli', 'e', positive],
    ['ousli', 'ous', positive],
    ['ization', 'ize', positive],
    ['ation', 'ate', positive],
    ['ator', 'ate', positive],
    ['alism', 'al', positive],
    ['iveness', 'ive', positive],
    ['fulness', 'ful', positive],
    ['ousness', 'ous', positive],
    ['aliti', 'al', positive],
    ['iviti', 'ive', positive],
    ['biliti', 'ble', positive],
    ['fulli', 'ful', positive],
    ['logi', 'log', () => positive(w.slice(0, -3))]
  ]);
}

function step3(w: string): string {
  return applyRules(w, [
    ['icate', 'ic', positive],
    ['ative', '', positive],
    ['alize', 'al', positive],
    ['iciti', 'ic', positive],
    ['ical', 'ic', positive],
    ['ful', '', positive],
    ['ness', '', positive]
  ]);
}

function step4(w: string): string {
  const gt1 = (s: string) => measure(s) > 1;
  return applyRules(w, [
    ['al', '', gt1],
    ['ance', '', gt1],
    ['ence', '', gt1],
    ['er', '', gt1],
    ['ic', '', gt1],
    ['able', '', gt1],
    ['ible', '', gt1],
    ['ant', '', gt1],
    ['ement', '', gt1],
    ['ment', '', gt1],
    ['ent', '', gt1],
    ['ion', '', (s) => measure(s) > 1 && (s.endsWith('s') || s.endsWith('t'))],
    ['ou', '', gt1],
    ['ism', '', gt1],
    ['ate', '', gt1],
    ['iti', '', gt1],
    ['ous', '', gt1],
    ['ive', '', gt1],
    ['ize', '', gt1]
  ]);
}

function step5a(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1) return stem;
    if (m === 1 && !endsCvc(stem)) return stem;
  }
  return w;
}

function step5b(w: string): string {
  return applyRules(w, [['ll', 'l', () => measure(w.slice(0, -1)) > 1]]);
}

/** NLTK's PorterStemmer().stem(word) (NLTK_EXTENSIONS mode, to_lowercase=True). */
export function porterStem(word: string): string {
  let s = word.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(IRREGULAR, s)) return IRREGULAR[s];
  if (word.length <= 2) return s;
  s = step1a(s);
  s = step1b(s);
  s = step1c(s);
  s = step2(s);
  s = step3(s);
  s = step4(s);
  s = step5a(s);
  s = step5b(s);
  return s;
}
