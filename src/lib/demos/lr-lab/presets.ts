import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'too-high': {
    label: { en: 'Too high a learning rate', 'zh-Hant': '學習率太高' },
    values: { mode: 'rates', optimizer: 'sgd', lr: 1, schedule: 'constant' },
    predict: {
      question: {
        en: 'Three copies of the same model train with SGD at learning rates 0.1, 1 and 10. What happens to the copy at 10 within 30 steps?',
        'zh-Hant': '同一個模型的三份副本用 SGD 訓練，學習率分別是 0.1、1 與 10。學習率 10 的副本在 30 步內會怎樣？'
      },
      choices: {
        fastest: { en: 'It learns fastest', 'zh-Hant': '學得最快' },
        diverges: { en: 'Its loss blows up above where it started', 'zh-Hant': '損失爆衝到比起點還高' },
        same: { en: 'It ends like the others', 'zh-Hant': '最後跟其他副本差不多' }
      },
      answer: 'diverges',
      why: {
        en: 'An SGD step is the learning rate times the gradient. At 10 the first steps overshoot so far that the loss jumps well above the uniform guess ln V within a few steps; the demo marks the copy as diverged at that step (its curve ends with a marker instead of vanishing). 1 learns fastest; 0.1 is stable but slow.',
        'zh-Hant': 'SGD 的一步是學習率乘以梯度。學習率 10 時，最初幾步就衝過頭，損失在幾步內跳到遠高於平均亂猜的 ln V；示範在那一步把這份副本標記為發散（曲線以標記結束，而不是消失）。學習率 1 學得最快；0.1 很穩定但很慢。'
      },
      revealAt: 30
    }
  },
  warmup: {
    label: { en: 'Warmup at a high peak rate', 'zh-Hant': '高峰值學習率下的暖身' },
    values: { mode: 'warmup', optimizer: 'adam', lr: 0.3, warmup: 20, horizon: 200 },
    predict: {
      question: {
        en: 'Two copies use the same peak rate 0.3 with cosine decay; one first warms up linearly over 20 steps. Which one has the worse first 20 steps?',
        'zh-Hant': '兩份副本使用相同的峰值學習率 0.3 與餘弦衰減；其中一份先用 20 步線性暖身。哪一份的前 20 步比較糟？'
      },
      choices: {
        cold: { en: 'The one without warmup', 'zh-Hant': '沒有暖身的那一份' },
        warm: { en: 'The one with warmup', 'zh-Hant': '有暖身的那一份' }
      },
      answer: 'cold',
      why: {
        en: 'At step one Adam’s moment estimates are built from a single gradient, and every weight moves by about the full rate. Without warmup those full-size steps of 0.3 make the loss jump around; with warmup the first steps are tiny while the estimates settle, and the mean loss over the first 20 steps is lower.',
        'zh-Hant': '第一步時 Adam 的動差估計只來自一個梯度，每個權重都移動約一整個學習率。沒有暖身時一開始就用 0.3 的整步，損失上下亂跳；有暖身時前幾步很小，等估計穩定下來，前 20 步的平均損失比較低。'
      },
      revealAt: 20
    }
  },
  optimizers: {
    label: { en: 'SGD vs Adam vs AdamW', 'zh-Hant': 'SGD、Adam 與 AdamW' },
    values: { mode: 'optimizers', lr: 0.01, lrSgd: 0.5, weightDecay: 0.1, schedule: 'warmupCosine', warmup: 10, horizon: 200 }
  },
  'range-test': {
    label: { en: 'Learning-rate range test', 'zh-Hant': '學習率範圍測試' },
    values: { mode: 'range', optimizer: 'adam', lrMin: 0.0001, lrMax: 10, horizon: 60 }
  }
});
