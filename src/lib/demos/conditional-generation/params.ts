import { defineParams } from '$lib/params/schema';

/**
 * gen-04's controls. Two GANs train together on the same labelled data: a conditional one
 * (G and D see the class) and an unconditional one (labels unused). Which one is shown and
 * which class is asked for are live: both models are ready for every class at once.
 */
export const params = defineParams({
  dataset: {
    kind: 'choice',
    options: ['blobs', 'ring'],
    default: 'blobs',
    label: { en: 'Labelled data', 'zh-Hant': '有標籤的資料' },
    optionLabels: {
      blobs: { en: '3 classes (blobs)', 'zh-Hant': '3 個類別（團塊）' },
      ring: { en: '8 classes (ring of Gaussians)', 'zh-Hant': '8 個類別（高斯環）' }
    }
  },
  conditioning: {
    kind: 'boolean', default: true, apply: 'live',
    label: { en: 'Condition on the class', 'zh-Hant': '以類別為條件' },
    help: {
      en: 'On: the conditional generator makes points of the class you pick. Off: the unconditional generator, trained on the same data without labels.',
      'zh-Hant': '開啟：條件式生成器產生你選的類別。關閉：改看無條件生成器，它用同一份資料訓練，但看不到標籤。'
    }
  },
  pick: {
    kind: 'int', min: 1, max: 8, default: 1, apply: 'live',
    label: { en: 'Class to generate', 'zh-Hant': '要生成的類別' },
    help: { en: 'Classes beyond the data’s count (3 for the blobs) fall back to the last class.', 'zh-Hant': '超過資料類別數（團塊為 3）時，改用最後一個類別。' }
  },
  lrG: {
    kind: 'log', min: 1e-4, max: 0.05, default: 2e-3, apply: 'live',
    label: { en: 'Generator learning rate', 'zh-Hant': '生成器學習率' }
  },
  lrD: {
    kind: 'log', min: 1e-4, max: 0.05, default: 1e-2, apply: 'live',
    label: { en: 'Discriminator learning rate', 'zh-Hant': '判別器學習率' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
