import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  lr: {
    kind: 'log', min: 0.01, max: 2, default: 0.3, apply: 'reset',
    label: { en: 'Base learning rate', 'zh-Hant': '基礎學習率' },
    help: { en: 'Peak rate every schedule starts from (or warms up to).', 'zh-Hant': '每種排程起始（或暖身後到達）的最高學習率。' }
  },
  totalSteps: {
    kind: 'int', min: 50, max: 3000, step: 50, default: 300,
    label: { en: 'Planned steps', 'zh-Hant': '預計訓練步數' }
  },
  warmup: {
    kind: 'int', min: 0, max: 500, step: 5, default: 60,
    label: { en: 'Warmup steps', 'zh-Hant': '暖身步數' }
  },
  hidden: { kind: 'int', min: 4, max: 64, default: 16, label: { en: 'Hidden units', 'zh-Hant': '隱藏單元數' } },
  batch: { kind: 'int', min: 2, max: 128, default: 8, label: { en: 'Batch size', 'zh-Hant': '批次大小' } },
  noise: { kind: 'number', min: 0, max: 0.5, step: 0.01, default: 0.1, label: { en: 'Label noise', 'zh-Hant': '標籤雜訊' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
