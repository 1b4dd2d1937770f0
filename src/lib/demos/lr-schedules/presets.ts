import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  compare: {
    label: { en: 'Compare all six', 'zh-Hant': '比較六種排程' },
    predict: {
      question: { en: "After 300 steps, which ends lower: a decaying schedule or a too-high constant rate?", 'zh-Hant': "300 步之後，誰的損失比較低：會衰減的排程，還是過高的固定學習率？" },
      choices: { decay: { en: "A decaying schedule", 'zh-Hant': "會衰減的排程" }, constant: { en: "The constant rate", 'zh-Hant': "固定學習率" } },
      answer: "decay",
      why: { en: "A rate large enough to make quick progress early keeps the constant run bouncing around the minimum; a decaying schedule takes small steps at the end and settles lower. The tests assert this over five seeds.", 'zh-Hant': "一開始能快速進步的大學習率，讓固定學習率的那一份一直在最小值附近彈跳；會衰減的排程在最後步伐變小，停在更低的位置。測試在五個種子上確認。" },
      revealAt: 300
    },
    values: { lr: 0.3, totalSteps: 300, warmup: 60, batch: 8 }
  },
  'too-high-constant': {
    label: { en: 'Too high a constant rate', 'zh-Hant': '固定學習率過高' },
    values: { lr: 0.4, totalSteps: 300, warmup: 60, batch: 8 }
  },
  'warmup-cosine': {
    label: { en: 'Warmup rescues a high rate', 'zh-Hant': '暖身拯救高學習率' },
    values: { lr: 0.4, totalSteps: 300, warmup: 100, batch: 8 }
  }
});
