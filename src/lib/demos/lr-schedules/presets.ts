import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  compare: {
    label: { en: 'Compare all six', 'zh-Hant': '比較六種排程' },
    values: { lr: 0.3, totalSteps: 300, warmup: 60, batch: 8 }
  },
  'too-high-constant': {
    label: { en: 'Too high a constant rate', 'zh-Hant': '固定學習率過高' },
    values: { lr: 0.4, totalSteps: 300, warmup: 60, batch: 8 }
  },
  'warmup-cosine': {
    label: { en: 'Warmup rescues a high rate', 'zh-Hant': '暖身拯救高學習率' },
    values: { lr: 0.4, totalSteps: 300, warmup: 100, batch: 8 }
  }
});
