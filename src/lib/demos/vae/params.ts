/**
 * Hyperparameters of the tiny-VAE demo (gen-03), each declared once: the control panel,
 * the URL codec and preset validation are generated from this schema.
 */
import { defineParams } from '../../params/schema';

export const vaeParams = defineParams({
  beta: {
    kind: 'number',
    min: 0,
    max: 8,
    step: 0.1,
    default: 1,
    apply: 'live',
    label: { en: 'β (weight of the KL term)', 'zh-Hant': 'β（KL 項的權重）' },
    help: {
      en: 'β = 1 is the true ELBO; β = 0 is a plain autoencoder with noise; larger β pulls the latent codes toward N(0, I).',
      'zh-Hant': 'β = 1 即真正的 ELBO；β = 0 相當於加了雜訊的一般自動編碼器；β 越大，潛在編碼越被拉向 N(0, I)。'
    }
  },
  lr: {
    kind: 'log',
    min: 1e-4,
    max: 5e-2,
    default: 1e-2,
    apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  },
  hidden: {
    kind: 'int',
    min: 16,
    max: 256,
    step: 16,
    default: 64,
    label: { en: 'Hidden units', 'zh-Hant': '隱藏層單元數' },
    help: {
      en: 'Width of the hidden layer in the encoder and in the decoder.',
      'zh-Hant': '編碼器與解碼器中隱藏層的寬度。'
    }
  },
  batch: {
    kind: 'int',
    min: 8,
    max: 256,
    step: 8,
    default: 32,
    label: { en: 'Batch size', 'zh-Hant': '批次大小' }
  },
  seed: {
    kind: 'seed',
    default: 1,
    label: { en: 'Random seed', 'zh-Hant': '隨機種子' }
  }
});

export type VaeSchema = typeof vaeParams;
