/**
 * emb-07 / emb-09: one folder, two experiments (./transfer.ts: pretrained vs random embeddings
 * for a small labelled set; ./categorical.ts: one-hot vs embedding vs hashing for a
 * high-cardinality category). `task` picks which one the trainer runs.
 */
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { createTransfer, type TransferSnapshot } from './transfer';
import { createCategorical, type CategoricalSnapshot } from './categorical';

export interface EmbeddingTransferParams {
  task: 'transfer' | 'categorical';
  perClass: number;
  dim: number;
  pretrainSteps: number;
  cardinality: number;
  perUser: number;
  hashDim: number;
  buckets: number;
  lr: number;
  steps?: number;
}

export type EmbeddingTransferSnapshot = TransferSnapshot | CategoricalSnapshot;

export function createEmbeddingTransferTrainer(params: EmbeddingTransferParams, seed: number): Trainer<EmbeddingTransferParams, EmbeddingTransferSnapshot> {
  const inner = params.task === 'transfer' ? createTransfer(params, seed) : createCategorical(params, seed);
  return {
    train: (n: number) => inner.train(n) as Promise<Metrics>,
    snapshot: () => inner.snapshot(),
    setParams(p) {
      if (p.lr !== undefined) inner.setLr(p.lr);
    },
    dispose: () => inner.dispose()
  };
}

export default createEmbeddingTransferTrainer;
