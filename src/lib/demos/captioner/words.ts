/** What each word of a caption is: a colour, a shape, a relation word, or a function word. */
import { wordId, VOCAB } from '$lib/ml/multimodal/tokenizer';
import { COLOUR_WORDS, LANGS, RELATION_WORDS, SHAPE_WORDS } from '$lib/ml/multimodal/vocab';

export const WORD_KINDS = ['colour', 'shape', 'relation', 'function'] as const;
export type WordKind = (typeof WORD_KINDS)[number];

const table = new Map<number, { kind: WordKind; value: number }>();
for (const lang of LANGS) {
  COLOUR_WORDS[lang].forEach((w, c) => table.set(wordId(w), { kind: 'colour', value: c }));
  SHAPE_WORDS[lang].forEach((w, s) => table.set(wordId(w), { kind: 'shape', value: s }));
  // "left of" is two words: "left" is the relation, "of" a function word.
  RELATION_WORDS[lang].forEach((w, r) => table.set(wordId(w.split(' ')[0]), { kind: 'relation', value: r }));
}

/** The kind of each word id (with its colour, shape or relation index; -1 for function words). */
export function wordKinds(ids: readonly number[]): { kind: WordKind; value: number }[] {
  return ids.map((id) => table.get(id) ?? { kind: 'function', value: -1 });
}

/** The words of ids, joined as their language writes them (Chinese without spaces). */
export function wordsText(ids: readonly number[]): string {
  return ids.map((id) => VOCAB[id]).join(' ').replace(/(?<=\p{Script=Han}|？) (?=\p{Script=Han}|？)/gu, '');
}
