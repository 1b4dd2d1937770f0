/**
 * A word tokenizer over the world's vocabulary in both languages. Latin text is lower-cased
 * and split into words (plural and American spellings mapped by SYNONYMS); runs of Chinese
 * characters are cut by greedy longest match against the Chinese words (Chinese is written
 * without spaces). Anything else becomes [UNK] and is reported, so a page can show the
 * reader which typed words the model does not know.
 */
import { EN_WORDS, PAD, SYNONYMS, UNK, VOCAB, VOCAB_SIZE, ZH_WORDS, SPECIAL_TOKENS } from './vocab';

export interface Tokenized {
  /** Token ids (UNK for unknown words). */
  ids: number[];
  /** The pieces of the input, one per id, as typed. */
  pieces: string[];
  /** The pieces that became [UNK]. */
  unknown: string[];
}

const ID = new Map(VOCAB.map((w, i) => [w, i] as const));
const ZH_KEYS = [...ZH_WORDS, ...Object.keys(SYNONYMS).filter((k) => /\p{Script=Han}/u.test(k))];
const ZH_MAX = Math.max(...ZH_KEYS.map((w) => w.length));
const ZH_SET = new Set<string>(ZH_KEYS);
const EN_SET = new Set<string>(EN_WORDS);

/** Id of a known word or synonym, else UNK. */
export function wordId(word: string): number {
  const w = word.toLowerCase();
  const canon = SYNONYMS[w] ?? w;
  const id = ID.get(canon);
  if (id !== undefined && id >= SPECIAL_TOKENS.length) return id;
  if (/^[a-z]+s$/.test(w) && EN_SET.has(w.slice(0, -1))) return ID.get(w.slice(0, -1))!;
  return UNK;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z0-9]/;

export function tokenize(text: string): Tokenized {
  const ids: number[] = [];
  const pieces: string[] = [];
  const unknown: string[] = [];
  const push = (piece: string, id: number) => {
    ids.push(id);
    pieces.push(piece);
    if (id === UNK) unknown.push(piece);
  };
  const s = text.toLowerCase().normalize('NFC');
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (LATIN.test(ch)) {
      let j = i;
      while (j < s.length && (LATIN.test(s[j]) || (s[j] === "'" && LATIN.test(s[j + 1] ?? '')))) j++;
      const w = s.slice(i, j);
      push(w, wordId(w));
      i = j;
    } else if (HAN.test(ch)) {
      let len = Math.min(ZH_MAX, s.length - i);
      while (len > 1 && !ZH_SET.has(s.slice(i, i + len))) len--;
      const w = s.slice(i, i + len);
      push(w, ZH_SET.has(w) ? wordId(w) : UNK);
      i += len;
    } else if (ch === '?' || ch === '？') {
      push(ch, wordId(ch));
      i++;
    } else if (/\s|[.,;:!、，。；：！「」"()（）-]/u.test(ch)) {
      i++;
    } else {
      // Any other symbol (emoji, another script): one unknown piece per code point.
      const cp = String.fromCodePoint(s.codePointAt(i)!);
      push(cp, UNK);
      i += cp.length;
    }
  }
  return { ids, pieces, unknown };
}

/** Token ids of a text (shorthand). */
export const encode = (text: string): number[] => tokenize(text).ids;

/** Whether a token id carries meaning for a bag of words (not PAD, UNK or another special token). */
export const isWord = (id: number): boolean => id >= SPECIAL_TOKENS.length && id < VOCAB_SIZE;

/**
 * Bags of words: row i holds the share of each vocabulary word among text i's known words
 * (rows sum to 1; a text with no known word gives a zero row). [n, VOCAB_SIZE] row-major.
 */
export function bagOfWords(texts: readonly (readonly number[])[]): Float32Array {
  const out = new Float32Array(texts.length * VOCAB_SIZE);
  texts.forEach((ids, i) => {
    const known = ids.filter(isWord);
    for (const id of known) out[i * VOCAB_SIZE + id] += 1 / known.length;
  });
  return out;
}

/** Ids padded with PAD (or cut) to `length`, [n, length] row-major. */
export function padIds(texts: readonly (readonly number[])[], length: number): Int32Array {
  const out = new Int32Array(texts.length * length).fill(PAD);
  texts.forEach((ids, i) => ids.slice(0, length).forEach((id, j) => (out[i * length + j] = id)));
  return out;
}

export { VOCAB, VOCAB_SIZE };
