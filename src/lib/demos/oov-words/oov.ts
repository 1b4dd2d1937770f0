/**
 * emb-11's three answers for a word the vocabulary lacks, from one set of trained word vectors:
 *   - UNK: one shared vector for every unknown word (the mean vector);
 *   - character n-grams (fastText's units, ml/embeddings/subword-vectors.ts): the word's
 *     n-grams that known words contain, their fitted vectors averaged;
 *   - BPE pieces (ml/subwords): merges learned on the corpus's words, the word split into
 *     pieces, the pieces' fitted vectors averaged.
 * Both piece tables are fitted to the same skip-gram vectors (kernel ridge, lambda 0.1), so the
 * only difference between the last two is the segmentation.
 */
import { applyBpe, mergeRanks, spellWord } from '$lib/ml/subwords/apply';
import { learnBpe } from '$lib/ml/subwords/bpe';
import { charNgrams, SubwordRegression, unkVector } from '$lib/ml/embeddings/subword-vectors';
import { nearest, norm, type Neighbour, type WordVectors } from '$lib/ml/embeddings/vectors';

export type Strategy = 'unk' | 'ngram' | 'bpe';
export const STRATEGIES: Strategy[] = ['unk', 'ngram', 'bpe'];

export interface StrategyResult {
  strategy: Strategy;
  /** The pieces the word splits into, and which of them the fitted table knows. */
  pieces: string[];
  known: string[];
  vector: number[];
  norm: number;
  neighbours: Neighbour[];
}

export interface OovModel {
  inVocabulary: (w: string) => boolean;
  explain: (word: string, k: number) => StrategyResult[];
  merges: number;
}

/** Fit the n-gram and BPE tables on `wv` (word frequencies `counts`, aligned with wv.words). */
export function buildOov(wv: WordVectors, counts: readonly number[], numMerges: number): OovModel {
  const vocab: Record<string, number> = {};
  wv.words.forEach((w, i) => (vocab[spellWord(w, 'none')] = counts[i]));
  const { merges } = learnBpe(vocab, numMerges, { minFrequency: 1 });
  const ranks = mergeRanks(merges);
  const bpePieces = (w: string) => applyBpe(spellWord(w, 'none'), ranks);
  const ngram = new SubwordRegression(wv, wv.words, (w) => charNgrams(w), 0.1);
  const bpe = new SubwordRegression(wv, wv.words, bpePieces, 0.1);
  const unk = unkVector(wv);
  const known = new Set(wv.words);
  const result = (strategy: Strategy, pieces: string[], knownPieces: string[], vector: number[], k: number): StrategyResult => {
    const n = norm(vector);
    return { strategy, pieces, known: knownPieces, vector, norm: n, neighbours: n > 0 ? nearest(wv, vector, k) : [] };
  };
  return {
    merges: merges.length,
    inVocabulary: (w) => known.has(w),
    explain(word, k) {
      return [
        result('unk', ['<unk>'], ['<unk>'], unk, k),
        result('ngram', charNgrams(word), ngram.knownPieces(word), ngram.vector(word), k),
        result('bpe', bpePieces(word), bpe.knownPieces(word), bpe.vector(word), k)
      ];
    }
  };
}

/** Invented words and the known word each is built on (the claim test's cases, and the view's suggestions). */
export const INVENTED: [invented: string, base: string][] = [
  ['dogs', 'dog'], ['doggy', 'dog'], ['cats', 'cat'], ['horses', 'horse'], ['reddish', 'red'], ['greenish', 'green'],
  ['sisters', 'sister'], ['grandmothers', 'grandmother'], ['walking', 'walk'], ['jumped', 'jump'], ['apples', 'apple'],
  ['schools', 'school'], ['小狗', '狗'], ['白貓', '貓']
];
