import { defineParams } from '$lib/params/schema';
import { FEATURE_LAYERS } from '$lib/ml/multimodal/feature-layers';

export const params = defineParams({
  netSteps: {
    kind: 'int', min: 20, max: 600, step: 10, default: 150,
    label: { en: 'Steps training the feature net', 'zh-Hant': '訓練特徵網路的步數' },
    help: {
      en: 'The conv net first learns to name each scene\'s colour and shape; after these steps the two images start being optimised.',
      'zh-Hant': '卷積網路先學會說出每個場景的顏色與形狀；過了這些步數，兩張影像才開始被最佳化。'
    }
  },
  layer: {
    kind: 'choice', options: FEATURE_LAYERS, default: 'pooled',
    label: { en: 'Feature layer', 'zh-Hant': '特徵層' },
    optionLabels: {
      maps: { en: 'Both maps, pooled', 'zh-Hant': '兩層特徵圖（池化）' },
      pooled: { en: 'Second map, max-pooled', 'zh-Hant': '第二層特徵圖（最大池化）' },
      logits: { en: 'Class scores', 'zh-Hant': '類別分數' }
    }
  },
  shift: { kind: 'int', min: 1, max: 4, default: 1, label: { en: 'Shift (pixels)', 'zh-Hant': '平移（像素）' } },
  blur: { kind: 'number', min: 0.5, max: 3, step: 0.25, default: 1.5, label: { en: 'Blur σ (pixels)', 'zh-Hant': '模糊 σ（像素）' } },
  noise: { kind: 'number', min: 0.02, max: 0.4, step: 0.02, default: 0.1, label: { en: 'Noise σ', 'zh-Hant': '雜訊 σ' } },
  lr: { kind: 'log', min: 0.005, max: 0.3, default: 0.05, apply: 'live', label: { en: 'Image learning rate (Adam)', 'zh-Hant': '影像學習率（Adam）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
