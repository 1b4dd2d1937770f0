import { definePresets } from '$lib/params/schema';
import { GAN_LAB_RING } from '$lib/ml/gan/config';
import { params } from './params';

/** The small setup the mode-collapse presets share (only rates and toggles differ). */
const ring = {
  dataset: 'ring',
  loss: 'nonsaturating',
  optimizer: 'adam',
  dSteps: 1,
  noiseDim: 2,
  gHidden: 16,
  dHidden: 32,
  gLayers: 2,
  dLayers: 2,
  batch: 64,
  minibatchStd: false
} as const;

// The seed stays the reader's; everything else is GAN Lab's (src/lib/ml/gan/config.ts).
const { seed: _seed, ...ganLab } = GAN_LAB_RING;

export const presets = definePresets(params, {
  // G learns 6x faster than D: D cannot keep up, so G piles every sample wherever D
  // currently says "real" and hops from mode to mode.
  collapse: {
    label: { en: 'Watch it collapse', 'zh-Hant': '看它模式崩潰' },
    predict: {
      question: { en: "How many of the 8 modes will the plain GAN cover after 400 iterations?", 'zh-Hant': "400 次迭代後，原始 GAN 會涵蓋 8 個模式中的幾個？" },
      choices: { few: { en: "Three or fewer", 'zh-Hant': "三個以下" }, all: { en: "All 8", 'zh-Hant': "全部 8 個" } },
      answer: "few",
      why: { en: "With these learning rates the generator outruns the discriminator and piles its samples on the few modes the discriminator rates most real: the modes-covered counter stays at three or fewer in at least four of five seeds. Try a remedy with the same seed.", 'zh-Hant': "在這組學習率下，生成器跑得比判別器快，把樣本堆在判別器最認為「真實」的少數模式上：至少五個種子中的四個，模式覆蓋數停在三個以下。用同一個種子試試補救方法。" },
      revealAt: 400
    },
    values: { ...ring, lrG: 3e-3, lrD: 5e-4 }
  },
  // The remedy the tests assert: D learns 5x faster than G and keeps spreading G out.
  'balanced-rates': {
    label: { en: 'Balanced learning rates', 'zh-Hant': '平衡學習率' },
    values: { ...ring, lrG: 2e-3, lrD: 1e-2 }
  },
  // Collapse's rates with the minibatch-std feature on: a partial remedy.
  'minibatch-std': {
    label: { en: 'Collapse + minibatch-std feature', 'zh-Hant': '崩潰設定＋小批次標準差特徵' },
    values: { ...ring, lrG: 3e-3, lrD: 5e-4, minibatchStd: true }
  },
  'wgan-gp': {
    label: { en: 'WGAN-GP (gradient penalty)', 'zh-Hant': 'WGAN-GP（梯度懲罰）' },
    values: { ...ring, loss: 'wgan-gp', lrG: 2e-3, lrD: 2e-3, dSteps: 5, gpLambda: 1 }
  },
  // Balanced rates with a wider generator: sharper modes (8 of 8 by 500 iterations in the seeds tried).
  stable: {
    label: { en: 'Stable training', 'zh-Hant': '穩定訓練' },
    values: { ...ring, lrG: 2e-3, lrD: 1e-2, gHidden: 32 }
  },
  // Slow plain SGD on two moons: D's map and G's arrows change slowly enough to follow.
  'watch-the-game': {
    label: { en: 'Watch the game', 'zh-Hant': '觀看這場賽局' },
    values: { ...ring, dataset: 'moons', optimizer: 'sgd', lrG: 0.02, lrD: 0.05 }
  },
  'single-gaussian': {
    label: { en: 'Single Gaussian', 'zh-Hant': '單一高斯分布' },
    values: { ...ring, dataset: 'gaussian', lrG: 2e-3, lrD: 1e-2 }
  },
  'gan-lab-ring': {
    label: { en: "GAN Lab's setup on the ring", 'zh-Hant': 'GAN Lab 的環形設定' },
    values: ganLab
  }
});
