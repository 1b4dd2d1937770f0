import { createOverfittingGenerative, type OverfitParams } from '$lib/ml/overfitting-generative';

export default function create(params: OverfitParams, seed: number) {
  return createOverfittingGenerative(params, seed);
}
