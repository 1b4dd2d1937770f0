/**
 * One trainer driven by requests: the same code serves the worker and the main-thread
 * fallback, so both behave identically.
 */
import type { Trainer } from '$lib/ml/core/trainer';
import { trainerLoaders } from '$lib/demos/trainers';
import { activateBackend, loadTf } from './backend';
import type { Request } from './protocol';

export interface ProfileCost {
  kernels: number;
  uploads: number;
  readbacks: number;
  ms: number;
}
export interface ProfileResult {
  backend: string;
  /** Per training step (averaged over the profiled steps). */
  step: ProfileCost;
  snapshot: ProfileCost;
}

export class TrainerSession {
  private trainer: Trainer<Record<string, unknown>, unknown> | null = null;
  private tf: Awaited<ReturnType<typeof loadTf>> | null = null;
  private backend: string | null = null;
  /** Set by the test hook: the context was lost on purpose (the event may arrive later). */
  private lostOnPurpose = false;

  /** The WebGL context behind tfjs, when the webgl backend is active. */
  private gl(): WebGL2RenderingContext | null {
    if (this.backend !== 'webgl' || !this.tf) return null;
    return (this.tf.backend() as unknown as { gpgpu?: { gl?: WebGL2RenderingContext } }).gpgpu?.gl ?? null;
  }

  async handle(req: Request): Promise<unknown> {
    switch (req.kind) {
      case 'init': {
        this.trainer?.dispose();
        this.trainer = null;
        const load = trainerLoaders[req.demo];
        if (!load) throw new Error(`unknown demo "${req.demo}"`);
        this.tf = await loadTf(req.wasmBase);
        const result = await activateBackend(this.tf, req.backend);
        this.backend = result.backend;
        this.lostOnPurpose = false;
        const factory = (await load()).default as unknown as (p: Record<string, unknown>, s: number) => Trainer<Record<string, unknown>, unknown>;
        this.trainer = factory(req.params, req.seed);
        return result;
      }
      case 'train':
        return this.guard(() => this.need().train(req.steps));
      case 'debug': {
        const gl = this.gl();
        const ext = gl?.getExtension('WEBGL_lose_context');
        ext?.loseContext();
        this.lostOnPurpose = !!ext;
        return { backend: this.backend, gl: !!gl, ext: !!ext, lost: gl?.isContextLost() ?? null };
      }
      case 'snapshot':
        return this.guard(() => this.need().snapshot());
      case 'set':
        this.need().setParams?.(req.params);
        return null;
      case 'profile':
        return this.profile(req.steps);
      case 'memory':
        return this.tf ? this.tf.memory().numTensors : 0;
      case 'dispose':
        this.trainer?.dispose();
        this.trainer = null;
        return null;
    }
  }

  /**
   * A lost WebGL context makes reads return garbage or never finish: report it, before and
   * while waiting, so the runner falls back to another backend instead of hanging.
   */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    const gl = this.gl();
    if (!gl) return work();
    if (this.lostOnPurpose || gl.isContextLost()) throw new Error('WebGL context lost');
    let timer: ReturnType<typeof setInterval> | undefined;
    const lost = new Promise<never>((_, reject) => {
      timer = setInterval(() => gl.isContextLost() && reject(new Error('WebGL context lost')), 250);
    });
    try {
      return await Promise.race([work(), lost]);
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * What one training step and one snapshot cost on this backend: kernels run (tf.profile),
   * uploads (tensors created from JS values: the backend's write) and read-backs (its read /
   * readSync), and wall time. For `npm run bench` (issue 12).
   */
  private async profile(steps: number): Promise<ProfileResult> {
    const tf = this.tf!;
    const t = this.need();
    const backend = tf.backend() as unknown as Record<string, (...a: unknown[]) => unknown>;
    const counts = { uploads: 0, readbacks: 0 };
    const wrap = (name: string, key: 'uploads' | 'readbacks') => {
      const orig = backend[name];
      if (typeof orig !== 'function') return () => {};
      backend[name] = (...a: unknown[]) => {
        counts[key]++;
        return orig.apply(backend, a);
      };
      return () => (backend[name] = orig);
    };
    const undo = [wrap('write', 'uploads'), wrap('read', 'readbacks'), wrap('readSync', 'readbacks')];
    try {
      const measure = async (work: () => Promise<unknown>) => {
        counts.uploads = counts.readbacks = 0;
        const t0 = performance.now();
        const info = await tf.profile(work as Parameters<typeof tf.profile>[0]);
        return { kernels: info.kernels.length, uploads: counts.uploads, readbacks: counts.readbacks, ms: performance.now() - t0 };
      };
      const train = await measure(() => t.train(steps));
      const snapshot = await measure(() => t.snapshot());
      const per = (x: number) => +(x / steps).toFixed(2);
      return {
        backend: this.backend ?? '?',
        step: { kernels: per(train.kernels), uploads: per(train.uploads), readbacks: per(train.readbacks), ms: per(train.ms) },
        snapshot
      };
    } finally {
      undo.forEach((u) => u());
    }
  }

  private need() {
    if (!this.trainer) throw new Error('trainer not initialised');
    return this.trainer;
  }
}
