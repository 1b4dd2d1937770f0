import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  length: {
    kind: 'int', min: 4, max: 40, default: 16,
    label: { en: 'Sequence length T (the first symbol must be recalled at the end)', 'zh-Hant': '序列長度 T（最後要說出第一個符號）' }
  },
  gain: {
    kind: 'number', min: 0.5, max: 2, step: 0.05, default: 1,
    label: { en: 'Recurrent weight scale (gain of W_h)', 'zh-Hant': '循環權重的尺度（W_h 的增益）' },
    help: {
      en: 'Entries of the RNN\'s recurrent matrix start with standard deviation gain / √H. Larger gains shrink the gradient more slowly per step, until it explodes instead.',
      'zh-Hant': 'RNN 循環矩陣的元素初始標準差為 增益 / √H。增益越大，梯度每一步縮小得越慢，再大就會改成爆炸。'
    }
  },
  hidden: {
    kind: 'int', min: 8, max: 64, default: 16,
    label: { en: 'RNN hidden size H', 'zh-Hant': 'RNN 隱藏層大小 H' }
  },
  lr: {
    kind: 'log', min: 0.001, max: 0.05, default: 0.01, apply: 'live',
    label: { en: 'Learning rate (both models, Adam)', 'zh-Hant': '學習率（兩個模型，Adam）' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
