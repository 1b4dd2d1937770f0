import { createCurriculumRace, type CurriculumParams } from '$lib/ml/curriculum';

export default function create(params: CurriculumParams, seed: number) {
  return createCurriculumRace(params, seed);
}
