/**
 * One trainer driven by requests: the same code serves the worker and the main-thread
 * fallback, so both behave identically.
 */
import type { Trainer } from '$lib/ml/trainer';
import { trainerLoaders } from '$lib/demos/trainers';
import { activateBackend, loadTf } from './backend';
import type { Request } from './protocol';

export class TrainerSession {
  private trainer: Trainer<Record<string, unknown>, unknown> | null = null;
  private tf: Awaited<ReturnType<typeof loadTf>> | null = null;

  async handle(req: Request): Promise<unknown> {
    switch (req.kind) {
      case 'init': {
        this.trainer?.dispose();
        this.trainer = null;
        const load = trainerLoaders[req.demo];
        if (!load) throw new Error(`unknown demo "${req.demo}"`);
        this.tf = await loadTf(req.wasmBase);
        const result = await activateBackend(this.tf, req.backend);
        const factory = (await load()).default as unknown as (p: Record<string, unknown>, s: number) => Trainer<Record<string, unknown>, unknown>;
        this.trainer = factory(req.params, req.seed);
        return result;
      }
      case 'train':
        return this.need().train(req.steps);
      case 'snapshot':
        return this.need().snapshot();
      case 'set':
        this.need().setParams?.(req.params);
        return null;
      case 'memory':
        return this.tf ? this.tf.memory().numTensors : 0;
      case 'dispose':
        this.trainer?.dispose();
        this.trainer = null;
        return null;
    }
  }

  private need() {
    if (!this.trainer) throw new Error('trainer not initialised');
    return this.trainer;
  }
}
