import { createTripletTrainer, type TripletParams } from '$lib/ml/triplet/trainer';

/** Schema values (seed is the runner's) plus the anchor the reader picked, if any. */
export default function create(params: TripletParams, seed: number) {
  return createTripletTrainer(params, seed);
}
