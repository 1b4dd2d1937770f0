import { defineLesson } from '../types';

export default defineLesson({
  slug: 'embeddings-and-margins',
  order: 5,
  minutes: 15,
  title: { en: 'Embeddings and margins', 'zh-Hant': '嵌入與邊界距離' },
  summary: {
    en: 'A triplet loss arranges points so that classes form clusters. The margin decides how far apart they must be: zero is too little, and too much can never be met.',
    'zh-Hant': '三元組損失讓點排成一群一群的類別。邊界距離決定它們必須分開多遠：零太少，太大則永遠無法滿足。'
  },
  steps: [
    {
      page: 'emb-13',
      preset: 'triplet-basics',
      hide: ['seed', 'lr'],
      note: {
        en: 'Train and follow one anchor with its positive and negative. Once the negative is farther than the positive by the margin, that triplet’s loss is 0 and it stops moving the points.',
        'zh-Hant': '訓練並盯著一個錨點與它的正、負樣本。當負樣本比正樣本遠出一個邊界距離，這個三元組的損失就是 0，也不再移動這些點。'
      }
    },
    {
      page: 'emb-14',
      preset: 'small-vs-large-margin',
      hide: ['seed', 'lr'],
      note: {
        en: 'Ask first, then train both side by side and compare the separation readouts.',
        'zh-Hant': '先問全班，再讓兩邊並排訓練，比較分離程度的讀數。'
      },
      predict: {
        question: {
          en: 'Two runs differ only in the margin (0.1 and 1.5). Which one ends with classes more clearly apart, relative to their spread?',
          'zh-Hant': '兩次訓練只差在邊界距離（0.1 與 1.5）。哪一次訓練結束時，類別之間相對於類別內部的分散，分得比較開？'
        },
        choices: {
          small: { en: 'The small margin', 'zh-Hant': '小邊界距離' },
          large: { en: 'The large margin', 'zh-Hant': '大邊界距離' },
          same: { en: 'About the same', 'zh-Hant': '差不多' }
        },
        answer: 'large',
        why: {
          en: 'The larger margin ends with a larger between-class to within-class distance ratio: a triplet keeps pushing until the negative is a whole margin farther than the positive.',
          'zh-Hant': '邊界距離較大的那次，類別間與類別內的距離比也較大：三元組會一直推，直到負樣本比正樣本遠出整整一個邊界距離。'
        },
        revealAt: 200
      }
    },
    {
      page: 'emb-14',
      preset: 'margin-zero',
      hide: ['seed', 'lr'],
      note: {
        en: 'Margin zero: every triplet is satisfied as soon as the negative is no closer than the positive, so the loss vanishes almost at once and the clusters do not separate.',
        'zh-Hant': '邊界距離為零：只要負樣本不比正樣本近，每個三元組就滿足了，所以損失幾乎立刻消失，群集也不會分開。'
      }
    },
    {
      page: 'emb-14',
      preset: 'oversized-margin',
      hide: ['seed', 'lr'],
      note: {
        en: 'A margin of 3 in an embedding that lives in the unit disc, where no two points are more than 2 apart: it can never be met, so most triplets stay active and the loss never reaches zero.',
        'zh-Hant': '嵌入位於單位圓盤內，任兩點的距離不超過 2，卻要求邊界距離 3：永遠不可能滿足，所以大多數三元組一直有作用，損失永遠降不到零。'
      }
    }
  ]
});
