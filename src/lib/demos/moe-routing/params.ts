import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  experts: {
    kind: 'int', min: 2, max: 8, default: 4,
    label: { en: 'Experts', 'zh-Hant': '專家數' },
    help: { en: 'How many small networks the router chooses among.', 'zh-Hant': '路由器可以挑選的小型網路數量。' }
  },
  topK: {
    kind: 'int', min: 1, max: 2, default: 1,
    label: { en: 'Experts per token (top-k)', 'zh-Hant': '每個詞元使用的專家數（top-k）' },
    help: { en: 'Each point goes to its k highest-scoring experts (Switch Transformer: k = 1).', 'zh-Hant': '每個點送往得分最高的 k 個專家（Switch Transformer 用 k = 1）。' }
  },
  capacity: {
    kind: 'number', min: 0, max: 3, step: 0.25, default: 0,
    label: { en: 'Capacity factor (0 = no limit)', 'zh-Hant': '容量因子（0 表示不設上限）' },
    help: {
      en: 'An expert takes at most capacity × k × tokens ÷ experts per batch; the rest are dropped and skip it.',
      'zh-Hant': '每個專家每批最多接收 容量因子 × k × 詞元數 ÷ 專家數 個詞元，超出的會被丟棄、不經過該專家。'
    }
  },
  alpha: {
    kind: 'number', min: 0, max: 1, step: 0.05, default: 0.3, apply: 'live',
    label: { en: 'Balancing-loss weight α (right-hand copy)', 'zh-Hant': '負載平衡損失權重 α（右側副本）' },
    help: {
      en: 'The right-hand copy adds α · N · Σ fᵢ Pᵢ to its loss; the left-hand copy never does.',
      'zh-Hant': '右側副本在損失中加上 α · N · Σ fᵢ Pᵢ；左側副本始終不加。'
    }
  },
  hidden: {
    kind: 'int', min: 0, max: 16, default: 8,
    label: { en: 'Hidden units per expert (0 = linear)', 'zh-Hant': '每個專家的隱藏單元數（0 為線性）' }
  },
  batch: { kind: 'int', min: 16, max: 256, default: 64, label: { en: 'Tokens per batch', 'zh-Hant': '每批詞元數' } },
  lr: { kind: 'log', min: 0.001, max: 0.3, default: 0.03, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
