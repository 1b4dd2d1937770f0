import { definePresets } from '$lib/params/schema';
import { params } from './params';

/** Steps after which the predict question reveals (the claim tests train this long). */
export const REVEAL = 60;

export const presets = definePresets(params, {
  specialise: {
    label: { en: 'Two heads vs one, same width', 'zh-Hant': '兩個頭對一個頭，寬度相同' },
    values: { heads: '2', dModel: 16, symbols: 4, length: 6, lr: 0.03, example: 1 },
    predict: {
      question: {
        en: `Every position must name both of its neighbours on the ring. After ${REVEAL} steps, where do the two heads of the two-head copy look?`,
        'zh-Hant': `每個位置都必須說出它在環上的兩個鄰居。${REVEAL} 步之後，雙頭副本的兩個頭各看哪裡？`
      },
      choices: {
        split: { en: 'One at the left neighbour, the other at the right neighbour', 'zh-Hant': '一個看左邊的鄰居，另一個看右邊的鄰居' },
        same: { en: 'Both at the same neighbour', 'zh-Hant': '兩個都看同一個鄰居' },
        spread: { en: 'Both spread over the whole ring', 'zh-Hant': '兩個都分散在整個環上' }
      },
      answer: 'split',
      why: {
        en: 'The offset bars of the two-head copy show one head on −1 and the other on +1, each with most of its weight, and the specialisation score (total variation between their profiles) is near 1. The single head has to put one softmax row on both relations: it commits to one neighbour or blends the two.',
        'zh-Hant': '雙頭副本的位移長條圖中，一個頭集中在 −1，另一個集中在 +1，各自占了大部分權重；專門化程度（兩者位移分布的總變異距離）接近 1。單一的頭只能用一列 softmax 同時處理兩種關係：要嘛只看一個鄰居，要嘛把兩個混在一起。'
      },
      revealAt: REVEAL
    }
  },
  'four-heads': {
    label: { en: 'Four heads', 'zh-Hant': '四個頭' },
    values: { heads: '4', dModel: 16, symbols: 4, length: 6, lr: 0.03 }
  },
  longer: {
    label: { en: 'A longer ring, more symbols', 'zh-Hant': '更長的環、更多符號' },
    values: { heads: '2', dModel: 16, symbols: 5, length: 8, lr: 0.03 }
  }
});
