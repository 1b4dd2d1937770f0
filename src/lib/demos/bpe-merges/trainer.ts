/**
 * emb-05: byte-pair encoding learned merge by merge (one merge per training step) on our
 * English and/or Chinese sentences, with learnBpe's learner (Sennrich et al. 2016; ties as
 * the paper under Python 3, or as subword-nmt). The views replay any prefix of the merges on
 * the main thread (a slider). GPT-4o's tokenizer runs in its own small worker
 * (tokenizer.worker.ts), started only when the reader opens that panel. No tfjs.
 */
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { Rng } from '$lib/ml/core/random';
import { BpeLearner, type Merge, type TieBreak } from '$lib/ml/subwords/bpe';
import { vocabFromText } from '$lib/ml/subwords/apply';
import { CHINESE, ENGLISH } from './corpus';

export interface BpeParams {
  corpus: 'en' | 'zh' | 'both';
  tieBreak: TieBreak;
  minFrequency: number;
  maxMerges?: number;
}

export interface BpeSnapshot {
  step: number;
  merges: Merge[];
  done: boolean;
  /** The learner's starting vocabulary: [word spelled as symbols, count], in insertion order. */
  vocab: [string, number][];
  history: { merges: number[]; tokens: number[]; symbols: number[] };
}

/** The sentences of a corpus, in a seeded order (the order decides 'first' ties). */
export function corpusText(corpus: BpeParams['corpus'], seed: number): string {
  const rng = new Rng(seed);
  const en = seed === 0 ? [...ENGLISH] : rng.shuffle([...ENGLISH]);
  const zh = seed === 0 ? [...CHINESE] : rng.shuffle([...CHINESE]);
  return corpus === 'en' ? en.join(' ') : corpus === 'zh' ? zh.join('') : [...en, ...zh].join(' ');
}

export function createBpeTrainer(params: BpeParams, seed: number): Trainer<BpeParams, BpeSnapshot> {
  const vocab = vocabFromText(corpusText(params.corpus, seed), 'auto');
  const learner = new BpeLearner(vocab, { minFrequency: params.minFrequency, tieBreak: params.tieBreak });
  const stats = () => {
    let tokens = 0;
    const symbols = new Set<string>();
    for (const { symbols: s, count } of learner.segmentations()) {
      tokens += s.length * count;
      for (const x of s) symbols.add(x);
    }
    return { tokens, symbols: symbols.size };
  };
  const s0 = stats();
  const history = { merges: [0], tokens: [s0.tokens], symbols: [s0.symbols] };
  let step = 0;

  return {
    async train(steps: number): Promise<Metrics> {
      for (let i = 0; i < steps; i++) if (!learner.step()) break;
      step += steps;
      const s = stats();
      const last = history.merges[history.merges.length - 1];
      if (learner.merges.length !== last) {
        history.merges.push(learner.merges.length);
        history.tokens.push(s.tokens);
        history.symbols.push(s.symbols);
      }
      const m = learner.merges[learner.merges.length - 1];
      return { step, merges: learner.merges.length, tokens: s.tokens, symbols: s.symbols, frequency: m ? m[2] : 0 };
    },

    async snapshot(): Promise<BpeSnapshot> {
      return {
        step,
        merges: learner.merges.map((m) => [...m] as Merge),
        done: learner.done,
        vocab: [...vocab],
        history: { merges: [...history.merges], tokens: [...history.tokens], symbols: [...history.symbols] }
      };
    },

    setParams() {
      // maxMerges only tells the runner where to pause; the word and the comparison panel are views.
    },

    dispose() {}
  };
}

export default createBpeTrainer;
