import { createScheduleRace, type RaceParams } from '$lib/ml/schedule-race';

export default function create(params: RaceParams, seed: number) {
  return createScheduleRace(params, seed);
}
