/**
 * Trainer modules by demo id, derived from the folders (every `<id>/trainer.ts`), loaded
 * lazily by the worker, or on the main thread when no worker is available. Each
 * default-exports a TrainerFactory.
 */
import type { TrainerFactory } from '$lib/ml/core/trainer';

type Loader = () => Promise<{ default: TrainerFactory<never, unknown> }>;

export const trainerLoaders: Record<string, Loader> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: TrainerFactory<never, unknown> }>('./*/trainer.ts')).map(([p, load]) => [p.split('/')[1], load])
);
