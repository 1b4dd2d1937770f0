/** Messages between a TrainerHost on the page and the training worker. */
import type { Metrics } from '$lib/ml/core/trainer';
import type { BackendName, BackendResult } from './backend';

export type Request =
  | { kind: 'init'; demo: string; params: Record<string, unknown>; seed: number; backend: BackendName; wasmBase: string }
  | { kind: 'train'; steps: number }
  | { kind: 'snapshot' }
  | { kind: 'set'; params: Record<string, unknown> }
  | { kind: 'memory' }
  /** Bench hook: kernels, uploads and read-backs of `steps` training steps, then of one snapshot. */
  | { kind: 'profile'; steps: number }
  /** Test hooks: lose the WebGL context to prove the fallback. */
  | { kind: 'debug'; action: 'lose-context' }
  | { kind: 'dispose' };

export type Reply =
  | { ok: true; value: BackendResult | Metrics | unknown | number | null }
  | { ok: false; error: string };

export interface Envelope<T> {
  id: number;
  body: T;
}
