import { createL1L2Trainer, type L1L2Params } from '$lib/ml/regression/trainer';

/** Schema values (view, huber and seed are for the views / the runner) plus dragged points. */
export default function create(params: L1L2Params, seed: number) {
  return createL1L2Trainer(params, seed);
}
