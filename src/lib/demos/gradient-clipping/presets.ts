import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  cliff: {
    label: { en: 'The cliff: three runs', 'zh-Hant': '懸崖：三種做法並排' },
    values: { lr: 0.1, threshold: 1, show: 'all', startX: -3, startY: 2, noise: 0.1, steps: 200 }
  },
  'no-clip': {
    label: { en: 'No clipping', 'zh-Hant': '不裁剪' },
    values: { lr: 0.1, threshold: 1, show: 'none', startX: -3, startY: 2, noise: 0.1, steps: 200 }
  },
  'by-value': {
    label: { en: 'Clip by value bends the step', 'zh-Hant': '依數值裁剪會改變方向' },
    values: { lr: 0.1, threshold: 0.3, show: 'value', startX: -3, startY: 2, noise: 0.1, steps: 200 }
  },
  'tight-threshold': {
    label: { en: 'Threshold too tight', 'zh-Hant': '門檻太緊' },
    values: { lr: 0.1, threshold: 0.2, show: 'all', startX: -3, startY: 2, noise: 0.1, steps: 300 }
  }
});
