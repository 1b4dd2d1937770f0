import { defineParams } from '$lib/params/schema';

/** gen-12's controls. The three GANs share data, networks, seed and learning rates. */
export const params = defineParams({
  dataset: {
    kind: 'choice',
    options: ['ring', 'grid', 'moons', 'gaussian'],
    default: 'ring',
    label: { en: 'Real data', 'zh-Hant': '真實資料' },
    optionLabels: {
      ring: { en: 'Ring of 8 Gaussians', 'zh-Hant': '8 個高斯分布排成的環' },
      grid: { en: '5 × 5 grid of Gaussians', 'zh-Hant': '5 × 5 高斯網格' },
      moons: { en: 'Two moons', 'zh-Hant': '雙月形' },
      gaussian: { en: 'Single Gaussian', 'zh-Hant': '單一高斯分布' }
    }
  },
  gpLambda: {
    kind: 'number', min: 0, max: 100, step: 0.5, default: 10, apply: 'live',
    label: { en: 'Gradient penalty weight λ (WGAN-GP)', 'zh-Hant': '梯度懲罰權重 λ（WGAN-GP）' },
    help: {
      en: 'How hard WGAN-GP pulls the critic’s gradient norm on interpolates toward 1. The paper uses 10; 0 leaves the critic unconstrained.',
      'zh-Hant': 'WGAN-GP 把評論器在內插點上的梯度範數拉向 1 的力道。論文用 10；設為 0 時評論器完全不受約束。'
    }
  },
  weightClip: {
    kind: 'log', min: 0.001, max: 1, default: 0.01, apply: 'live',
    label: { en: 'Weight clip c (WGAN)', 'zh-Hant': '權重裁剪值 c（WGAN）' },
    help: {
      en: 'After every critic step each critic weight is clamped to [−c, c]. The original WGAN uses 0.01.',
      'zh-Hant': '評論器每更新一次，每個權重都被截斷到 [−c, c]。原始 WGAN 用 0.01。'
    }
  },
  dSteps: {
    kind: 'int', min: 1, max: 10, default: 5, apply: 'live',
    label: { en: 'Critic steps per generator step', 'zh-Hant': '生成器每更新一次，評論器更新幾次' }
  },
  lrG: {
    kind: 'log', min: 1e-4, max: 0.05, default: 2e-3, apply: 'live',
    label: { en: 'Generator learning rate', 'zh-Hant': '生成器學習率' }
  },
  lrD: {
    kind: 'log', min: 1e-4, max: 0.05, default: 2e-3, apply: 'live',
    label: { en: 'Critic / discriminator learning rate', 'zh-Hant': '評論器／判別器學習率' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
