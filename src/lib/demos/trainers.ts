/**
 * Trainer modules by demo id, loaded lazily (by the worker, or on the main thread when no
 * worker is available). Each demo's trainer.ts default-exports a TrainerFactory.
 */
import type { TrainerFactory } from '$lib/ml/trainer';

type Loader = () => Promise<{ default: TrainerFactory<never, unknown> }>;

export const trainerLoaders: Record<string, Loader> = {
  'conditional-generation': () => import('./conditional-generation/trainer'),
  'curriculum': () => import('./curriculum/trainer'),
  'gen-vs-disc': () => import('./gen-vs-disc/trainer'),
  'gradient-clipping': () => import('./gradient-clipping/trainer'),
  'gradient-penalty': () => import('./gradient-penalty/trainer'),
  'l1-vs-l2': () => import('./l1-vs-l2/trainer'),
  'limited-data': () => import('./limited-data/trainer'),
  'lr-schedules': () => import('./lr-schedules/trainer'),
  'overfitting-generative': () => import('./overfitting-generative/trainer'),
  'self-attention': () => import('./self-attention/trainer'),
  'toy-gan': () => import('./toy-gan/trainer'),
  'triplet': () => import('./triplet/trainer'),
  'vae': () => import('./vae/trainer')
};
