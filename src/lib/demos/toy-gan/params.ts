import { defineParams } from '$lib/params/schema';

/**
 * The toy GAN's controls. Keys match GanParams in src/lib/ml/gan/config.ts (the reader's
 * drawn points for dataset 'custom' travel separately, as `customPoints`).
 * Defaults are the `balanced-rates` setup, which covers the 8-Gaussian ring.
 */
export const params = defineParams({
  dataset: {
    kind: 'choice',
    options: ['ring', 'grid', 'moons', 'gaussian', 'custom'],
    default: 'ring',
    label: { en: 'Real data', 'zh-Hant': '真實資料' },
    optionLabels: {
      ring: { en: 'Ring of 8 Gaussians', 'zh-Hant': '8 個高斯分布排成的環' },
      grid: { en: '5 × 5 grid of Gaussians', 'zh-Hant': '5 × 5 高斯網格' },
      moons: { en: 'Two moons', 'zh-Hant': '雙月形' },
      gaussian: { en: 'Single Gaussian', 'zh-Hant': '單一高斯分布' },
      custom: { en: 'Draw your own', 'zh-Hant': '自己畫' }
    }
  },
  loss: {
    kind: 'choice',
    options: ['standard', 'nonsaturating', 'lsgan', 'wgan-gp'],
    default: 'nonsaturating',
    label: { en: 'Loss', 'zh-Hant': '損失函數' },
    optionLabels: {
      standard: { en: 'Minimax (original)', 'zh-Hant': '極小極大（原始版）' },
      nonsaturating: { en: 'Non-saturating', 'zh-Hant': '非飽和' },
      lsgan: { en: 'Least squares (LSGAN)', 'zh-Hant': '最小平方（LSGAN）' },
      'wgan-gp': { en: 'Wasserstein + gradient penalty (WGAN-GP)', 'zh-Hant': 'Wasserstein＋梯度懲罰（WGAN-GP）' }
    }
  },
  optimizer: {
    kind: 'choice',
    options: ['sgd', 'adam', 'rmsprop'],
    default: 'adam',
    label: { en: 'Optimizer', 'zh-Hant': '最佳化器' },
    optionLabels: {
      sgd: { en: 'SGD', 'zh-Hant': '隨機梯度下降（SGD）' },
      adam: { en: 'Adam', 'zh-Hant': 'Adam' },
      rmsprop: { en: 'RMSProp', 'zh-Hant': 'RMSProp' }
    }
  },
  lrG: {
    kind: 'log', min: 1e-4, max: 0.5, default: 2e-3, apply: 'live',
    label: { en: 'Generator learning rate', 'zh-Hant': '生成器學習率' }
  },
  lrD: {
    kind: 'log', min: 1e-4, max: 0.5, default: 1e-2, apply: 'live',
    label: { en: 'Discriminator learning rate', 'zh-Hant': '判別器學習率' }
  },
  dSteps: {
    kind: 'int', min: 1, max: 10, default: 1, apply: 'live',
    label: { en: 'Discriminator steps per generator step', 'zh-Hant': '生成器每更新一次，判別器更新幾次' }
  },
  noiseDim: {
    kind: 'int', min: 1, max: 16, default: 2,
    label: { en: 'Noise dimensions', 'zh-Hant': '雜訊維度' }
  },
  gHidden: {
    kind: 'int', min: 2, max: 64, default: 16,
    label: { en: 'Generator width', 'zh-Hant': '生成器隱藏層寬度' }
  },
  dHidden: {
    kind: 'int', min: 2, max: 64, default: 32,
    label: { en: 'Discriminator width', 'zh-Hant': '判別器隱藏層寬度' }
  },
  gLayers: {
    kind: 'int', min: 1, max: 4, default: 2,
    label: { en: 'Generator hidden layers', 'zh-Hant': '生成器隱藏層數' }
  },
  dLayers: {
    kind: 'int', min: 1, max: 4, default: 2,
    label: { en: 'Discriminator hidden layers', 'zh-Hant': '判別器隱藏層數' }
  },
  batch: {
    kind: 'int', min: 8, max: 256, default: 64,
    label: { en: 'Batch size', 'zh-Hant': '批次大小' }
  },
  gpLambda: {
    kind: 'log', min: 0.01, max: 100, default: 1, apply: 'live',
    label: { en: 'Gradient penalty λ (WGAN-GP)', 'zh-Hant': '梯度懲罰係數 λ（WGAN-GP）' }
  },
  minibatchStd: {
    kind: 'boolean', default: false,
    label: { en: 'Minibatch-std feature for the discriminator', 'zh-Hant': '判別器加上小批次標準差特徵' },
    help: {
      en: 'Gives the discriminator the spread of the whole batch, so a batch of look-alike fakes stands out.',
      'zh-Hant': '讓判別器看到整個批次的分散程度，一批長得太像的假樣本就會露出破綻。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
