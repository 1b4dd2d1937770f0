import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  probe: {
    kind: 'log', min: 0.001, max: 0.999, default: 0.01, apply: 'live',
    label: { en: 'Probability of the true class, p', 'zh-Hant': '正確類別的機率 p' },
    help: {
      en: 'Where to read both gradients on the curve. Small p means the model is confidently wrong.',
      'zh-Hant': '在曲線上讀出兩種梯度的位置。p 很小代表模型很有把握地答錯。'
    }
  },
  classes: {
    kind: 'int', min: 2, max: 100, default: 10, apply: 'live',
    label: { en: 'Classes in the gradient plot, V', 'zh-Hant': '梯度圖的類別數 V' }
  },
  spread: {
    kind: 'choice', options: ['uniform', 'one'], default: 'uniform', apply: 'live',
    label: { en: 'Where the wrong probability sits', 'zh-Hant': '錯誤機率落在哪裡' },
    optionLabels: {
      uniform: { en: 'Spread over all wrong classes', 'zh-Hant': '平均分給所有錯誤類別' },
      one: { en: 'All on one wrong class', 'zh-Hant': '全部集中在一個錯誤類別' }
    }
  },
  corpus: {
    kind: 'choice', options: ['en', 'zh-Hant'], default: 'en',
    label: { en: 'Training text', 'zh-Hant': '訓練文字' },
    optionLabels: {
      en: { en: 'English sentences (characters)', 'zh-Hant': '英文句子（字元）' },
      'zh-Hant': { en: 'Chinese sentences (characters)', 'zh-Hant': '中文句子（字元）' }
    }
  },
  optimizer: {
    kind: 'choice', options: ['sgd', 'adam'], default: 'sgd',
    label: { en: 'Optimizer', 'zh-Hant': '最佳化器' },
    optionLabels: {
      sgd: { en: 'SGD (step = learning rate × gradient)', 'zh-Hant': 'SGD（步伐 ＝ 學習率 × 梯度）' },
      adam: { en: 'Adam (rescales each gradient)', 'zh-Hant': 'Adam（會重新縮放梯度）' }
    }
  },
  lr: {
    kind: 'log', min: 0.001, max: 3, default: 1, apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  },
  initScale: {
    kind: 'log', min: 0.1, max: 16, default: 1,
    label: { en: 'Confidence at the start (logit scale)', 'zh-Hant': '起始信心（logit 尺度）' },
    help: {
      en: 'Scale of the initial output weights. Large values make the untrained model confident, and so mostly confidently wrong.',
      'zh-Hant': '初始輸出權重的尺度。數值大時，未訓練的模型就很有把握，因此多半是很有把握地答錯。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
