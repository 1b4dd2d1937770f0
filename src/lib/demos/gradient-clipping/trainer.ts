import { createCliffRace, type CliffParams } from '$lib/ml/cliff';

export default function create(params: CliffParams, seed: number) {
  return createCliffRace(params, seed);
}
