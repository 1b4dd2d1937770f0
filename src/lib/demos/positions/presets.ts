import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'no-position': {
    label: { en: 'No positions: shuffle test', 'zh-Hant': '沒有位置資訊：打亂測試' },
    values: { scheme: 'none', shift: 5, seqLen: 8 },
    predict: {
      question: {
        en: 'This model has no positional encoding. Shuffle the input tokens: what happens to its outputs?',
        'zh-Hant': '這個模型沒有位置編碼。把輸入詞元的順序打亂，它的輸出會怎樣？'
      },
      choices: {
        same: { en: 'The same output rows, shuffled in the same way', 'zh-Hant': '同樣的輸出列，只是以相同方式重新排列' },
        different: { en: 'New outputs: the model notices the new order', 'zh-Hant': '全新的輸出：模型察覺到順序變了' }
      },
      answer: 'same',
      revealAt: 20,
      why: {
        en: 'Without positions, attention compares tokens by content only, and every other layer works token by token. The permutation test reads a gap of about 1e-7 (rounding): the model treats the sentence as a bag of tokens. Switch to sinusoidal and the gap jumps to the size of the outputs themselves.',
        'zh-Hant': '沒有位置資訊時，注意力只依內容比較詞元，其他層則逐一處理每個詞元。排列測試測得的差距約 1e-7（只是捨入誤差）：模型把句子當成一袋詞元。改成正弦編碼，差距就跳到與輸出本身同樣的大小。'
      }
    }
  },
  sinusoidal: {
    label: { en: 'Sinusoidal encoding', 'zh-Hant': '正弦位置編碼' },
    values: { scheme: 'sinusoidal', shift: 5, seqLen: 8, dModel: 64 }
  },
  'relative-shift': {
    label: { en: 'Relative bias: shift test', 'zh-Hant': '相對位置偏差：平移測試' },
    values: { scheme: 'relative', shift: 5, seqLen: 8 },
    predict: {
      question: {
        en: 'This model adds a learned bias that depends only on the offset between two tokens. Move the whole sentence 5 positions to the right: do its attention weights change?',
        'zh-Hant': '這個模型加上只依兩個詞元之間距離而定的可學習偏差。把整個句子往右移 5 個位置，它的注意力權重會改變嗎？'
      },
      choices: {
        unchanged: { en: 'No, not at all', 'zh-Hant': '完全不變' },
        changed: { en: 'Yes, they are computed at new positions', 'zh-Hant': '會，因為是在新的位置上計算' }
      },
      answer: 'unchanged',
      why: {
        en: 'Every pair keeps its offset, so every score keeps its bias: the shift test reads a change of 0, and the accuracy at the shifted positions equals the accuracy where it trained. Switch to the learned absolute table: the weights change, and the shifted accuracy falls behind because those rows of the table were never trained.',
        'zh-Hant': '每一對詞元的距離都沒變，所以每個分數的偏差也沒變：平移測試測得的變化是 0，平移後位置上的準確率也與訓練時相同。改成可學習的絕對位置表：權重會改變，而且平移後的準確率會落後，因為位置表的那幾列從未被訓練過。'
      },
      revealAt: 150
    }
  },
  'absolute-shift': {
    label: { en: 'Absolute table: shift test', 'zh-Hant': '絕對位置表：平移測試' },
    values: { scheme: 'learned', shift: 5, seqLen: 8 }
  },
  rope: {
    label: { en: 'RoPE: shift test', 'zh-Hant': 'RoPE：平移測試' },
    values: { scheme: 'rope', shift: 5, seqLen: 8 }
  }
});
