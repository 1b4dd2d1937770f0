import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  outlier: {
    label: { en: 'One big outlier', 'zh-Hant': '一個很大的離群值' },
    values: { view: 'line', outlier: 8, huber: false }
  },
  bimodal: {
    label: { en: 'Mean or median? A two-valued target', 'zh-Hant': '平均數還是中位數？雙峰目標' },
    values: { view: 'bimodal', pUpper: 0.7 }
  },
  huber: {
    label: { en: 'Huber: L2 up close, L1 far away', 'zh-Hant': 'Huber：近處像 L2，遠處像 L1' },
    values: { view: 'line', outlier: 8, huber: true, delta: 0.5 }
  }
});
