/**
 * Tokenising with learned merges, and turning text into the space-separated words that
 * `learnBpe` takes.
 *
 * `applyBpe` follows subword-nmt's apply_bpe (`encode`): repeatedly take the adjacent pair
 * with the earliest merge (lowest rank) present in the word and join all its occurrences,
 * left to right, until no learned pair is left. On the words the merges were learned from it
 * reproduces the learner's segmentation.
 */
import { mergeSymbols, symbolsOf } from './bpe';

export const END_OF_WORD = '</w>';

/** Code points of a string (a CJK or emoji character stays one symbol). */
export function chars(s: string): string[] {
  return Array.from(s);
}

/**
 * A word as space-separated characters with an end-of-word marker: separate
 * ('l o w </w>', the paper), attached ('l o w</w>', subword-nmt) or none.
 */
export function spellWord(word: string, end: 'separate' | 'attached' | 'none' = 'separate', marker = END_OF_WORD): string {
  const cs = chars(word);
  if (cs.length === 0) return '';
  if (end === 'separate') cs.push(marker);
  else if (end === 'attached') cs[cs.length - 1] += marker;
  return cs.join(' ');
}

/** Merge ranks: the first time each pair was learned. */
export function mergeRanks(merges: readonly (readonly [string, string, ...unknown[]])[]): Map<string, number> {
  const ranks = new Map<string, number>();
  merges.forEach(([l, r], i) => {
    const key = l + ' ' + r;
    if (!ranks.has(key)) ranks.set(key, i);
  });
  return ranks;
}

/**
 * Tokenise one word, given in the learner's space-separated form ('l o w e s t </w>'), with
 * the learned merges (or their ranks from `mergeRanks`, to reuse across words). Returns its
 * symbols after every applicable merge.
 */
export function applyBpe(word: string, merges: readonly (readonly [string, string, ...unknown[]])[] | Map<string, number>): string[] {
  const ranks = merges instanceof Map ? merges : mergeRanks(merges);
  let symbols = symbolsOf(word);
  while (symbols.length > 1) {
    let best = Infinity;
    let pair: [string, string] | null = null;
    for (let i = 0; i < symbols.length - 1; i++) {
      const r = ranks.get(symbols[i] + ' ' + symbols[i + 1]);
      if (r !== undefined && r < best) {
        best = r;
        pair = [symbols[i], symbols[i + 1]];
      }
    }
    if (!pair) break;
    symbols = mergeSymbols(symbols, pair[0], pair[1]);
  }
  return symbols;
}

/** A CJK ideograph (the Han script), by Unicode property. */
export function isHan(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}

/**
 * Words of a text: runs of letters / digits (and apostrophes inside English words), lower-cased.
 * Chinese has no spaces, so a run of Han characters between punctuation is one "word" whose
 * characters BPE may join into multi-character pieces. Punctuation is dropped.
 */
export function textWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).filter((w) => w.length > 0);
}

/** Count words in insertion order (first occurrence first). */
export function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * A word spelled for the learner: 'auto' puts a separate end marker after words in spaced
 * scripts and none after a run of Han characters (Chinese has no word boundaries to mark).
 */
export function spell(word: string, end: 'separate' | 'attached' | 'none' | 'auto' = 'auto'): string {
  return spellWord(word, end === 'auto' ? (isHan(chars(word)[0] ?? '') ? 'none' : 'separate') : end);
}

/** A learner's vocabulary from text: each word spelled as characters plus an end marker. */
export function vocabFromText(text: string, end: 'separate' | 'attached' | 'none' | 'auto' = 'separate'): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, c] of countWords(textWords(text))) {
    const key = spell(w, end);
    out.set(key, (out.get(key) ?? 0) + c);
  }
  return out;
}

/** Show a symbol without its end marker (for display); `true` in `end` when it had one. */
export function stripMarker(symbol: string, marker = END_OF_WORD): { text: string; end: boolean } {
  return symbol.endsWith(marker) ? { text: symbol.slice(0, -marker.length), end: true } : { text: symbol, end: false };
}

/**
 * Tokenise running text with learned merges: words as `textWords` finds them (lower-cased,
 * spelled as for `vocabFromText(text, 'auto')`), every other visible character (punctuation)
 * as a token of its own, spaces dropped.
 */
export function tokenizeText(text: string, merges: readonly (readonly [string, string, ...unknown[]])[] | Map<string, number>): string[] {
  const ranks = merges instanceof Map ? merges : mergeRanks(merges);
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{Script=Han}+|[\p{L}\p{N}]+(?:'[\p{L}]+)*|[^\s]/gu)) {
    const t = m[0];
    if (/^[\p{L}\p{N}]/u.test(t)) out.push(...applyBpe(spell(t), ranks));
    else out.push(t);
  }
  return out;
}
