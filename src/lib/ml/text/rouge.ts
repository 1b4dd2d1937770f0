/**
 * ROUGE (Lin 2004) as Google's rouge-score package computes it (rouge_score/rouge_scorer.py,
 * tokenize.py, scoring.py), which replicates ROUGE-1.5.5.pl -n 2 (with -m when stemming):
 *   - tokens: lowercase, every run of characters outside [a-z0-9] becomes a space, split on
 *     whitespace; with useStemmer, NLTK's Porter stemmer on tokens longer than 3 characters;
 *     empty / invalid tokens dropped. (So any non-ASCII text, Chinese included, has no tokens.)
 *   - rougeN: clipped n-gram overlap; precision over the prediction's n-grams, recall over the
 *     target's (each denominator at least 1);
 *   - rougeL: longest common subsequence of the two token lists;
 *   - rougeLsum: summary-level LCS: text split at '\n', per target sentence the union of its
 *     LCS with every prediction sentence, hits counted at most as often as a token occurs in
 *     each summary;
 *   - F = 2PR / (P + R), 0 when P + R = 0.
 */
import { porterStem } from './porter';

export type RougeType = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';
export interface RougeF {
  precision: number;
  recall: number;
  fmeasure: number;
}

/** rouge_score.tokenize.tokenize. */
export function rougeTokens(text: string, useStemmer = false): string[] {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  let tokens = cleaned.split(/\s+/);
  if (useStemmer) tokens = tokens.map((t) => (t.length > 3 ? porterStem(t) : t));
  return tokens.filter((t) => /^[a-z0-9]+$/.test(t));
}

export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0.0;
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** _score_ngrams. */
export function scoreNgrams(target: Map<string, number>, prediction: Map<string, number>): RougeF {
  let overlap = 0;
  for (const [k, c] of target) overlap += Math.min(c, prediction.get(k) ?? 0);
  let tCount = 0;
  let pCount = 0;
  for (const c of target.values()) tCount += c;
  for (const c of prediction.values()) pCount += c;
  const precision = overlap / Math.max(pCount, 1);
  const recall = overlap / Math.max(tCount, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** _lcs_table: t[i][j] = LCS length of ref[:i] and can[:j]. */
export function lcsTable<T>(ref: T[], can: T[]): number[][] {
  const t = Array.from({ length: ref.length + 1 }, () => new Array<number>(can.length + 1).fill(0));
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      t[i][j] = ref[i - 1] === can[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t;
}

/** _backtrack_norec: indices into ref of one longest common subsequence. */
export function lcsIndices<T>(ref: T[], can: T[], t = lcsTable(ref, can)): number[] {
  let i = ref.length;
  let j = can.length;
  const out: number[] = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if (t[i][j - 1] > t[i - 1][j]) j--;
    else i--;
  }
  return out;
}

/** _score_lcs. */
export function scoreLcs(target: string[], prediction: string[]): RougeF {
  if (!target.length || !prediction.length) return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsTable(target, prediction)[target.length][prediction.length];
  const precision = lcs / prediction.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** _union_lcs: the tokens of ref that lie on an LCS with any candidate sentence, in order. */
export function unionLcs(ref: string[], cands: string[][]): string[] {
  const idx = new Set<number>();
  for (const c of cands) for (const i of lcsIndices(ref, c)) idx.add(i);
  return [...idx].sort((a, b) => a - b).map((i) => ref[i]);
}

/** _summary_level_lcs over tokenized sentences. */
export function summaryLevelLcs(refSents: string[][], canSents: string[][]): RougeF {
  const zero = { precision: 0, recall: 0, fmeasure: 0 };
  if (!refSents.length || !canSents.length) return zero;
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = canSents.reduce((a, s) => a + s.length, 0);
  if (!n || !m) return zero;
  const cntR = new Map<string, number>();
  const cntC = new Map<string, number>();
  for (const s of refSents) for (const t of s) cntR.set(t, (cntR.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) cntC.set(t, (cntC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of refSents) {
    for (const t of unionLcs(r, canSents)) {
      if ((cntC.get(t) ?? 0) > 0 && (cntR.get(t) ?? 0) > 0) {
        hits++;
        cntC.set(t, cntC.get(t)! - 1);
        cntR.set(t, cntR.get(t)! - 1);
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

const sentences = (text: string) => text.split('\n').filter((s) => s.length > 0);

/**
 * rouge_scorer.RougeScorer(types, use_stemmer).score(target, prediction). Also accepts any
 * 'rougeN' with N in 1..9, as rouge-score does.
 */
export function rougeScore(
  target: string,
  prediction: string,
  types: RougeType[],
  options: { useStemmer?: boolean } = {}
): Record<string, RougeF> {
  const stem = options.useStemmer ?? false;
  const t = rougeTokens(target, stem);
  const p = rougeTokens(prediction, stem);
  const out: Record<string, RougeF> = {};
  for (const type of types as string[]) {
    if (type === 'rougeL') out[type] = scoreLcs(t, p);
    else if (type === 'rougeLsum') {
      out[type] = summaryLevelLcs(
        sentences(target).map((s) => rougeTokens(s, stem)),
        sentences(prediction).map((s) => rougeTokens(s, stem))
      );
    } else if (/^rouge[0-9]$/.test(type)) {
      const n = Number(type.slice(5));
      if (n <= 0) throw new Error(`rougen requires positive n: ${type}`);
      out[type] = scoreNgrams(ngrams(t, n), ngrams(p, n));
    } else throw new Error(`Invalid rouge type: ${type}`);
  }
  return out;
}
