/**
 * What the three views measure on a trained CharLm (async, tfjs inside the engine's tidies):
 *
 * - overfit (tie-01): sentences sampled from the start of text; each is a verbatim copy of a
 *   training sentence, a correct sentence the model never saw (held out), or neither.
 * - perplexity (tie-07): the greedy continuation (repetitive) against held-out sentences
 *   (varied and correct), both scored by the same model; samples at a range of temperatures
 *   scored the same way, with distinct-2 and the share of correct sentences.
 * - hallucination (tie-05): for each animal, a prompt ("the cow ") whose one correct
 *   completion is in the corpus; N completions per temperature, each with its per-token
 *   probabilities and length-normalised log-probability (seqLogProb), and the agreement of
 *   the N answers (self-consistency).
 */
import { Rng } from '$lib/ml/core/random';
import type { CharLm } from '$lib/ml/transformer/char-lm';
import { joinSentences, splitSentences, type CharStream } from '$lib/ml/transformer/char-stream';
import { corpusSentences, EN_NOUNS, ZH_NOUNS, ZH_CLASSIFIER, type CorpusLang } from '$lib/ml/transformer/corpus';
import { distinctN, diversityTokens, perplexity, seqLogProb } from '$lib/ml/text/lm-metrics';

export const SWEEP_TEMPS = [0.25, 0.5, 0.75, 1, 1.5, 2];

export interface Sample {
  text: string;
  /** Per token: the text it adds and its probability under the model (temperature 1). */
  chars: string[];
  probs: number[];
  seqLogProb: number;
  /** overfit: 'copy' | 'novel' | 'wrong'; hallucination: 'right' | 'wrong'. */
  kind: 'copy' | 'novel' | 'wrong' | 'right';
}

const stopId = (s: CharStream) => s.sepIds[0];
const clean = (s: CharStream, ids: number[]) => s.tok.decode(ids.filter((t) => t !== stopId(s))).trim();

/** The text each token adds (word tokens bring their leading space). */
export function pieces(s: CharStream, tokens: readonly number[]): string[] {
  const out: string[] = [];
  let prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const now = s.tok.decode(tokens.slice(0, i + 1));
    out.push(now.startsWith(prev) ? now.slice(prev.length) : s.tok.decode([tokens[i]]));
    prev = now;
  }
  return out;
}

function toSample(s: CharStream, tokens: number[], logp: number[], kind: Sample['kind'], text?: string): Sample {
  const chars = pieces(s, tokens);
  return { text: text ?? clean(s, tokens), chars, probs: logp.map(Math.exp), seqLogProb: seqLogProb(logp), kind };
}

// ---- tie-01 ---------------------------------------------------------------------------

export interface OverfitView {
  samples: Sample[];
  copyRate: number;
  novelRate: number;
  wrongRate: number;
}

export async function overfitView(lm: CharLm, s: CharStream, lang: CorpusLang, n: number, temperature: number, seed: number): Promise<OverfitView> {
  const all = new Set(corpusSentences(lang));
  const train = new Set(s.train);
  const rows = await lm.sample(Array.from({ length: n }, () => s.sepIds), { maxNew: 40, temperature, rng: new Rng(seed), stop: stopId(s) });
  const samples = rows.map((r) => {
    const text = clean(s, r.tokens);
    const kind = train.has(text) ? 'copy' : all.has(text) ? 'novel' : 'wrong';
    return toSample(s, r.tokens, r.logp, kind, text);
  });
  const rate = (k: Sample['kind']) => samples.filter((x) => x.kind === k).length / Math.max(1, n);
  return { samples, copyRate: rate('copy'), novelRate: rate('novel'), wrongRate: rate('wrong') };
}

// ---- tie-07 ---------------------------------------------------------------------------

export interface ScoredText {
  text: string;
  chars: string[];
  probs: number[];
  perplexity: number;
  distinct2: number;
}

export interface PerplexityView {
  repetitive: ScoredText;
  varied: ScoredText;
  sweep: { temperature: number; perplexity: number; distinct2: number; correct: number }[];
}

const distinct2 = (text: string) => distinctN([diversityTokens(text)], 2).ratio;

async function scoreIds(lm: CharLm, s: CharStream, ids: number[]): Promise<ScoredText> {
  const lp = await lm.scoreTokens(ids);
  const body = ids.slice(1);
  const text = s.tok.decode(body);
  return { text, chars: pieces(s, body), probs: lp.map(Math.exp), perplexity: perplexity(lp), distinct2: distinct2(text) };
}

