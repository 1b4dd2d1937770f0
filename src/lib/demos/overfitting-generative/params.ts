import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  n: {
    kind: 'int', min: 4, max: 200, default: 12,
    label: { en: 'Training points N', 'zh-Hant': '訓練點數 N' },
    help: {
      en: 'How many points of the true distribution the model is trained on.',
      'zh-Hant': '模型用來訓練、取自真實分布的點數。'
    }
  },
  dropout: {
    kind: 'number', min: 0, max: 0.8, step: 0.05, default: 0,
    label: { en: 'Dropout rate', 'zh-Hant': 'Dropout 比例' },
    help: {
      en: 'Each step, this fraction of the hidden units is switched off at random (the rest are scaled up).',
      'zh-Hant': '每一步隨機關掉這個比例的隱藏單元（其餘的按比例放大）。'
    }
  },
  weightDecay: {
    kind: 'number', min: 0, max: 2, step: 0.05, default: 0,
    label: { en: 'Weight decay', 'zh-Hant': '權重衰減' },
    help: {
      en: 'Every step shrinks all weights toward zero by learning rate × this (decoupled, as in AdamW).',
      'zh-Hant': '每一步把所有權重往 0 縮小「學習率 × 此值」的比例（解耦式，同 AdamW）。'
    }
  },
  noise: {
    kind: 'number', min: 0, max: 0.5, step: 0.01, default: 0,
    label: { en: 'Input noise σ', 'zh-Hant': '輸入雜訊 σ' },
    help: {
      en: 'Each step trains on fresh copies of the training points, each moved by Gaussian noise of this standard deviation.',
      'zh-Hant': '每一步都用訓練點的新副本來訓練，每個副本加上這個標準差的高斯雜訊。'
    }
  },
  earlyStop: {
    kind: 'boolean', default: false,
    label: { en: 'Early stopping', 'zh-Hant': '提前停止' },
    help: {
      en: 'Stop training once the held-out loss has not improved for “patience” steps. Off, the charts still mark where it would stop.',
      'zh-Hant': '保留資料的損失連續「耐心步數」步沒有改善就停止訓練。關閉時，圖上仍會標出它會在哪裡停下。'
    }
  },
  patience: {
    kind: 'int', min: 10, max: 300, step: 10, default: 50,
    label: { en: 'Patience (steps)', 'zh-Hant': '耐心步數' }
  },
  steps: {
    kind: 'int', min: 100, max: 3000, step: 100, default: 600,
    label: { en: 'Training steps', 'zh-Hant': '訓練步數' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
