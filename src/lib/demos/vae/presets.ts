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
    predict: {
      question: { en: "With a large β, what happens to the latent scatter and to the reconstructions?", 'zh-Hant': "β 很大時，潛在空間的散布與重建會怎樣？" },
      choices: { pulled: { en: "Latents gather toward N(0, I); reconstructions get worse", 'zh-Hant': "潛在點聚向 N(0, I)；重建變差" }, scattered: { en: "Latents stay scattered; reconstructions get sharper", 'zh-Hant': "潛在點仍然四散；重建更清晰" } },
      answer: "pulled",
      why: { en: "β weighs the KL term against reconstruction: a large β makes staying close to the prior cheaper than describing each image, so the KL drops and the latents crowd toward N(0, I) while reconstructions blur (asserted against β = 0 over three seeds).", 'zh-Hant': "β 權衡 KL 項與重建誤差：β 很大時，貼近先驗比描述每張影像更划算，所以 KL 下降、潛在點擠向 N(0, I)，重建則變模糊（測試在三個種子上與 β = 0 比較）。" },
      revealAt: 200
    },
    values: { beta: 6 }
  }
});
