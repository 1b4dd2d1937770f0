import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  view: {
    kind: 'choice', options: ['line', 'bimodal', 'curves'], default: 'line', apply: 'live',
    label: { en: 'View', 'zh-Hant': '檢視' },
    optionLabels: {
      line: { en: 'Line fit with an outlier', 'zh-Hant': '含離群值的直線擬合' },
      bimodal: { en: 'Two-valued target', 'zh-Hant': '雙峰目標' },
      curves: { en: 'Loss and gradient shapes', 'zh-Hant': '損失與梯度的形狀' }
    }
  },
  outlier: {
    kind: 'number', min: 0, max: 10, step: 0.1, default: 0, apply: 'live',
    label: { en: 'Outlier size', 'zh-Hant': '離群值大小' },
    help: {
      en: 'How far one point sits above the true line. Drag it and watch which fit follows.',
      'zh-Hant': '其中一個點偏離真實直線的距離。拖曳它，看看哪一條擬合線會被拉走。'
    }
  },
  delta: {
    kind: 'number', min: 0.1, max: 3, step: 0.05, default: 1, apply: 'live',
    label: { en: 'Huber δ', 'zh-Hant': 'Huber 的 δ' },
    help: {
      en: 'Residuals smaller than δ are penalised like L2 (squared), larger ones like L1.',
      'zh-Hant': '殘差小於 δ 時像 L2（平方）一樣懲罰，大於 δ 時則像 L1。'
    }
  },
  huber: {
    kind: 'boolean', default: false, apply: 'live',
    label: { en: 'Show the Huber fit', 'zh-Hant': '顯示 Huber 擬合' }
  },
  pUpper: {
    kind: 'number', min: 0.1, max: 0.9, step: 0.05, default: 0.7, apply: 'live',
    label: { en: 'Share of targets on the upper value', 'zh-Hant': '目標落在上方數值的比例' },
    help: {
      en: 'For every input the target is one of two values; this is how often it is the upper one.',
      'zh-Hant': '每個輸入的目標值只會是兩個數值之一；這是取到上方數值的比例。'
    }
  },
  lr: {
    kind: 'log', min: 0.001, max: 0.3, default: 0.03, apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
