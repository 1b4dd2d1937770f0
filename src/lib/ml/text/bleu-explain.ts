/**
 * What sentence-level BLEU did, spelled out for a view: the tokens, per order the candidate's
 * n-grams with their count, the most any one reference has (the clipping ceiling) and the
 * clipped matches, and per candidate token the highest order of a counted match it belongs to
 * (the first `clipped` occurrences of an n-gram count, later ones are "clipped away").
 * The score itself comes from sentenceBleu, so the view and the number cannot disagree.
 */
import { bleuTokens } from './bleu-tokenize';
import { MAX_NGRAM_ORDER, ngramCounts, referenceInfo, sentenceBleu, type BleuOptions, type BleuScore } from './bleu';

export interface NgramRow {
  ngram: string;
  /** Occurrences in the candidate. */
  count: number;
  /** The most occurrences in any one reference. */
  refMax: number;
  /** min(count, refMax): what BLEU credits. */
  clipped: number;
}

export interface BleuExplanation {
  score: BleuScore;
  candidate: string[];
  references: string[][];
  /** orders[n - 1]: the candidate's n-grams, in order of first appearance. */
  orders: NgramRow[][];
  /** Per candidate token: 0 if no counted n-gram covers it, else the largest n of one that does. */
  tokenOrder: number[];
  /** Per candidate token: true if it starts an n-gram occurrence that clipping did not credit. */
  clippedAt: boolean[][];
}

export function explainSentenceBleu(candidate: string, references: string[], options: BleuOptions = {}): BleuExplanation {
  const tok = options.tokenize ?? '13a';
  const lc = options.lowercase ?? false;
  const maxOrder = options.maxNgramOrder ?? MAX_NGRAM_ORDER;
  const cand = bleuTokens(candidate, tok, lc);
  const refs = references.map((r) => bleuTokens(r, tok, lc));
  const info = referenceInfo(refs, maxOrder);
  const counts = ngramCounts(cand, maxOrder);
  const orders: NgramRow[][] = [];
  const tokenOrder = new Array<number>(cand.length).fill(0);
  const clippedAt: boolean[][] = [];
  for (let n = 1; n <= maxOrder; n++) {
    const rows: NgramRow[] = [];
    const used = new Map<string, number>();
    const clippedHere = new Array<boolean>(cand.length).fill(false);
    for (let i = 0; i + n <= cand.length; i++) {
      const key = cand.slice(i, i + n).join(' ');
      const refMax = info.ngrams.get(key) ?? 0;
      if (!used.has(key)) rows.push({ ngram: key, count: counts.get(key) ?? 0, refMax, clipped: Math.min(counts.get(key) ?? 0, refMax) });
      const k = used.get(key) ?? 0;
      used.set(key, k + 1);
      if (k < refMax) for (let j = i; j < i + n; j++) tokenOrder[j] = Math.max(tokenOrder[j], n);
      else if (refMax > 0) clippedHere[i] = true;
    }
    orders.push(rows);
    clippedAt.push(clippedHere);
  }
  return { score: sentenceBleu(candidate, references, options), candidate: cand, references: refs, orders, tokenOrder, clippedAt };
}
