import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  basics: {
    label: { en: 'Two clear classes', 'zh-Hant': '兩個分明的類別' },
    values: { separation: 2.5, covariance: 'shared', n: 200, prior1: 0.5, modelCov: 'per-class' }
  },
  overlapping: {
    label: { en: 'Overlapping classes', 'zh-Hant': '重疊的類別' },
    values: { separation: 1, covariance: 'shared', n: 200, prior1: 0.5, modelCov: 'per-class' }
  },
  'unequal-covariance': {
    label: { en: 'Different class shapes', 'zh-Hant': '形狀不同的類別' },
    values: { separation: 2, covariance: 'different', n: 200, prior1: 0.5, modelCov: 'per-class' }
  }
});
