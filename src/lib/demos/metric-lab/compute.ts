/**
 * Everything the metric lab shows for one candidate, computed from the text metrics engine
 * (plain TypeScript, microseconds for sentences of this size, so it runs in $derived).
 */
import { explainSentenceBleu, type BleuExplanation } from '$lib/ml/text/bleu-explain';
import type { BleuOptions } from '$lib/ml/text/bleu';
import { rougeScore, type RougeF } from '$lib/ml/text/rouge';
import { distinctN, diversityTokens } from '$lib/ml/text/lm-metrics';

export const ROUGE_TYPES = ['rouge1', 'rouge2', 'rougeL'] as const;
export type LabRougeType = (typeof ROUGE_TYPES)[number];

export interface CandidateResult {
  bleu: BleuExplanation | null;
  /** Per type, the best score over the references (rouge-score's score_multi: max F). */
  rouge: Record<LabRougeType, RougeF & { ref: number }> | null;
  distinct1: number;
  distinct2: number;
}

export interface LabOptions {
  tokenize: BleuOptions['tokenize'];
  smooth: BleuOptions['smooth'];
  lowercase: boolean;
  stemmer: boolean;
}

/** Non-empty references, trimmed of surrounding whitespace (a blank reference box is "no reference"). */
export function usedReferences(refs: string[]): string[] {
  return refs.map((r) => r.trim()).filter((r) => r.length > 0);
}

export function scoreCandidate(candidate: string, references: string[], o: LabOptions): CandidateResult {
  const refs = usedReferences(references);
  const toks = diversityTokens(candidate);
  const d1 = distinctN([toks], 1).ratio;
  const d2 = distinctN([toks], 2).ratio;
  if (!refs.length) return { bleu: null, rouge: null, distinct1: d1, distinct2: d2 };
  const bleu = explainSentenceBleu(candidate, refs, { tokenize: o.tokenize, smooth: o.smooth, lowercase: o.lowercase });
  const perRef = refs.map((r) => rougeScore(r, candidate, [...ROUGE_TYPES], { useStemmer: o.stemmer }));
  const rouge = Object.fromEntries(
    ROUGE_TYPES.map((t) => {
      let best = 0;
      perRef.forEach((s, i) => {
        if (s[t].fmeasure > perRef[best][t].fmeasure) best = i;
      });
      return [t, { ...perRef[best][t], ref: best }];
    })
  ) as CandidateResult['rouge'];
  return { bleu, rouge, distinct1: d1, distinct2: d2 };
}

/** Whether a text contains Han characters (then 13a / intl BLEU is misleading). */
export const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
