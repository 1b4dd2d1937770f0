/**
 * emb-11: skip-gram (ml/embeddings/skipgram.ts) trained on the bilingual toy corpus; the views
 * take its vectors and the word counts and build the UNK / n-gram / BPE answers for a typed
 * word (./oov.ts), so a new word or a new merge count needs no retraining.
 */
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { buildCorpus, buildVocab } from '$lib/ml/embeddings/corpus';
import { SkipGram } from '$lib/ml/embeddings/skipgram';
import type { WordVectors } from '$lib/ml/embeddings/vectors';

export interface OovParams {
  dim: number;
  lr: number;
  steps?: number;
}

export interface OovSnapshot {
  step: number;
  loss: number;
  vectors: WordVectors;
  counts: number[];
}

export function createOovTrainer(params: OovParams, seed: number): Trainer<OovParams, OovSnapshot> {
  const corpus = buildCorpus({ languages: ['en', 'zh'] });
  const counts = buildVocab(corpus.sentences).counts;
  const sg = new SkipGram(corpus.sentences, { dim: params.dim, window: 2, negatives: 5, batch: 128, lr: params.lr }, seed);
  let step = 0;
  let loss = NaN;
  return {
    async train(n: number): Promise<Metrics> {
      const r = await sg.train(n);
      step += n;
      loss = r.metrics.loss;
      return { step, loss };
    },
    async snapshot(): Promise<OovSnapshot> {
      return { step, loss, vectors: await sg.vectors(), counts: [...counts] };
    },
    setParams(p) {
      if (p.lr !== undefined) sg.setLr(p.lr);
    },
    dispose: () => sg.dispose()
  };
}

export default createOovTrainer;
