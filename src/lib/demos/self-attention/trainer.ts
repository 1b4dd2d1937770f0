/**
 * What the runner (in a Web Worker or on the main thread) loads for the 'learn' mode:
 * the default export builds the trainer from the demo's values and seed.
 */
import { createAttentionTrainer, type AttentionTaskSnapshot } from './task';
import type { TrainerFactory } from '$lib/ml/core/trainer';
import type { Values } from '$lib/params/schema';
import type { params } from './params';

export type SelfAttentionValues = Values<typeof params>;
export type { AttentionTaskSnapshot };

const factory: TrainerFactory<SelfAttentionValues, AttentionTaskSnapshot> = (values, seed) =>
  createAttentionTrainer(values, seed);

export default factory;
