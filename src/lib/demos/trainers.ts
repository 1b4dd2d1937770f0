/**
 * Trainer modules by demo id, loaded lazily (by the worker, or on the main thread when no
 * worker is available). Each demo's trainer.ts default-exports a TrainerFactory.
 */
import type { TrainerFactory } from '$lib/ml/trainer';

type Loader = () => Promise<{ default: TrainerFactory<never, unknown> }>;

export const trainerLoaders: Record<string, Loader> = {
  'gen-vs-disc': () => import('./gen-vs-disc/trainer'),
  'limited-data': () => import('./limited-data/trainer'),
  'lr-schedules': () => import('./lr-schedules/trainer')
};
