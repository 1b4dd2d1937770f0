import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'triplet-basics': {
    label: { en: 'Triplet loss basics', 'zh-Hant': '三元組損失入門' },
    values: { margin: 1, mining: 'semi-hard', distance: 'euclidean', compare: false }
  },
  'small-vs-large-margin': {
    label: { en: 'Small vs large margin, side by side', 'zh-Hant': '小間隔與大間隔並排比較' },
    values: { margin: 1.5, compareMargin: 0.1, compare: true, mining: 'semi-hard', distance: 'euclidean' }
  },
  'margin-zero': {
    label: { en: 'Margin zero: "just farther" is enough', 'zh-Hant': '間隔為零：只要「比較遠」就夠了' },
    values: { margin: 0, mining: 'random', distance: 'euclidean', compare: false }
  },
  'oversized-margin': {
    label: { en: 'A margin too large to ever meet', 'zh-Hant': '永遠達不到的過大間隔' },
    values: { margin: 3, mining: 'hard', distance: 'euclidean', compare: false }
  }
});
