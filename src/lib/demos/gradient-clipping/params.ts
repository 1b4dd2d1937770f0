import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  lr: {
    kind: 'log', min: 0.01, max: 0.5, default: 0.1,
    label: { en: 'Learning rate η', 'zh-Hant': '學習率 η' },
    help: { en: 'Plain SGD: each step moves by η times the (clipped) gradient.', 'zh-Hant': '純 SGD：每一步移動 η 乘以（裁剪後的）梯度。' }
  },
  threshold: {
    kind: 'log', min: 0.05, max: 20, default: 1,
    label: { en: 'Clipping threshold c', 'zh-Hant': '裁剪門檻 c' },
    help: {
      en: 'By norm: the gradient is rescaled to length c when longer. By value: each component is clamped to [−c, c].',
      'zh-Hant': '依範數：梯度長度超過 c 時縮放到 c。依數值：每個分量各自截斷到 [−c, c]。'
    }
  },
  show: {
    kind: 'choice', options: ['all', 'none', 'value', 'norm'], default: 'all', apply: 'live',
    label: { en: 'Runs shown', 'zh-Hant': '顯示的執行' },
    optionLabels: {
      all: { en: 'all three', 'zh-Hant': '三者都顯示' },
      none: { en: 'no clipping', 'zh-Hant': '不裁剪' },
      value: { en: 'clip by value', 'zh-Hant': '依數值裁剪' },
      norm: { en: 'clip by global norm', 'zh-Hant': '依全域範數裁剪' }
    }
  },
  startX: { kind: 'number', min: -3.5, max: -1, step: 0.1, default: -3, label: { en: 'Start x', 'zh-Hant': '起點 x' } },
  startY: { kind: 'number', min: -3, max: 3, step: 0.1, default: 2, label: { en: 'Start y', 'zh-Hant': '起點 y' } },
  noise: {
    kind: 'number', min: 0, max: 1, step: 0.01, default: 0.1,
    label: { en: 'Gradient noise', 'zh-Hant': '梯度雜訊' },
    help: { en: 'Gaussian noise added to every gradient, like minibatch noise; the same draw for all three runs.', 'zh-Hant': '加在每個梯度上的高斯雜訊，類似小批次雜訊；三個執行用同一組抽樣。' }
  },
  steps: {
    kind: 'int', min: 50, max: 1000, step: 50, default: 200, apply: 'live',
    label: { en: 'Planned steps', 'zh-Hant': '預計步數' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
