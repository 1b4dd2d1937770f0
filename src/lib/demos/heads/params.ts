/** Controls of the multi-head attention demo (llm-09). */
import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  heads: {
    kind: 'choice', options: ['2', '4'], default: '2',
    label: { en: 'Heads in the multi-head copy', 'zh-Hant': '多頭副本的注意力頭數' },
    optionLabels: { '2': { en: '2 heads', 'zh-Hant': '2 個頭' }, '4': { en: '4 heads', 'zh-Hant': '4 個頭' } },
    help: {
      en: 'The other copy has one head. Both have the same width d_model: more heads means narrower heads.',
      'zh-Hant': '另一份副本只有一個頭。兩者寬度 d_model 相同：頭越多，每個頭越窄。'
    }
  },
  dModel: {
    kind: 'int', min: 8, max: 32, step: 8, default: 16,
    label: { en: 'Width d_model (both copies)', 'zh-Hant': '寬度 d_model（兩份副本相同）' }
  },
  symbols: {
    kind: 'int', min: 3, max: 6, default: 4,
    label: { en: 'Symbols', 'zh-Hant': '符號種類數' }
  },
  length: {
    kind: 'int', min: 4, max: 8, default: 6,
    label: { en: 'Ring length', 'zh-Hant': '環的長度' }
  },
  lr: {
    kind: 'log', min: 0.003, max: 0.1, default: 0.03, apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  },
  example: {
    kind: 'int', min: 1, max: 64, default: 1, apply: 'live',
    label: { en: 'Held-out example shown', 'zh-Hant': '顯示的保留範例' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
