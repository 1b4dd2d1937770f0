import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'pick-a-class': {
    label: { en: 'Pick a class and generate', 'zh-Hant': '選一個類別來生成' },
    values: { dataset: 'blobs', conditioning: true, pick: 1, lrG: 2e-3, lrD: 1e-2 }
  },
  unconditional: {
    label: { en: 'Conditioning off', 'zh-Hant': '關掉條件' },
    values: { dataset: 'blobs', conditioning: false, pick: 1, lrG: 2e-3, lrD: 1e-2 }
  }
});
