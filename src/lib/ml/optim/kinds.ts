/**
 * The optimiser kinds, their options and defaults, without tfjs (so views and plain-number
 * code can import them). The tfjs optimisers are in optimizers.ts, their float64 twins in rules.ts.
 */

/** The optimisers the GAN demos offer (kept as they were: their schema lists exactly these). */
export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];
/** Every optimiser, sharing one interface. */
export const ALL_OPTIMIZERS = ['sgd', 'momentum', 'rmsprop', 'adam', 'adamw'] as const;
export type AnyOptimizerKind = (typeof ALL_OPTIMIZERS)[number];

export interface OptimizerOptions {
  beta1?: number;
  beta2?: number;
  rho?: number;
  epsilon?: number;
  /** Momentum coefficient mu (momentum only). */
  momentum?: number;
  /** adamw: decoupled decay lambda; others: coupled L2 added to the gradient. */
  weightDecay?: number;
}

/** The defaults each kind uses for the options it reads. */
export function optimizerDefaults(kind: AnyOptimizerKind): Required<OptimizerOptions> {
  const base = { beta1: 0.9, beta2: 0.999, rho: 0.9, epsilon: 1e-8, momentum: 0.9, weightDecay: 0 };
  if (kind === 'adam') return { ...base, beta1: 0.5 };
  if (kind === 'adamw') return { ...base, weightDecay: 0.01 };
  return base;
}

/** Defaults overlaid with the options that are given (undefined ones ignored). */
export function resolveOptions(kind: AnyOptimizerKind, opts: OptimizerOptions = {}): Required<OptimizerOptions> {
  const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
  return { ...optimizerDefaults(kind), ...given };
}
