import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  separation: {
    kind: 'number', min: 0, max: 5, step: 0.1, default: 2.5,
    label: { en: 'Class separation', 'zh-Hant': '類別間距' },
    help: { en: 'Distance between the two true class means.', 'zh-Hant': '兩個真實類別平均值之間的距離。' }
  },
  covariance: {
    kind: 'choice', options: ['shared', 'different'] as const, default: 'shared',
    label: { en: 'True class shapes', 'zh-Hant': '真實類別形狀' },
    optionLabels: {
      shared: { en: 'same covariance', 'zh-Hant': '相同共變異數' },
      different: { en: 'different covariances', 'zh-Hant': '不同共變異數' }
    }
  },
  n: { kind: 'int', min: 40, max: 400, step: 10, default: 200, label: { en: 'Data points', 'zh-Hant': '資料點數' } },
  prior1: {
    kind: 'number', min: 0.2, max: 0.8, step: 0.05, default: 0.5,
    label: { en: 'Share of class 1', 'zh-Hant': '類別 1 的比例' }
  },
  modelCov: {
    kind: 'choice', options: ['per-class', 'shared'] as const, default: 'per-class', apply: 'live',
    label: { en: 'Gaussian model assumes', 'zh-Hant': '高斯模型的假設' },
    optionLabels: {
      'per-class': { en: 'one covariance per class', 'zh-Hant': '每個類別各自的共變異數' },
      shared: { en: 'one shared covariance', 'zh-Hant': '共用一個共變異數' }
    },
    help: { en: 'A shared covariance makes the Bayes boundary a straight line, the same form as logistic regression.', 'zh-Hant': '共用共變異數時，貝氏決策邊界是直線，與邏輯斯迴歸的形式相同。' }
  },
  lr: {
    kind: 'log', min: 0.01, max: 3, default: 0.5, apply: 'live',
    label: { en: 'Learning rate (logistic regression)', 'zh-Hant': '學習率（邏輯斯迴歸）' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
