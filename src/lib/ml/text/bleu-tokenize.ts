/**
 * sacreBLEU's tokenizers, ported from sacrebleu 2.x (sacrebleu/tokenizers/tokenizer_13a.py,
 * tokenizer_re.py, tokenizer_intl.py, tokenizer_char.py, tokenizer_none.py). Each returns the
 * tokenized line as sacreBLEU does (a string whose whitespace-separated pieces are the tokens);
 * `pySplit` then splits it exactly like Python's `str.split()`.
 *
 * - 13a (mteval-v13a.pl, the WMT default): a few HTML entities unescaped, then ASCII punctuation
 *   and symbols split off; '.' and ',' stay attached to digits on their number side ("3.14",
 *   "1,000"), '-' is split only after a digit. Letters of any script are never split, so a
 *   Chinese sentence without spaces stays ONE token (punctuation such as '，' is not ASCII and
 *   stays attached too).
 * - intl (mteval-v14.pl --international-tokenization): Unicode punctuation (\p{P}) split off
 *   unless it sits between digits, Unicode symbols (\p{S}) always. Chinese punctuation is
 *   split off, but a run of Han characters is still one token.
 * - char: every character is a token (whitespace disappears); the one meant for Chinese here.
 * - none: the line as it is.
 */

export type BleuTokenizer = '13a' | 'none' | 'intl' | 'char';

/** The characters Python's str.isspace() accepts, i.e. what str.split() / rstrip() cut at. */
const PY_WS = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WS_RUN = new RegExp(`[${PY_WS}]+`, 'g');
const PY_WS_TRAIL = new RegExp(`[${PY_WS}]+$`);

/** Python's `s.split()` (no argument): split on runs of whitespace, no empty pieces. */
export function pySplit(s: string): string[] {
  return s.split(PY_WS_RUN).filter((t) => t.length > 0);
}

/** Python's `s.rstrip()`. */
export function pyRstrip(s: string): string {
  return s.replace(PY_WS_TRAIL, '');
}

// tokenizer_re.py (the language-dependent part of 13a), applied in order.
const RE_13A: [RegExp, string][] = [
  // Every ASCII punctuation / symbol except '.', ',', '-', apostrophe and digits/letters:
  // [{-~] [[-`] [ -&] [(-+] [:-@] [/]
  [/([{-~[-` -&(-+:-@\/])/g, ' $1 '],
  // period and comma unless preceded by a digit
  [/([^0-9])([.,])/g, '$1 $2 '],
  // period and comma unless followed by a digit
  [/([.,])([^0-9])/g, ' $1 $2'],
  // dash when preceded by a digit
  [/([0-9])(-)/g, '$1 $2 ']
];

export function tokenize13a(line: string): string {
  line = line.replaceAll('<skipped>', '');
  line = line.replaceAll('-\n', '');
  line = line.replaceAll('\n', ' ');
  if (line.includes('&')) {
    line = line.replaceAll('&quot;', '"');
    line = line.replaceAll('&amp;', '&');
    line = line.replaceAll('&lt;', '<');
    line = line.replaceAll('&gt;', '>');
  }
  line = ` ${line} `;
  for (const [re, rep] of RE_13A) line = line.replace(re, rep);
  return pySplit(line).join(' ');
}

// tokenizer_intl.py, with the `regex` module's Unicode classes as ES2018 property escapes.
const RE_INTL: [RegExp, string][] = [
  // punctuation preceded by a non-digit
  [/(\P{N})(\p{P})/gu, '$1 $2 '],
  // punctuation followed by a non-digit
  [/(\p{P})(\P{N})/gu, ' $1 $2'],
  // symbols
  [/(\p{S})/gu, ' $1 ']
];

export function tokenizeIntl(line: string): string {
  for (const [re, rep] of RE_INTL) line = line.replace(re, rep);
  return pySplit(line).join(' ');
}

/** tokenizer_char.py: `" ".join(char for char in line)`; Python iterates code points. */
export function tokenizeChar(line: string): string {
  return Array.from(line).join(' ');
}

export function bleuTokenize(line: string, tokenizer: BleuTokenizer): string {
  switch (tokenizer) {
    case '13a':
      return tokenize13a(line);
    case 'intl':
      return tokenizeIntl(line);
    case 'char':
      return tokenizeChar(line);
    case 'none':
      return line;
  }
}

/**
 * BLEU's pre-processing of one segment (sacrebleu BLEU._preprocess_segment): optional
 * lowercasing, rstrip, tokenizer; then the tokens as BLEU's n-gram extraction sees them
 * (helpers.extract_all_word_ngrams: `line.split()`).
 */
export function bleuTokens(line: string, tokenizer: BleuTokenizer, lowercase = false): string[] {
  const s = lowercase ? line.toLowerCase() : line;
  return pySplit(bleuTokenize(pyRstrip(s), tokenizer));
}
