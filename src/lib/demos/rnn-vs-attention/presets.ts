import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  gradient: {
    label: { en: 'Gradient vs distance, T = 16', 'zh-Hant': '梯度與距離，T = 16' },
    values: { length: 16, gain: 1, hidden: 16, lr: 0.01 },
    predict: {
      question: {
        en: 'The RNN reads 16 symbols. How does the gradient reaching the FIRST symbol (distance 15) compare with the one reaching the last symbol (distance 0)?',
        'zh-Hant': 'RNN 讀入 16 個符號。傳到「第一個」符號（距離 15）的梯度，和傳到最後一個符號（距離 0）的梯度相比如何？'
      },
      choices: {
        tiny: { en: 'Hundreds of times smaller or more', 'zh-Hant': '小了數百倍以上' },
        similar: { en: 'About the same', 'zh-Hant': '差不多' },
        half: { en: 'About half', 'zh-Hant': '大約一半' }
      },
      answer: 'tiny',
      why: {
        en: 'On the log-scale chart the RNN\'s points fall on a straight line: each step back multiplies the gradient by about 0.6 (the fitted ratio), so after 15 steps it is around a thousand times smaller. The attention model reaches every symbol in one step, and its points show no such slope.',
        'zh-Hant': '在對數座標圖上，RNN 的點落在一條直線上：每往回一步，梯度大約乘上 0.6（擬合出的比值），15 步後就小了大約一千倍。注意力模型一步就能到達每個符號，它的點沒有這樣的斜率。'
      },
      revealAt: 1
    }
  },
  learn: {
    label: { en: 'Train both on recall-the-first-symbol', 'zh-Hant': '兩者都訓練「說出第一個符號」' },
    values: { length: 16, gain: 1, hidden: 16, lr: 0.01 }
  },
  long: {
    label: { en: 'Longer sequence, T = 32', 'zh-Hant': '更長的序列，T = 32' },
    values: { length: 32, gain: 1, hidden: 16, lr: 0.01 }
  },
  'large-gain': {
    label: { en: 'Larger recurrent gain (1.6)', 'zh-Hant': '較大的循環增益（1.6）' },
    values: { length: 16, gain: 1.6, hidden: 16, lr: 0.01 }
  }
});
