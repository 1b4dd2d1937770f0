import { createLimitedData, type LimitedParams } from '$lib/ml/limited-data';

export default function create(params: LimitedParams, seed: number) {
  return createLimitedData(params, seed);
}
