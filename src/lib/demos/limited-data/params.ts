import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  n: {
    kind: 'int', min: 8, max: 512, step: 8, default: 16,
    label: { en: 'Training examples N', 'zh-Hant': '訓練樣本數 N' }
  },
  augment: {
    kind: 'boolean', default: false,
    label: { en: 'Data augmentation (rotate, mirror, jitter)', 'zh-Hant': '資料增強（旋轉、鏡射、微小抖動）' },
    help: {
      en: 'Each drawn example is rotated by a multiple of 45°, maybe mirrored, and jittered: symmetries of the target, so the result is still a valid sample.',
      'zh-Hant': '每個抽到的樣本會旋轉 45° 的整數倍、可能鏡射，再加上微小抖動；這些都是目標分布的對稱性，所以結果仍是有效的樣本。'
    }
  },
  pretrained: {
    kind: 'boolean', default: false,
    label: { en: 'Pretrained initialisation', 'zh-Hant': '預訓練初始化' },
    help: {
      en: 'Start from weights first trained on 4,096 points of a related source set (the same ring, without clusters).',
      'zh-Hant': '從先在相關來源資料（同一個圓環、但沒有群聚，共 4,096 點）上訓練過的權重開始。'
    }
  },
  finetune: {
    kind: 'choice', options: ['head', 'all'] as const, default: 'head',
    label: { en: 'Fine-tune the pretrained model', 'zh-Hant': '預訓練模型的微調方式' },
    optionLabels: {
      head: { en: 'output layer only', 'zh-Hant': '只調輸出層' },
      all: { en: 'all weights', 'zh-Hant': '調整全部權重' }
    }
  },
  steps: {
    kind: 'int', min: 50, max: 1000, step: 50, default: 300,
    label: { en: 'Training steps', 'zh-Hant': '訓練步數' }
  },
  sweep: {
    kind: 'boolean', default: true,
    label: { en: 'Sweep N in the background (28 more small models)', 'zh-Hant': '在背景掃描 N（另外 28 個小模型）' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
