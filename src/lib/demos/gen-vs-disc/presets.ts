import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  basics: {
    label: { en: 'Two clear classes', 'zh-Hant': '兩個分明的類別' },
    predict: {
      question: { en: "Which of the two models can draw new points that look like the data?", 'zh-Hant': "兩個模型中，哪一個能畫出看起來像資料的新點？" },
      choices: { generative: { en: "The class-conditional Gaussian (generative)", 'zh-Hant': "類別條件高斯模型（生成式）" }, discriminative: { en: "Logistic regression (discriminative)", 'zh-Hant': "邏輯斯迴歸（判別式）" }, both: { en: "Both of them", 'zh-Hant': "兩個都可以" } },
      answer: "generative",
      why: { en: "The generative model estimates p(x | y) and p(y), so it can sample, and its samples' class means match the data's (asserted over five seeds). Logistic regression models only p(y | x): a boundary, with nothing to sample from.", 'zh-Hant': "生成式模型估計 p(x | y) 與 p(y)，因此可以抽樣，而樣本的類別平均值與資料相符（測試在五個種子上確認）。邏輯斯迴歸只建模 p(y | x)：它只有一條決策邊界，沒有東西可以抽樣。" },
      revealAt: 300
    },
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
