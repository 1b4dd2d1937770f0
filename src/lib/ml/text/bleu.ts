/**
 * BLEU (Papineni et al. 2002) with sacreBLEU 2.x semantics, ported from
 * sacrebleu/metrics/bleu.py (BLEU.compute_bleu, _get_closest_ref_len, _extract_reference_info,
 * _compute_segment_statistics) and metrics/base.py (_cache_references: `None` references are
 * dropped, '' is a real, empty reference). Scores are on 0-100 like sacreBLEU's.
 *
 * Corpus BLEU sums the per-segment statistics (hypothesis length, closest reference length,
 * clipped n-gram matches and n-gram totals per order) and computes one score from the sums.
 * The brevity penalty uses, per segment, the reference length closest to the hypothesis
 * length (the shorter one on a tie). Smoothing (Chen & Cherry 2014): 'none'; 'floor' (method 1,
 * a zero count becomes smoothValue, default 0.1); 'add-k' (method 2, k added to counts and
 * totals of orders >= 2, default 1); 'exp' (method 3, NIST: the k-th zero precision becomes
 * 1 / (2^k total)). With effectiveOrder the geometric mean runs only over the orders that have
 * any n-gram at all (sacreBLEU stops at the first order with total 0).
 */
import { bleuTokens, type BleuTokenizer } from './bleu-tokenize';

export interface BleuOptions {
  tokenize?: BleuTokenizer;
  smooth?: 'exp' | 'none' | 'floor' | 'add-k';
  smoothValue?: number;
  lowercase?: boolean;
  maxNgramOrder?: number;
  effectiveOrder?: boolean;
}

export interface BleuScore {
  score: number;
  counts: number[];
  totals: number[];
  precisions: number[];
  bp: number;
  ratio: number;
  sysLen: number;
  refLen: number;
}

export const MAX_NGRAM_ORDER = 4;
const SMOOTH_DEFAULTS = { none: undefined, floor: 0.1, 'add-k': 1, exp: undefined } as const;

/** sacrebleu.utils.my_log: log floored at a very low number for 0. */
const myLog = (x: number): number => (x === 0 ? -9999999999 : Math.log(x));

