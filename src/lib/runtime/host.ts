/**
 * Where a trainer runs: in a Web Worker (default: the page never janks) or, where workers
 * are unavailable, on the main thread in small slices. Both expose the same calls.
 */
import type { Metrics } from '$lib/ml/core/trainer';
import type { BackendName, BackendResult } from './backend';
import type { Envelope, Reply, Request } from './protocol';

export interface TrainerHost {
  readonly where: 'worker' | 'main';
  init(demo: string, params: Record<string, unknown>, seed: number, backend: BackendName, wasmBase: string): Promise<BackendResult>;
  train(steps: number): Promise<Metrics>;
  snapshot<S>(): Promise<S>;
  setParams(params: Record<string, unknown>): Promise<void>;
  numTensors(): Promise<number>;
  loseContext(): Promise<unknown>;
  profile(steps: number): Promise<unknown>;
  dispose(): Promise<void>;
  terminate(): void;
}

/** The calls every host shares; a host only says how a request reaches the session. */
abstract class BaseHost implements TrainerHost {
  abstract readonly where: 'worker' | 'main';
  protected abstract call<T>(req: Request): Promise<T>;
  abstract terminate(): void;

  init(demo: string, params: Record<string, unknown>, seed: number, backend: BackendName, wasmBase: string) {
    return this.call<BackendResult>({ kind: 'init', demo, params: plain(params), seed, backend, wasmBase });
  }
  train(steps: number) {
    return this.call<Metrics>({ kind: 'train', steps });
  }
  snapshot<S>() {
    return this.call<S>({ kind: 'snapshot' });
  }
  async setParams(params: Record<string, unknown>) {
    await this.call({ kind: 'set', params: plain(params) });
  }
  numTensors() {
    return this.call<number>({ kind: 'memory' });
  }
  loseContext() {
    return this.call<unknown>({ kind: 'debug', action: 'lose-context' });
  }
  profile(steps: number) {
    return this.call<unknown>({ kind: 'profile', steps });
  }
  async dispose() {
    await this.call({ kind: 'dispose' });
  }
}

/** Plain-object copy (drops Svelte proxies) so values can be posted to a worker. */
function plain(o: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(o));
}

class WorkerHost extends BaseHost {
  readonly where = 'worker' as const;
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor() {
    super();
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (ev: MessageEvent<Envelope<Reply>>) => {
      const p = this.pending.get(ev.data.id);
      if (!p) return;
      this.pending.delete(ev.data.id);
      const body = ev.data.body;
      if (body.ok) p.resolve(body.value);
      else p.reject(new Error(body.error));
    };
    this.worker.onerror = (ev) => {
      const err = new Error(ev.message || 'worker error');
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
  }

  protected call<T>(body: Request): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, body });
    });
  }

  terminate() {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('terminated'));
    this.pending.clear();
  }
}

class MainThreadHost extends BaseHost {
  readonly where = 'main' as const;
  private session = import('./trainer-session').then((m) => new m.TrainerSession());

  protected async call<T>(req: Request): Promise<T> {
    return (await (await this.session).handle(req)) as T;
  }
  terminate() {
    void this.dispose().catch(() => {});
  }
}

export function createHost(prefer: 'worker' | 'main' = 'worker'): TrainerHost {
  if (prefer === 'worker' && typeof Worker !== 'undefined') {
    try {
      return new WorkerHost();
    } catch {
      /* fall through to the main thread */
    }
  }
  return new MainThreadHost();
}
