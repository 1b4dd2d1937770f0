/**
 * A tiny language model (the transformer engine, one layer; word or character tokens) trained
 * live on a few sentences of our corpus, for three pages:
 *
 * - tie-01 (view 'overfit'): two copies from the same weights on the same batches, a plain one
 *   and a regularised one (dropout on the embeddings and the final hidden state, AdamW weight
 *   decay, early stopping after `patience` evaluations without a better held-out loss). Train
 *   and held-out loss of both, and what each writes (verbatim copies of training sentences).
 * - tie-07 (view 'perplexity') and tie-05 (view 'hallucination'): one model; the snapshot
 *   carries the analyses of analysis.ts, refreshed every ANALYSE_EVERY steps.
 *
 * Losses are measured on fixed windows (EVAL_WINDOWS of the training sentences, as many of the
 * held-out ones) after every train(n) call.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { CharLm } from '$lib/ml/transformer/char-lm';
import { charStream, streamWindows, type CharStream } from '$lib/ml/transformer/char-stream';
import { corpusSentences, corpusVocabulary, type CorpusLang } from '$lib/ml/transformer/corpus';
import { WordTokenizer } from '$lib/ml/transformer/tokenizer';
import { askView, overfitView, perplexityView, type AskView, type OverfitView, type PerplexityView } from './analysis';

export type View = 'overfit' | 'perplexity' | 'hallucination';

export interface CharLmParams {
  view: View;
  corpus: CorpusLang;
  /** Word tokens (the default) or characters. */
  tokens: 'word' | 'char';
  trainSize: number;
  context: number;
  dModel: number;
  batch: number;
  lr: number;
  /** The regularised copy (overfit view only). */
  regularise: boolean;
  dropout: number;
  weightDecay: number;
  /** Evaluations without a better held-out loss before the regularised copy stops (0 = never). */
  patience: number;
  temperature: number;
  samples: number;
}

export const COPIES = ['plain', 'reg'] as const;
export type Copy = (typeof COPIES)[number];

export interface CopyState {
  train: number;
  heldOut: number;
  bestStep: number;
  bestHeldOut: number;
  /** Step at which early stopping froze this copy (-1: still training). */
  stoppedAt: number;
}

export interface CharLmSnapshot {
  step: number;
  view: View;
  vocabSize: number;
  trainSentences: string[];
  heldOutCount: number;
  copies: Partial<Record<Copy, CopyState>>;
  tokens: 'word' | 'char';
  /** Step the analyses below were computed at (-1: none yet). */
  analysedAt: number;
  overfit: Partial<Record<Copy, OverfitView>>;
  perplexity: PerplexityView | null;
  ask: AskView | null;
}

const EVAL_WINDOWS = 32;
export const ANALYSE_EVERY = 25;
const SEP: Record<CorpusLang, string> = { en: '. ', 'zh-Hant': '。' };

