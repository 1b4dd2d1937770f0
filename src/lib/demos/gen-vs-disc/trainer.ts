import { createGenVsDisc, type GenDiscParams } from '$lib/ml/gen-vs-disc';

export default function create(params: GenDiscParams, seed: number) {
  return createGenVsDisc(params, seed);
}
