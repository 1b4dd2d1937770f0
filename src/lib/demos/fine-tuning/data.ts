/**
 * The data of the three experiments, from the transformer engine's corpus and word
 * tokeniser (plain TypeScript, seeded):
 *
 * - source / task A: next-word prediction on the English sentences ("the small cat sleeps
 *   on the mat"), every (window of CONTEXT previous words -> next word) pair;
 * - task B (forgetting): next-word prediction on the Chinese sentences, same vocabulary;
 * - target (transfer, strategies): "where does it live?": the English sentence cut after its
 *   verb ("the small cats sleep") -> the place it ends with (mat, yard, tree, pond, field,
 *   hill, night). A fifth of the sentences are held out for the target's test loss.
 */
import { Rng } from '$lib/ml/core/random';
import { corpusVocabulary, corpusWords, splitCorpus, EN_VERB } from '$lib/ml/transformer/corpus';
import { BOS, EOS, PAD, WordTokenizer } from '$lib/ml/transformer/tokenizer';

export const CONTEXT = 3;
/** Windows per target sentence: <bos> det [adj] noun verb = at most 5 positions. */
export const POSITIONS = 5;
export const PLACES = ['mat', 'yard', 'tree', 'pond', 'field', 'hill', 'night'] as const;
export const PLACE_ZH: Record<(typeof PLACES)[number], string> = { mat: '墊子', yard: '院子', tree: '樹', pond: '池塘', field: '田', hill: '山坡', night: '夜' };

export const tokenizer = new WordTokenizer([...corpusVocabulary('en'), ...corpusVocabulary('zh-Hant')]);

/** Windows [N][CONTEXT] and next tokens [N] of <bos> s <eos> for every sentence. */
export interface LmData {
  x: number[][];
  y: number[];
}

function windowsOf(seq: number[]): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  for (let t = 1; t < seq.length; t++) {
    const w: number[] = [];
    for (let j = t - CONTEXT; j < t; j++) w.push(j < 0 ? PAD : seq[j]);
    x.push(w);
    y.push(seq[t]);
  }
  return { x, y };
}

function lmData(lang: 'en' | 'zh-Hant'): LmData {
  const out: LmData = { x: [], y: [] };
  for (const words of corpusWords(lang)) {
    const w = windowsOf([BOS, ...words.map((t) => tokenizer.id(t.toLowerCase())), EOS]);
    out.x.push(...w.x);
    out.y.push(...w.y);
  }
  return out;
}

export const SOURCE = lmData('en');
export const TASK_B = lmData('zh-Hant');
/** Every fourth window: what the curves measure (the full sets cost four times as much per evaluation). */
const every4 = (d: LmData): LmData => ({ x: d.x.filter((_, i) => i % 4 === 0), y: d.y.filter((_, i) => i % 4 === 0) });
export const SOURCE_EVAL = every4(SOURCE);
export const TASK_B_EVAL = every4(TASK_B);

export interface ClsExample {
  /** The prompt's words (for the views). */
  words: string[];
  /** POSITIONS windows, the unused ones all PAD. */
  x: number[][];
  valid: number[];
  label: number;
}

const VERBS = new Set(Object.values(EN_VERB));

function targetExamples(): ClsExample[] {
  return corpusWords('en').map((s) => {
    const v = s.findIndex((w) => VERBS.has(w));
    const words = s.slice(0, v + 1);
    const w = windowsOf([BOS, ...words.map((t) => tokenizer.id(t)), EOS]);
    // The windows ending at <bos> .. verb: predicting tokens 1..len, i.e. all but the last (<eos>).
    const x = w.x.slice(0, words.length + 1);
    const valid = x.map(() => 1);
    while (x.length < POSITIONS) (x.push(new Array<number>(CONTEXT).fill(PAD)), valid.push(0));
    return { words, x, valid, label: PLACES.indexOf(s[s.length - 1] as (typeof PLACES)[number]) };
  });
}

const ALL_TARGET = targetExamples();
const SPLIT = splitCorpus(ALL_TARGET, 5, 2);
export const TARGET_TEST = SPLIT.heldOut;
export const TARGET_POOL = SPLIT.train;

/** The N labelled examples of a run: a seeded draw from the training pool, every place at least once when N >= 7. */
export function targetTrain(n: number, seed: number): ClsExample[] {
  const rng = new Rng(seed);
  const byPlace = PLACES.map((_, c) => rng.shuffle(TARGET_POOL.filter((e) => e.label === c)));
  const first = rng.shuffle(byPlace.map((l) => l[0]));
  const rest = rng.shuffle(byPlace.flatMap((l) => l.slice(1)));
  return rng.shuffle([...first, ...rest].slice(0, Math.min(n, TARGET_POOL.length)));
}

/** Random indices for a batch (with replacement). */
export const batchIdx = (rng: Rng, n: number, b: number): number[] => Array.from({ length: b }, () => rng.int(n));
