import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  collapse: {
    label: { en: 'With and without the balancing loss', 'zh-Hant': '有無負載平衡損失' },
    values: { experts: 4, topK: 1, capacity: 0, alpha: 0.3, hidden: 8 },
    predict: {
      question: {
        en: 'Two copies start from the same weights. After 150 steps, which one spreads the points more evenly over its 4 experts?',
        'zh-Hant': '兩份副本從相同的權重出發。訓練 150 步後，哪一份把資料點更平均地分給 4 個專家？'
      },
      choices: {
        with: { en: 'The copy with the balancing loss', 'zh-Hant': '加了負載平衡損失的副本' },
        without: { en: 'The copy without it', 'zh-Hant': '沒有加的副本' },
        same: { en: 'Both about the same', 'zh-Hant': '兩者差不多' }
      },
      answer: 'with',
      why: {
        en: 'Look at the load bars: with the balancing loss every expert serves close to a quarter of the points and the router splits the plane along the four quadrants. Without it the router keeps feeding the experts that started ahead, and one of them ends up with about half of all points.',
        'zh-Hant': '看負載長條圖：加了平衡損失後，每個專家都接近處理四分之一的點，路由器沿著四個象限切分平面；沒有它時，路由器一直把點餵給起步領先的專家，其中一個最後處理了約一半的點。'
      },
      revealAt: 150
    }
  },
  capacity: {
    label: { en: 'Too little capacity: dropped tokens', 'zh-Hant': '容量不足：詞元被丟棄' },
    values: { experts: 4, topK: 1, capacity: 0.5, alpha: 0.3, hidden: 8 },
    predict: {
      question: {
        en: 'Each expert may take only half of an even share (capacity factor 0.5). What share of the tokens is dropped?',
        'zh-Hant': '每個專家只能接收平均份額的一半（容量因子 0.5）。有多少比例的詞元會被丟棄？'
      },
      choices: {
        none: { en: 'Almost none: the router adapts', 'zh-Hant': '幾乎沒有：路由器會自己調整' },
        half: { en: 'At least half', 'zh-Hant': '至少一半' }
      },
      answer: 'half',
      why: {
        en: 'Capacity 0.5 × 512 ÷ 4 = 64 points per expert, 256 of 512 in all: even a perfectly balanced router drops half, and an unbalanced one drops more. Dropped points get no expert output, so accuracy falls.',
        'zh-Hant': '容量 0.5 × 512 ÷ 4 = 每個專家 64 個點，總共只能處理 512 個中的 256 個：就算路由完全平均也要丟掉一半，不平均時丟得更多。被丟棄的點沒有任何專家輸出，準確率因此下降。'
      },
      revealAt: 50
    }
  },
  'top-2': {
    label: { en: 'Two experts per token', 'zh-Hant': '每個詞元兩個專家' },
    values: { experts: 4, topK: 2, capacity: 1.25, alpha: 0.3, hidden: 8 }
  },
  'eight-experts': {
    label: { en: 'Eight experts for four regions', 'zh-Hant': '八個專家、四個區域' },
    values: { experts: 8, topK: 1, capacity: 0, alpha: 0.3, hidden: 8 }
  }
});
