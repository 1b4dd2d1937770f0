import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  race: {
    label: { en: 'Same model, two losses', 'zh-Hant': '同一個模型，兩種損失' },
    values: { probe: 0.01, corpus: 'en', optimizer: 'sgd', lr: 1, initScale: 1 },
    predict: {
      question: {
        en: 'Two copies of one tiny language model start from the same weights and see the same batches; one learns with cross-entropy, the other with squared error on the probabilities. After 150 steps, which fits the text better (lower cross-entropy, higher accuracy)?',
        'zh-Hant': '同一個小語言模型的兩份副本，從相同的權重出發、看到相同的批次；一份用交叉熵學習，另一份用機率上的均方誤差。150 步之後，哪一份把文字擬合得比較好（交叉熵較低、準確率較高）？'
      },
      choices: {
        ce: { en: 'The cross-entropy run', 'zh-Hant': '交叉熵那一份' },
        mse: { en: 'The squared-error run', 'zh-Hant': '均方誤差那一份' },
        tie: { en: 'About the same', 'zh-Hant': '差不多' }
      },
      answer: 'ce',
      why: {
        en: 'The cross-entropy run is ahead on both curves. Its push on the true logit is 1 − p, largest exactly where the model is most wrong; squared error multiplies that push by about p, so characters the model gives a small probability barely move (see the mean push chart).',
        'zh-Hant': '交叉熵那一份在兩張曲線圖上都領先。它對正確 logit 的推力是 1 − p，模型錯得越多推力越大；均方誤差的推力卻大約再乘上 p，所以模型給了很小機率的字元幾乎不動（見平均推力圖）。'
      },
      revealAt: 150
    }
  },
  'confident-wrong': {
    label: { en: 'Start confidently wrong', 'zh-Hant': '一開始就很有把握地答錯' },
    values: { probe: 0.002, corpus: 'en', optimizer: 'sgd', lr: 1, initScale: 8 },
    predict: {
      question: {
        en: 'Now the untrained model is very confident, so it is confidently wrong about most characters. After 150 steps, which run still gives a probability below 0.01 to many of the true next characters?',
        'zh-Hant': '這次未訓練的模型非常有把握，所以對大多數字元都是很有把握地答錯。150 步之後，哪一份仍然讓許多正確的下一個字元只拿到低於 0.01 的機率？'
      },
      choices: {
        mse: { en: 'The squared-error run', 'zh-Hant': '均方誤差那一份' },
        ce: { en: 'The cross-entropy run', 'zh-Hant': '交叉熵那一份' },
        neither: { en: 'Neither: both recover', 'zh-Hant': '都不會：兩份都能恢復' }
      },
      answer: 'mse',
      why: {
        en: 'In the histogram of p(true next character) the squared-error run keeps a large bar below 0.01: at p near 0 its gradient on the true logit is near 0 (the gradient plot at this p), so those characters are stuck. Cross-entropy pushes them with a gradient near −1 and empties that bar.',
        'zh-Hant': '在「正確下一個字元的機率」直方圖中，均方誤差那一份在 0.01 以下仍留著一大根長條：p 接近 0 時它對正確 logit 的梯度也接近 0（看梯度圖上這個 p），這些字元就卡住了。交叉熵在那裡的梯度接近 −1，把這根長條清空。'
      },
      revealAt: 150
    }
  },
  gradients: {
    label: { en: 'The gradient as p varies', 'zh-Hant': '梯度隨 p 的變化' },
    values: { probe: 0.01, classes: 10, spread: 'uniform' },
    predict: {
      question: {
        en: 'The model gives the true class p = 0.01. Which loss pushes the true-class logit harder?',
        'zh-Hant': '模型給正確類別的機率是 p ＝ 0.01。哪一種損失對正確類別的 logit 推得比較用力？'
      },
      choices: {
        ce: { en: 'Cross-entropy', 'zh-Hant': '交叉熵' },
        mse: { en: 'Squared error', 'zh-Hant': '均方誤差' },
        same: { en: 'About the same', 'zh-Hant': '差不多' }
      },
      answer: 'ce',
      why: {
        en: 'At p = 0.01 the cross-entropy gradient is p − 1 = −0.99; the squared-error gradient carries a factor of p and is about −0.02: some fifty times weaker. The dashed autodiff points from tfjs sit on both curves.',
        'zh-Hant': '在 p ＝ 0.01 時，交叉熵的梯度是 p − 1 ＝ −0.99；均方誤差的梯度多乘了一個 p，大約只有 −0.02，弱了五十倍左右。tfjs 自動微分算出的虛線點都落在兩條曲線上。'
      },
      revealAt: 1
    }
  },
  chinese: {
    label: { en: 'Chinese characters (larger vocabulary)', 'zh-Hant': '中文字元（詞彙較大）' },
    values: { corpus: 'zh-Hant', optimizer: 'sgd', lr: 1, initScale: 1 }
  },
  adam: {
    label: { en: 'With Adam', 'zh-Hant': '改用 Adam' },
    values: { corpus: 'en', optimizer: 'adam', lr: 0.01, initScale: 1 }
  }
});