export async function perplexityView(lm: CharLm, s: CharStream, lang: CorpusLang, length: number, seed: number): Promise<PerplexityView> {
  const all = new Set(corpusSentences(lang));
  const start = [...s.sepIds];
  // Held-out sentences (never trained on), joined until about `length` characters.
  const varied: number[][] = [];
  let len = 0;
  for (const ids of s.heldOutIds) {
    if (len >= length) break;
    varied.push(ids);
    len += ids.length + s.sepIds.length;
  }
  const greedy = (await lm.sample([start], { maxNew: len, temperature: 0, rng: new Rng(seed) }))[0];
  const rows = await lm.sample(SWEEP_TEMPS.map(() => start), { maxNew: len, temperature: SWEEP_TEMPS, rng: new Rng(seed + 1) });
  const sweep = rows.map((r, i) => {
    const text = s.tok.decode(r.tokens);
    const sents = splitSentences(text, s.sep).slice(0, -1);
    return {
      temperature: SWEEP_TEMPS[i],
      perplexity: perplexity(r.logp),
      distinct2: distinct2(text),
      correct: sents.length ? sents.filter((x) => all.has(x)).length / sents.length : 0
    };
  });
  return {
    repetitive: await scoreIds(lm, s, [...start, ...greedy.tokens]),
    varied: await scoreIds(lm, s, joinSentences(varied, s.sepIds)),
    sweep
  };
}

// ---- tie-05 ---------------------------------------------------------------------------

export interface Question {
  prompt: string;
  answer: string;
}

/** One prompt per animal: the subject of a corpus sentence; the answer is the rest of it. */
export function questions(lang: CorpusLang): Question[] {
  const sents = corpusSentences(lang);
  const subjects = lang === 'en' ? EN_NOUNS.filter((_, i) => i % 2 === 0).map((n) => `the ${n} `) : ZH_NOUNS.map((n) => `這${ZH_CLASSIFIER[n]}${n}`);
  return subjects.map((prompt) => {
    const full = sents.find((x) => x.startsWith(prompt))!;
    return { prompt, answer: full.slice(prompt.length) };
  });
}

export interface AskView {
  temperature: number;
  /** Per question, n completions at `temperature`. */
  answers: { prompt: string; answer: string; samples: Sample[]; agreement: number }[];
  sweep: { temperature: number; agreement: number; accuracy: number; meanSeqLogProb: number }[];
}

/** Share of the answers equal to the most common one. */
export function agreement(texts: readonly string[]): number {
  const count = new Map<string, number>();
  for (const t of texts) count.set(t, (count.get(t) ?? 0) + 1);
  return texts.length ? Math.max(...count.values()) / texts.length : NaN;
}

export async function askView(lm: CharLm, s: CharStream, lang: CorpusLang, n: number, temperature: number, seed: number): Promise<AskView> {
  const qs = questions(lang);
  const temps = [temperature, ...SWEEP_TEMPS];
  const prompts = temps.flatMap(() => qs.flatMap((q) => Array.from({ length: n }, () => [...s.sepIds, ...s.tok.encode(q.prompt)])));
  const perRow = temps.flatMap((t) => new Array<number>(qs.length * n).fill(t));
  const rows = await lm.sample(prompts, { maxNew: 24, temperature: perRow, rng: new Rng(seed), stop: stopId(s) });
  // results[temperature][question][k]
  const results: Sample[][][] = temps.map((_, ti) =>
    qs.map((q, qi) =>
      rows.slice((ti * qs.length + qi) * n, (ti * qs.length + qi + 1) * n).map((x) => {
        const text = clean(s, x.tokens);
        return toSample(s, x.tokens, x.logp, text === q.answer ? 'right' : 'wrong', text);
      })
    )
  );
  const sweep = SWEEP_TEMPS.map((t, i) => {
    const byQ = results[i + 1];
    const flat = byQ.flat();
    return {
      temperature: t,
      agreement: byQ.reduce((a, ss) => a + agreement(ss.map((x) => x.text)), 0) / byQ.length,
      accuracy: flat.filter((x) => x.kind === 'right').length / flat.length,
      meanSeqLogProb: flat.reduce((a, x) => a + x.seqLogProb, 0) / flat.length
    };
  });
  return {
    temperature,
    answers: qs.map((q, qi) => ({ ...q, samples: results[0][qi], agreement: agreement(results[0][qi].map((x) => x.text)) })),
    sweep
  };
}
