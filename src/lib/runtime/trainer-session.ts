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
  /** WebGL only: shader programs run (kernels plus tfjs's hidden pack, unpack and reshape programs). */
  programs?: number;
  /** The most frequent kernels, name: count per step (the bench prints them with --kernels). */
  top: Record<string, number>;
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
   * What one training step and one snapshot cost on this backend: kernels run (counted by
   * tf.profile), uploads (tensors made from JS values: the engine's makeTensor, scalars
   * included), read-backs (the backend's read / readSync) and wall time per step. Uploads,
   * read-backs and time come from a run outside tf.profile: the profiler itself reads back
   * every kernel's output where the GL has no timer query (Chromium's default software GL),
   * which would count its own read-backs and time. After a warm-up call of each (shader
   * compilation). For `npm run bench` (issue 12).
   */
  private async profile(steps: number): Promise<ProfileResult> {
    const tf = this.tf!;
    const t = this.need();
    const hook = <K extends string>(obj: Record<K, unknown>, names: K[], count: () => void) => {
      const undo = names.map((name) => {
        const orig = obj[name];
        if (typeof orig !== 'function') return () => {};
        obj[name] = ((...a: unknown[]) => (count(), (orig as (...x: unknown[]) => unknown).apply(obj, a))) as never;
        return () => (obj[name] = orig as never);
      });
      return () => undo.forEach((u) => u());
    };
    const measure = async (work: () => Promise<unknown>, per: number): Promise<ProfileCost> => {
      const counts = { uploads: 0, readbacks: 0, programs: 0 };
      const backend = tf.backend() as unknown as Record<string, unknown>;
      const undo = [
        hook(tf.engine() as unknown as Record<string, unknown>, ['makeTensor'], () => counts.uploads++),
        hook(backend, ['read', 'readSync'], () => counts.readbacks++),
        hook(backend, ['runWebGLProgram'], () => counts.programs++)
      ];
      const t0 = performance.now();
      try {
        await work();
      } finally {
        undo.forEach((u) => u());
      }
      const ms = performance.now() - t0;
      const info = await tf.profile(work as Parameters<typeof tf.profile>[0]);
      const r = (x: number) => +(x / per).toFixed(2);
      const byName = new Map<string, number>();
      for (const k of info.kernels) byName.set(k.name, (byName.get(k.name) ?? 0) + 1);
      const top = Object.fromEntries([...byName].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => [k, r(n)]));
      const programs = typeof backend.runWebGLProgram === 'function' ? { programs: r(counts.programs) } : {};
      return { kernels: r(info.kernels.length), uploads: r(counts.uploads), readbacks: r(counts.readbacks), ms: r(ms), ...programs, top };
    };
    // Warm up first: WebGL compiles a shader program for each new kernel and shape.
    await t.train(steps);
    await t.snapshot();
    return {
      backend: this.backend ?? '?',
      step: await measure(() => t.train(steps), steps),
      snapshot: await measure(() => t.snapshot(), 1)
    };
  }

  private need() {
    if (!this.trainer) throw new Error('trainer not initialised');
    return this.trainer;
  }
}
