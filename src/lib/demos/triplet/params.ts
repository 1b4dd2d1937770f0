import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  margin: {
    kind: 'number', min: 0, max: 4, step: 0.05, default: 1, apply: 'live',
    label: { en: 'Margin', 'zh-Hant': '邊界距離（margin）' },
    help: {
      en: 'How much farther the negative must be than the positive before a triplet costs nothing. The embedding lives in a disc of diameter 2.',
      'zh-Hant': '負樣本必須比正樣本遠多少，三元組的損失才會變成零。嵌入空間是一個直徑為 2 的圓盤。'
    }
  },
  mining: {
    kind: 'choice', options: ['random', 'semi-hard', 'hard'], default: 'semi-hard', apply: 'live',
    label: { en: 'Triplet mining', 'zh-Hant': '三元組挖掘' },
    optionLabels: {
      random: { en: 'Random', 'zh-Hant': '隨機' },
      'semi-hard': { en: 'Semi-hard', 'zh-Hant': '半困難' },
      hard: { en: 'Hard (batch-hard)', 'zh-Hant': '困難（批次最難）' }
    }
  },
  distance: {
    kind: 'choice', options: ['euclidean', 'squared'], default: 'euclidean',
    label: { en: 'Distance', 'zh-Hant': '距離' },
    optionLabels: {
      euclidean: { en: 'Euclidean', 'zh-Hant': '歐氏距離' },
      squared: { en: 'Squared Euclidean', 'zh-Hant': '歐氏距離平方' }
    }
  },
  compare: {
    kind: 'boolean', default: false,
    label: { en: 'Train a second copy with another margin', 'zh-Hant': '以另一個邊界距離同時訓練第二份模型' }
  },
  compareMargin: {
    kind: 'number', min: 0, max: 4, step: 0.05, default: 0.1, apply: 'live',
    label: { en: 'Margin of the second copy', 'zh-Hant': '第二份模型的邊界距離' }
  },
  lr: {
    kind: 'log', min: 0.001, max: 0.3, default: 0.03, apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
