import { definePresets } from '$lib/params/schema';
import { params } from './params';

const shared = { dataset: 'ring', weightClip: 0.01, dSteps: 5, lrG: 2e-3, lrD: 2e-3 } as const;

export const presets = definePresets(params, {
  // The paper's lambda 10 and clip 0.01: GP's norms sit at 1, the clipped critic's near 0.
  'side-by-side': {
    label: { en: 'Three critics side by side', 'zh-Hant': '三種評論器並排比較' },
    predict: {
      question: { en: "On points between real and fake samples, whose critic keeps its gradient norm near 1?", 'zh-Hant': "在真實與生成樣本之間的內插點上，哪一個評論器的梯度範數維持在 1 附近？" },
      choices: { gp: { en: "WGAN-GP", 'zh-Hant': "WGAN-GP" }, clip: { en: "WGAN with weight clipping", 'zh-Hant': "使用權重裁剪的 WGAN" }, vanilla: { en: "The vanilla GAN", 'zh-Hant': "原始 GAN" } },
      answer: "gp",
      why: { en: "The gradient penalty adds λ(‖∇D‖ − 1)² on interpolates, so the critic is pushed toward norm 1 exactly there; clipping the weights only bounds the norm loosely, and the vanilla discriminator's norms drift freely. The tests compare the three runs over three seeds.", 'zh-Hant': "梯度懲罰在內插點上加上 λ(‖∇D‖ − 1)²，正好在那裡把評論器的梯度範數推向 1；權重裁剪只能粗略限制範數，原始判別器的範數則任意漂移。測試在三個種子上比較這三個訓練。" },
      revealAt: 40
    },
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