/** All n-grams of orders 1..maxOrder with their counts; keys are the tokens joined by ' '. */
export function ngramCounts(tokens: string[], maxOrder: number, minOrder = 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (let n = minOrder; n <= maxOrder; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = tokens.slice(i, i + n).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The order of an n-gram key (tokens never contain a space). */
const orderOf = (key: string): number => {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
};

/** sacreBLEU's _get_closest_ref_len: closest length, the shorter on a tie. */
export function closestRefLen(hypLen: number, refLens: number[]): number {
  let closestDiff = -1;
  let closestLen = -1;
  for (const r of refLens) {
    const diff = Math.abs(hypLen - r);
    if (closestDiff === -1 || diff < closestDiff) {
      closestDiff = diff;
      closestLen = r;
    } else if (diff === closestDiff && r < closestLen) {
      closestLen = r;
    }
  }
  return closestLen;
}

export interface ReferenceInfo {
  /** Per n-gram, its largest count in any one reference (the clipping ceiling). */
  ngrams: Map<string, number>;
  lens: number[];
}

export function referenceInfo(refTokens: string[][], maxOrder: number): ReferenceInfo {
  const ngrams = new Map<string, number>();
  const lens: number[] = [];
  for (const toks of refTokens) {
    lens.push(toks.length);
    for (const [k, c] of ngramCounts(toks, maxOrder)) ngrams.set(k, Math.max(ngrams.get(k) ?? 0, c));
  }
  return { ngrams, lens };
}

export interface SegmentStats {
  sysLen: number;
  refLen: number;
  correct: number[];
  total: number[];
}

/** One segment's sufficient statistics (sacreBLEU _compute_segment_statistics). */
export function segmentStats(hypTokens: string[], ref: ReferenceInfo, maxOrder: number): SegmentStats {
  const correct = new Array<number>(maxOrder).fill(0);
  const total = new Array<number>(maxOrder).fill(0);
  for (const [k, c] of ngramCounts(hypTokens, maxOrder)) {
    const n = orderOf(k) - 1;
    total[n] += c;
    const r = ref.ngrams.get(k);
    if (r !== undefined) correct[n] += Math.min(c, r);
  }
  return { sysLen: hypTokens.length, refLen: closestRefLen(hypTokens.length, ref.lens), correct, total };
}

/**
 * BLEU from sufficient statistics (sacreBLEU BLEU.compute_bleu). Defaults as compute_bleu:
 * smooth 'none', effectiveOrder false, maxNgramOrder 4. Like compute_bleu, the returned counts
 * and totals include the k that 'add-k' adds to orders >= 2. The inputs are not modified.
 */
export function bleuFromStats(
  correct: number[],
  total: number[],
  sysLen: number,
  refLen: number,
  options: BleuOptions = {}
): BleuScore {
  const smooth = options.smooth ?? 'none';
  if (!(smooth in SMOOTH_DEFAULTS)) throw new Error(`bleu: unknown smooth method "${smooth}"`);
  const smoothValue = options.smoothValue ?? SMOOTH_DEFAULTS[smooth] ?? 0;
  const maxOrder = options.maxNgramOrder ?? MAX_NGRAM_ORDER;
  const effectiveOrder = options.effectiveOrder ?? false;
  if (correct.length < maxOrder || total.length < maxOrder) throw new Error(`bleu: need ${maxOrder} counts and totals`);
  const counts = [...correct];
  const totals = [...total];

  let bp = 1.0;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0.0;
  const precisions = new Array<number>(maxOrder).fill(0);
  const ratio = refLen ? sysLen / refLen : 0;
  const result = (score: number): BleuScore => ({ score, counts, totals, precisions, bp, ratio, sysLen, refLen });

  // Early stop if there are no matches at all (sacreBLEU #141).
  if (!counts.some((c) => c)) return result(0.0);

  let smoothMteval = 1.0;
  let effOrder = maxOrder;
  for (let n = 1; n <= maxOrder; n++) {
    if (smooth === 'add-k' && n > 1) {
      counts[n - 1] += smoothValue;
      totals[n - 1] += smoothValue;
    }
    if (totals[n - 1] === 0) break;
    if (effectiveOrder) effOrder = n;
    if (counts[n - 1] === 0) {
      if (smooth === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = 100.0 / (smoothMteval * totals[n - 1]);
      } else if (smooth === 'floor') {
        precisions[n - 1] = (100.0 * smoothValue) / totals[n - 1];
      }
    } else {
      precisions[n - 1] = (100.0 * counts[n - 1]) / totals[n - 1];
    }
  }
  let sum = 0;
  for (let i = 0; i < effOrder; i++) sum += myLog(precisions[i]);
  return result(bp * Math.exp(sum / effOrder));
}

/** Sum of per-segment statistics (sacrebleu.utils.sum_of_lists). */
export function sumStats(stats: SegmentStats[], maxOrder: number): SegmentStats {
  const out: SegmentStats = { sysLen: 0, refLen: 0, correct: new Array(maxOrder).fill(0), total: new Array(maxOrder).fill(0) };
  for (const s of stats) {
    out.sysLen += s.sysLen;
    out.refLen += s.refLen;
    for (let i = 0; i < maxOrder; i++) {
      out.correct[i] += s.correct[i];
      out.total[i] += s.total[i];
    }
  }
  return out;
}

/** Per-segment statistics of a corpus (the work of sacreBLEU's _extract_corpus_statistics). */
export function corpusStats(
  hypotheses: string[],
  referenceStreams: (string | null)[][],
  options: BleuOptions = {}
): SegmentStats[] {
  const tok = options.tokenize ?? '13a';
  const lc = options.lowercase ?? false;
  const maxOrder = options.maxNgramOrder ?? MAX_NGRAM_ORDER;
  if (!referenceStreams.length) throw new Error('corpusBleu: no reference stream');
  for (const s of referenceStreams) {
    if (s.length !== hypotheses.length) throw new Error('corpusBleu: every reference stream needs one entry per hypothesis');
  }
  return hypotheses.map((hyp, i) => {
    const refs = referenceStreams.map((s) => s[i]).filter((r): r is string => r !== null && r !== undefined);
    if (!refs.length) throw new Error(`corpusBleu: hypothesis ${i} has no reference (all are null)`);
    const info = referenceInfo(refs.map((r) => bleuTokens(r, tok, lc)), maxOrder);
    return segmentStats(bleuTokens(hyp, tok, lc), info, maxOrder);
  });
}

/**
 * Corpus BLEU as sacrebleu.corpus_bleu(hypotheses, referenceStreams, ...):
 * referenceStreams[k][i] is the k-th reference of hypothesis i; null = missing (dropped).
 * Defaults: tokenize 13a, smooth exp, maxNgramOrder 4, lowercase false, effectiveOrder false.
 */
export function corpusBleu(hypotheses: string[], referenceStreams: (string | null)[][], options: BleuOptions = {}): BleuScore {
  const maxOrder = options.maxNgramOrder ?? MAX_NGRAM_ORDER;
  const s = sumStats(corpusStats(hypotheses, referenceStreams, options), maxOrder);
  return bleuFromStats(s.correct, s.total, s.sysLen, s.refLen, {
    ...options,
    smooth: options.smooth ?? 'exp',
    effectiveOrder: options.effectiveOrder ?? false
  });
}

/**
 * Sentence BLEU as sacrebleu.sentence_bleu(hypothesis, references, ...): one hypothesis
 * against one or more references. Defaults as corpusBleu except effectiveOrder true.
 */
export function sentenceBleu(hypothesis: string, references: string[], options: BleuOptions = {}): BleuScore {
  return corpusBleu(
    [hypothesis],
    references.map((r) => [r]),
    { ...options, effectiveOrder: options.effectiveOrder ?? true }
  );
}