export function createCharLmTrainer(p: CharLmParams, seed: number): Trainer<CharLmParams, CharLmSnapshot> {
  const rng = new Rng(seed);
  const sep = SEP[p.corpus];
  const tok = p.tokens === 'word' ? new WordTokenizer([...corpusVocabulary(p.corpus), sep.trim()]) : undefined;
  const stream: CharStream = charStream(corpusSentences(p.corpus), { train: p.trainSize, sep, context: p.context, seed: rng.seed(), tok });
  const initSeed = rng.seed();
  const batchRng = new Rng(rng.seed());
  const evalRng = new Rng(rng.seed());
  const sampleSeed = rng.seed();
  const evalTrain = streamWindows(stream.trainIds, stream.sepIds, p.context + 1, EVAL_WINDOWS, evalRng);
  const evalHeld = streamWindows(stream.heldOutIds, stream.sepIds, p.context + 1, EVAL_WINDOWS, evalRng);
  const active: Copy[] = p.view === 'overfit' && p.regularise ? ['plain', 'reg'] : ['plain'];
  const cfg = { vocabSize: stream.tok.size, context: p.context, dModel: p.dModel, nLayers: 1 };
  const opt = (c: Copy) => ({ beta1: 0.9, beta2: 0.98, weightDecay: c === 'reg' ? p.weightDecay : 0 });
  const lms: Partial<Record<Copy, CharLm>> = Object.fromEntries(active.map((c) => [c, new CharLm(cfg, initSeed, 'adamw', p.lr, opt(c))]));
  const state: Partial<Record<Copy, CopyState>> = Object.fromEntries(
    active.map((c) => [c, { train: NaN, heldOut: NaN, bestStep: 0, bestHeldOut: Infinity, stoppedAt: -1 }])
  );
  let view = p.view;
  let dropout = p.dropout;
  let temperature = p.temperature;
  let samples = p.samples;
  let step = 0;
  const sinceBest: Partial<Record<Copy, number>> = { reg: 0 };
  let analysed: { step: number; view: View; temperature: number; samples: number } | null = null;
  let overfit: CharLmSnapshot['overfit'] = {};
  let perplexity: PerplexityView | null = null;
  let ask: AskView | null = null;

  const training = () => active.filter((c) => state[c]!.stoppedAt < 0);

  const evaluate = async () => {
    const t = tf.tidy(() => tf.stack(active.flatMap((c) => [lms[c]!.loss(evalTrain), lms[c]!.loss(evalHeld)])));
    const d = await t.data();
    t.dispose();
    active.forEach((c, i) => {
      const s = state[c]!;
      if (s.stoppedAt >= 0) return;
      s.train = d[2 * i];
      s.heldOut = d[2 * i + 1];
      if (s.heldOut < s.bestHeldOut) {
        s.bestHeldOut = s.heldOut;
        s.bestStep = step;
        sinceBest[c] = 0;
      } else sinceBest[c] = (sinceBest[c] ?? 0) + 1;
      if (c === 'reg' && p.patience > 0 && (sinceBest[c] ?? 0) >= p.patience) s.stoppedAt = step;
    });
  };

  const analyse = async () => {
    const lm = lms.plain!;
    const s = sampleSeed + step;
    overfit = {};
    perplexity = null;
    ask = null;
    if (view === 'overfit') for (const c of active) overfit[c] = await overfitView(lms[c]!, stream, p.corpus, samples, temperature, s);
    else if (view === 'perplexity') perplexity = await perplexityView(lm, stream, p.corpus, p.tokens === 'word' ? 40 : p.corpus === 'en' ? 120 : 60, s);
    else ask = await askView(lm, stream, p.corpus, samples, temperature, s);
    analysed = { step, view, temperature, samples };
  };

  return {
    async train(steps: number): Promise<Metrics> {
      for (let i = 0; i < steps; i++) {
        const go = training();
        if (!go.length) break;
        const windows = streamWindows(stream.trainIds, stream.sepIds, p.context + 1, p.batch, batchRng);
        const dSeed = batchRng.seed();
        tf.tidy(() => {
          for (const c of go) lms[c]!.step(windows, c === 'reg' ? dropout : 0, dSeed);
        });
        step++;
      }
      await evaluate();
      const m: Metrics = { step };
      for (const c of active) {
        m[`train_${c}`] = state[c]!.train;
        m[`heldOut_${c}`] = state[c]!.heldOut;
      }
      return m;
    },

    async snapshot(): Promise<CharLmSnapshot> {
      if (step === 0 && !Number.isFinite(state.plain!.train)) await evaluate();
      const stale =
        !analysed || analysed.view !== view || analysed.temperature !== temperature || analysed.samples !== samples ||
        step - analysed.step >= ANALYSE_EVERY || (step !== analysed.step && !training().length);
      if (stale) await analyse();
      return structuredClone({
        step, view, vocabSize: stream.tok.size, trainSentences: stream.train, heldOutCount: stream.heldOut.length,
        copies: state, analysedAt: analysed?.step ?? -1, tokens: p.tokens, overfit, perplexity, ask
      });
    },

    setParams(q: Partial<CharLmParams>) {
      if (q.lr !== undefined) for (const c of active) lms[c]!.lr = q.lr;
      if (q.dropout !== undefined) dropout = q.dropout;
      if (q.temperature !== undefined) temperature = q.temperature;
      if (q.samples !== undefined) samples = q.samples;
      if (q.view !== undefined) view = q.view;
    },

    dispose() {
      for (const c of active) lms[c]!.dispose();
    }
  };
}

export default createCharLmTrainer;
