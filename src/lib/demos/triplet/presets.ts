import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'triplet-basics': {
    label: { en: 'Triplet loss basics', 'zh-Hant': '三元組損失入門' },
    values: { margin: 1, mining: 'semi-hard', distance: 'euclidean', compare: false }
  },
  'small-vs-large-margin': {
    label: { en: 'Small vs large margin, side by side', 'zh-Hant': '小邊界距離與大邊界距離並排比較' },
    values: { margin: 1.5, compareMargin: 0.1, compare: true, mining: 'semi-hard', distance: 'euclidean' }
  },
  'margin-zero': {
    label: { en: 'Margin zero: "just farther" is enough', 'zh-Hant': '邊界距離為零：只要「比較遠」就夠了' },
    values: { margin: 0, mining: 'random', distance: 'euclidean', compare: false }
  },
  'oversized-margin': {
    label: { en: 'A margin too large to ever meet', 'zh-Hant': '大到永遠無法滿足的邊界距離' },
    values: { margin: 3, mining: 'hard', distance: 'euclidean', compare: false }
  }
});
