/**
 * What a vocabulary looks like after the first k merges: every word's pieces, the symbol
 * inventory with its counts, and the corpus length in tokens. Plain data, cheap enough to
 * recompute on a slider move for a few hundred word types.
 */
import { mergeSymbols, symbolsOf } from './bpe';

export interface BpeState {
  k: number;
  words: { word: string; pieces: string[]; count: number }[];
  /** Symbols in use after k merges, with their count-weighted frequency. */
  symbols: Map<string, number>;
  /** Count-weighted number of symbols: the corpus length in tokens. */
  tokens: number;
}

export function stateAfter(vocab: Map<string, number> | Record<string, number>, merges: readonly (readonly [string, string, ...unknown[]])[], k: number): BpeState {
  const entries = vocab instanceof Map ? [...vocab] : Object.entries(vocab);
  const kk = Math.max(0, Math.min(k, merges.length));
  // Replay merge by merge on every word (each original word keeps its own row); a word is
  // rebuilt only when it holds the pair.
  const words = entries.map(([w, count]) => ({ word: symbolsOf(w).join(''), pieces: symbolsOf(w), count }));
  for (let m = 0; m < kk; m++) {
    const [l, r] = merges[m];
    for (const w of words) {
      const p = w.pieces;
      for (let i = 0; i < p.length - 1; i++) {
        if (p[i] === l && p[i + 1] === r) {
          w.pieces = mergeSymbols(p, l, r);
          break;
        }
      }
    }
  }
  const symbols = new Map<string, number>();
  let tokens = 0;
  for (const { pieces, count } of words) {
    tokens += pieces.length * count;
    for (const p of pieces) symbols.set(p, (symbols.get(p) ?? 0) + count);
  }
  return { k: kk, words, symbols, tokens };
}

/**
 * Every symbol the learner ever had after k merges: the corpus characters plus each merge's
 * result. A piece outside this set was never seen in training.
 */
export function learnedSymbols(vocab: Map<string, number> | Record<string, number>, merges: readonly (readonly [string, string, ...unknown[]])[], k = merges.length): Set<string> {
  const out = new Set<string>();
  for (const w of vocab instanceof Map ? vocab.keys() : Object.keys(vocab)) for (const s of symbolsOf(w)) out.add(s);
  for (const [l, r] of merges.slice(0, k)) out.add(l + r);
  return out;
}
