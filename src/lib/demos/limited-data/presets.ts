import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'tiny-data': {
    label: { en: '16 examples, no help', 'zh-Hant': '16 個樣本、沒有輔助' },
    predict: {
      question: { en: "With only 16 examples, do augmentation or a pretrained start lower the held-out loss?", 'zh-Hant': "只有 16 個樣本時，資料增強或預訓練初始化能降低驗證損失嗎？" },
      choices: { both: { en: "Yes, each of them lowers it", 'zh-Hant': "可以，兩者各自都能降低" }, neither: { en: "No: 16 examples is 16 examples", 'zh-Hant': "不行：16 個樣本就是 16 個樣本" } },
      answer: "both",
      why: { en: "Augmentation adds label-preserving variants of the 16 points, and a pretrained start brings what was learned on related data; each lowers the held-out loss at N = 16 compared with the plain run (asserted over three seeds). Try the other two presets.", 'zh-Hant': "資料增強為 16 個點加上保留標籤的變形，預訓練初始化則帶來在相關資料上學到的東西；與單純訓練相比，兩者在 N = 16 時各自都降低驗證損失（測試在三個種子上確認）。試試另外兩個預設。" },
      revealAt: 300
    },
    values: { n: 16, augment: false, pretrained: false }
  },
  augment: {
    label: { en: '16 examples + augmentation', 'zh-Hant': '16 個樣本＋資料增強' },
    values: { n: 16, augment: true, pretrained: false }
  },
  pretrained: {
    label: { en: '16 examples + pretrained init', 'zh-Hant': '16 個樣本＋預訓練初始化' },
    values: { n: 16, augment: false, pretrained: true }
  }
});
