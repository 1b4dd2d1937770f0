import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  order: {
    kind: 'choice', options: ['easy-first', 'hard-first'], default: 'easy-first',
    label: { en: 'Ordered run', 'zh-Hant': '排序執行' },
    optionLabels: {
      'easy-first': { en: 'easy → hard (curriculum)', 'zh-Hant': '由易到難（課程學習）' },
      'hard-first': { en: 'hard → easy (anti-curriculum)', 'zh-Hant': '由難到易（反課程）' }
    }
  },
  startShare: {
    kind: 'number', min: 0.05, max: 1, step: 0.05, default: 0.3,
    label: { en: 'Starting share g₀', 'zh-Hant': '起始比例 g₀' },
    help: { en: 'Share of the sorted data available at step 0.', 'zh-Hant': '第 0 步時可用的（已排序）資料比例。' }
  },
  paceSteps: {
    kind: 'int', min: 10, max: 2000, step: 10, default: 400,
    label: { en: 'Pacing length T (steps)', 'zh-Hant': '步調長度 T（步）' },
    help: { en: 'Steps until all the data is admitted: g(t) = min(1, g₀ + (1 − g₀) t / T).', 'zh-Hant': '到全部資料都納入所需的步數：g(t) = min(1, g₀ + (1 − g₀) t / T)。' }
  },
  totalSteps: {
    kind: 'int', min: 100, max: 3000, step: 50, default: 600,
    label: { en: 'Training budget (steps)', 'zh-Hant': '訓練預算（步數）' },
    help: { en: 'Both runs get exactly this many steps; the learning rate decays (cosine) to 0 at the end.', 'zh-Hant': '兩個執行都恰好訓練這麼多步；學習率以餘弦方式在最後衰減到 0。' }
  },
  lr: { kind: 'log', min: 0.01, max: 1, default: 0.25, label: { en: 'Learning rate', 'zh-Hant': '學習率' } },
  batch: { kind: 'int', min: 4, max: 128, default: 32, label: { en: 'Batch size', 'zh-Hant': '批次大小' } },
  noise: {
    kind: 'number', min: 0, max: 5, step: 0.1, default: 3,
    label: { en: 'Label noise of the hardest examples', 'zh-Hant': '最難樣本的標籤雜訊' },
    help: { en: 'Difficulty = an example’s label-noise level; most examples are nearly clean, a few very noisy.', 'zh-Hant': '難度就是樣本的標籤雜訊大小；大多數樣本幾乎沒有雜訊，少數雜訊很大。' }
  },
  target: {
    kind: 'log', min: 0.005, max: 0.5, default: 0.03, apply: 'live',
    label: { en: 'Target held-out error', 'zh-Hant': '目標保留集誤差' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
