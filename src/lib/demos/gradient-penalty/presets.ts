import { definePresets } from '$lib/params/schema';
import { params } from './params';

const shared = { dataset: 'ring', weightClip: 0.01, dSteps: 5, lrG: 2e-3, lrD: 2e-3 } as const;

export const presets = definePresets(params, {
  // The paper's lambda 10 and clip 0.01: GP's norms sit at 1, the clipped critic's near 0.
  'side-by-side': {
    label: { en: 'Three critics side by side', 'zh-Hant': '三種評論器並排比較' },
    values: { ...shared, gpLambda: 10 }
  },
  // No penalty: WGAN-GP becomes an unconstrained critic whose gradients grow without bound.
  'lambda-zero': {
    label: { en: 'λ = 0: no penalty', 'zh-Hant': 'λ = 0：不加懲罰' },
    values: { ...shared, gpLambda: 0 }
  },
  'big-lambda': {
    label: { en: 'Large λ: norms cling to 1', 'zh-Hant': 'λ 很大：範數緊貼 1' },
    values: { ...shared, gpLambda: 100 }
  }
});
