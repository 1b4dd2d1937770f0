import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'curriculum-vs-shuffled': {
    label: { en: 'Curriculum vs shuffled', 'zh-Hant': '課程學習 vs 隨機順序' },
    values: { order: 'easy-first', startShare: 0.3, paceSteps: 400, totalSteps: 600, lr: 0.25, batch: 32, noise: 3, target: 0.03 }
  },
  'anti-curriculum': {
    label: { en: 'Anti-curriculum (hard first)', 'zh-Hant': '反課程（先難後易）' },
    values: { order: 'hard-first', startShare: 0.3, paceSteps: 400, totalSteps: 600, lr: 0.25, batch: 32, noise: 3, target: 0.03 }
  }
});
