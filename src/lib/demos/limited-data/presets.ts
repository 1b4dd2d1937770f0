import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'tiny-data': {
    label: { en: '16 examples, no help', 'zh-Hant': '16 個樣本、沒有輔助' },
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
