import { definePresets } from '$lib/params/schema';
import { params } from './params';

const none = { n: 12, dropout: 0, weightDecay: 0, noise: 0, earlyStop: false };

export const presets = definePresets(params, {
  memorise: {
    label: { en: '12 points, no regularisation', 'zh-Hant': '12 個點、不加正則化' },
    values: { ...none }
  },
  regularised: {
    label: { en: '12 points + input noise and weight decay', 'zh-Hant': '12 個點＋輸入雜訊與權重衰減' },
    values: { ...none, noise: 0.15, weightDecay: 0.3 }
  },
  'early-stop': {
    label: { en: '12 points + early stopping', 'zh-Hant': '12 個點＋提前停止' },
    values: { ...none, earlyStop: true, patience: 50 }
  }
});
