import { definePresets } from '$lib/params/schema';
import { params } from './params';

/** Steps after which the predict questions reveal (the claim tests train this long). */
export const REVEAL = 100;
/** Stated accuracy of llm-12's claim: free-running token accuracy on held-out sentences. */
export const SOLVED = 0.85;

export const presets = definePresets(params, {
  decode: {
    label: { en: 'Train it, then decode step by step', 'zh-Hant': '訓練後逐步解碼' },
    values: { task: 'translate', dModel: 16, lr: 0.03, example: 1, decodeStep: 1 },
    predict: {
      question: {
        en: `A one-layer encoder and a one-layer decoder (d_model 16) train with teacher forcing on the toy translation. After ${REVEAL} steps the decoder runs on its own (free running: it reads its own outputs). What share of the words of unseen sentences does it get right?`,
        'zh-Hant': `一層編碼器加一層解碼器（d_model 16）以教師強制在玩具翻譯上訓練。${REVEAL} 步之後讓解碼器自己生成（自由生成：讀自己先前的輸出）。在沒看過的句子上，它翻對的詞佔多少？`
      },
      choices: {
        most: { en: `More than ${Math.round(100 * SOLVED)} %`, 'zh-Hant': `超過 ${Math.round(100 * SOLVED)} %` },
        half: { en: 'About half', 'zh-Hant': '大約一半' },
        few: { en: 'Hardly any: it was only trained with the true prefix', 'zh-Hant': '幾乎沒有：它只在真實前綴下訓練過' }
      },
      answer: 'most',
      why: {
        en: 'The accuracy table shows free-running accuracy close to the teacher-forced one: once each step is right, reading its own outputs is the same as reading the true ones. Step through an example: at every step the encoder’s output is read again through cross-attention.',
        'zh-Hant': '準確率表格中，自由生成的準確率接近教師強制的準確率：只要每一步都對，讀自己的輸出就等於讀真實的輸出。逐步看一個範例：每一步解碼器都再次透過交叉注意力讀取編碼器的輸出。'
      },
      revealAt: REVEAL
    }
  },
  alignment: {
    label: { en: 'Where the decoder looks: the alignment map', 'zh-Hant': '解碼器看哪裡：對齊圖' },
    values: { task: 'translate', dModel: 16, lr: 0.03, example: 1, decodeStep: 8 },
    predict: {
      question: {
        en: 'The target language puts the verb LAST. When the decoder writes the verb, where does its cross-attention point?',
        'zh-Hant': '目標語言把動詞放在句尾。解碼器寫出動詞時，它的交叉注意力指向哪裡？'
      },
      choices: {
        verb: { en: 'At the source verb, in the middle of the source', 'zh-Hant': '指向原文中間的動詞' },
        last: { en: 'At the last source word (same position)', 'zh-Hant': '指向原文最後一個詞（相同位置）' },
        spread: { en: 'Spread evenly over the source', 'zh-Hant': '平均分散在整個原文上' }
      },
      answer: 'verb',
      why: {
        en: 'The alignment map’s dark cells follow the reordering rule, not the diagonal: the last row (the verb) lights up the source verb, and each adjective’s row lights up its source adjective, one column left of its noun. The alignment score counts how many rows peak on the right source word.',
        'zh-Hant': '對齊圖的深色格子依照重新排序的規則，而不是沿著對角線：最後一列（動詞）亮在原文的動詞上，每個形容詞那一列亮在原文的形容詞上（在它名詞的左邊一格）。對齊分數計算有多少列的最大值落在正確的原文詞上。'
      },
      revealAt: REVEAL
    }
  },
  reverse: {
    label: { en: 'Reverse a string (needs longer training)', 'zh-Hant': '把字串倒過來（需要訓練較久）' },
    values: { task: 'reverse', dModel: 16, lr: 0.03, example: 1, decodeStep: 8 }
  }
});
