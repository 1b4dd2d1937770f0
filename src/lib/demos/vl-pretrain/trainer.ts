/**
 * vl-pretrain (pages mm-10, mm-09): what pre-training buys when labelled or paired data is
 * scarce. Two experiments, each comparing a pretrained copy with one from scratch on the same
 * data and steps: mode 'finetune' (./finetune.ts) and mode 'sparse' (./sparse.ts).
 */
import type { Trainer } from '$lib/ml/core/trainer';
import { createFinetune } from './finetune';
import { createSparse } from './sparse';

export interface VlParams {
  mode: 'finetune' | 'sparse';
  pretrainSteps: number;
  labelled: number;
  pairs: number;
  lr: number;
}

export interface VlSnapshot {
  mode: VlParams['mode'];
  step: number;
  phase: 'pretrain' | 'align';
  pretrainSteps: number;
  /** Test accuracy [pretrained, scratch] (fine-tune: 12-way on new pictures; sparse: zero-shot on unseen combinations). */
  accuracy: [number, number] | null;
  /** Sparse only: zero-shot accuracy on seen combinations [pretrained, scratch]. */
  seenAccuracy?: [number, number] | null;
  /** Accuracy [pretrained, scratch] against steps after pre-training. */
  history: { step: number[]; values: number[][] };
  /** Fine-tune: eight test pictures, their classes and each copy's predictions. */
  gallery: Float32Array;
  galleryTruth: number[];
  galleryPred: [number[], number[]] | null;
  /** Labelled pictures (fine-tune) or pairs (sparse). */
  dataSize: number;
  heldOut?: number[];
}

export function createVlTrainer(p: VlParams, seed: number): Trainer<VlParams, VlSnapshot> {
  return p.mode === 'sparse' ? createSparse(p, seed) : createFinetune(p, seed);
}

export default createVlTrainer;
