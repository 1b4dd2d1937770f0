/**
 * Splitting text the reader types into the corpus's words. Latin text: lower-cased runs of
 * letters and digits. Chinese (Han characters): forward maximum matching against the
 * vocabulary (the longest known word starting at each position, else one character), the
 * classic dictionary segmenter. Punctuation and spaces separate tokens and are dropped.
 */
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

export function tokenize(text: string, vocab: ReadonlySet<string> | ReadonlyMap<string, unknown>, maxWord = 4): string[] {
  const out: string[] = [];
  const chars = [...text.normalize('NFC')];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    if (HAN.test(ch)) {
      let len = 1;
      for (let l = Math.min(maxWord, chars.length - i); l > 1; l--) {
        const cand = chars.slice(i, i + l).join('');
        if (vocab.has(cand)) {
          len = l;
          break;
        }
      }
      out.push(chars.slice(i, i + len).join(''));
      i += len;
    } else if (WORD.test(ch)) {
      let j = i;
      while (j < chars.length && WORD.test(chars[j]) && !HAN.test(chars[j])) j++;
      out.push(chars.slice(i, j).join('').toLowerCase());
      i = j;
    } else i++;
  }
  return out;
}
