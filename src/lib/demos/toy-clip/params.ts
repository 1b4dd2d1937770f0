/** toy-clip's controls: the data (language, caption noise, skew), the training, the typed prompts. */
import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  lang: {
    kind: 'choice',
    options: ['both', 'en', 'zh-Hant'],
    default: 'both',
    label: { en: 'Caption language', 'zh-Hant': '描述文字語言' },
    optionLabels: {
      both: { en: 'Both (half and half)', 'zh-Hant': '兩種各半' },
      en: { en: 'English only', 'zh-Hant': '只有英文' },
      'zh-Hant': { en: 'Chinese only', 'zh-Hant': '只有中文' }
    }
  },
  noise: {
    kind: 'number', min: 0, max: 0.8, step: 0.05, default: 0,
    label: { en: 'Mismatched captions', 'zh-Hant': '不相符描述文字比例' },
    help: {
      en: 'Share of training pairs whose caption describes another picture (noisy alt-text).',
      'zh-Hant': '訓練配對中，描述文字其實描述另一張圖的比例（就像網路上雜亂的替代文字）。'
    }
  },
  rareRatio: {
    kind: 'log', min: 0.02, max: 1, default: 1,
    label: { en: 'How often the yellow triangle appears (1 = as often as the others)', 'zh-Hant': '黃色三角形出現的相對頻率（1 表示和其他組合一樣多）' },
    help: {
      en: 'Skewed data: the yellow triangle is drawn this many times as often as each other colour-shape combination.',
      'zh-Hant': '偏斜資料：黃色三角形被抽到的機率是其他顏色形狀組合的這個倍數。'
    }
  },
  compare: {
    kind: 'boolean', default: false,
    label: { en: 'Train a clean copy beside it', 'zh-Hant': '同時訓練一份乾淨資料的副本' },
    help: {
      en: 'A second CLIP from the same initial weights on clean, balanced pairs (no noise, no skew).',
      'zh-Hant': '從相同初始權重出發、用乾淨且平衡的配對（無雜訊、無偏斜）訓練的第二個 CLIP。'
    }
  },
  pairs: { kind: 'int', min: 100, max: 1000, default: 400, label: { en: 'Training pairs', 'zh-Hant': '訓練配對數' } },
  batch: { kind: 'int', min: 8, max: 64, default: 24, label: { en: 'Pairs per batch', 'zh-Hant': '每批配對數' } },
  lr: { kind: 'log', min: 0.001, max: 0.05, default: 0.02, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  prompts: {
    kind: 'text', maxLength: 160, apply: 'live',
    default: 'a red circle, a blue square, a green triangle, 黃色圓形, 紅色方形, 藍色三角形',
    label: { en: 'Class captions (comma-separated, either language)', 'zh-Hant': '類別描述文字（以逗號分隔，中英文皆可）' },
    help: {
      en: 'Zero-shot classification: each picture gets the caption whose embedding is nearest. At most 8.',
      'zh-Hant': '零樣本分類：每張圖片歸給嵌入最接近的描述文字。最多 8 個。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
