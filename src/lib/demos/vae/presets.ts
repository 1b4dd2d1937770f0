/** Named starting points for the tiny-VAE demo; the answer text can open the demo in one. */
import { definePresets } from '../../params/schema';
import { vaeParams } from './params';

export const presets = definePresets(vaeParams, {
  basics: {
    label: { en: 'Basics: β = 1 (the ELBO)', 'zh-Hant': '基本設定：β = 1（即 ELBO）' },
    values: { beta: 1, lr: 1e-2, hidden: 64, batch: 32 }
  },
  'beta-zero': {
    label: { en: 'β = 0: a plain autoencoder, latents scatter', 'zh-Hant': 'β = 0：一般自動編碼器，潛在點四散' },
    values: { beta: 0 }
  },
  'beta-high': {
    label: { en: 'Large β: latents pulled toward N(0, I)', 'zh-Hant': '大 β：潛在點被拉向 N(0, I)' },
    values: { beta: 6 }
  }
});
