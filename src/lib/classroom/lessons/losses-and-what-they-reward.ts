import { defineLesson } from '../types';

export default defineLesson({
  slug: 'losses-and-what-they-reward',
  order: 3,
  minutes: 20,
  title: { en: 'Losses and what they reward', 'zh-Hant': '損失函數獎勵的是什麼' },
  summary: {
    en: 'A loss decides what "good" means: L2 chases outliers and predicts the mean, L1 predicts the median, Huber sits between, and a triplet loss rewards distances, not labels.',
    'zh-Hant': '損失函數決定了什麼叫「好」：L2 會追著離群值跑、預測平均數，L1 預測中位數，Huber 介於兩者之間，而三元組損失獎勵的是距離，而不是標籤。'
  },
  steps: [
    {
      page: 'gen-11',
      preset: 'outlier',
      hide: ['lr', 'seed'],
      note: {
        en: 'Ask first, then train and drag the outlier slider up. The L2 line swings toward the outlier; the L1 line barely moves. The squared error makes one far point count as much as many near ones.',
        'zh-Hant': '先問全班，再訓練並把離群值滑桿往上拖曳。L2 的直線被拉向離群值，L1 的直線幾乎不動。平方誤差讓一個很遠的點，份量抵得上許多近處的點。'
      },
      predict: {
        question: {
          en: 'One point is far off the line. Which fitted line moves more toward it: L1 or L2?',
          'zh-Hant': '有一個點離直線很遠。哪一條擬合直線會被它拉動得比較多：L1 還是 L2？'
        },
        choices: {
          l1: { en: 'The L1 line', 'zh-Hant': 'L1 的直線' },
          l2: { en: 'The L2 line', 'zh-Hant': 'L2 的直線' },
          same: { en: 'Both about the same', 'zh-Hant': '兩者差不多' }
        },
        answer: 'l2',
        why: {
          en: 'The L2 slope moves several times more than the L1 slope: L2’s gradient grows with the error, so the far point pulls hardest; L1’s gradient has the same size for every point.',
          'zh-Hant': 'L2 斜率的變化是 L1 的好幾倍：L2 的梯度隨誤差變大，所以最遠的點拉得最用力；L1 對每個點的梯度大小都一樣。'
        },
        revealAt: 300
      }
    },
    {
      page: 'gen-11',
      preset: 'bimodal',
      hide: ['lr', 'seed'],
      note: {
        en: 'The target takes two values. L2 predicts their mean, where there is no data at all; L1 predicts the median. This is why an L2-trained generator draws blurry averages.',
        'zh-Hant': '目標只有兩種值。L2 預測它們的平均數，那裡根本沒有資料；L1 預測中位數。這就是用 L2 訓練的生成器會畫出模糊平均的原因。'
      }
    },
    {
      page: 'gen-11',
      preset: 'huber',
      hide: ['lr', 'seed'],
      note: {
        en: 'Huber: compare the gradient curves. It follows L2 for small errors and flattens at δ for large ones, so the fit behaves like L2 near the data and like L1 toward the outlier.',
        'zh-Hant': 'Huber：比較梯度曲線。誤差小時它跟著 L2，誤差大時在 δ 處變平，所以擬合在資料附近像 L2，面對離群值時像 L1。'
      }
    },
    {
      page: 'emb-13',
      preset: 'triplet-basics',
      hide: ['seed'],
      note: {
        en: 'A loss with no target values at all: it only asks that an anchor be closer to its positive than to its negative, by a margin. Train: the mixed classes separate into clusters, and satisfied triplets stop moving.',
        'zh-Hant': '一個完全沒有目標值的損失：它只要求錨點離正樣本比離負樣本近，而且至少差一個邊界距離。訓練看看：混在一起的類別分成一群一群，已滿足的三元組就不再移動。'
      }
    }
  ]
});
