import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  scheme: {
    kind: 'choice', options: ['none', 'sinusoidal', 'learned', 'rope', 'alibi', 'relative'], default: 'sinusoidal',
    label: { en: 'Positional scheme of the model', 'zh-Hant': '模型的位置編碼方式' },
    optionLabels: {
      none: { en: 'none', 'zh-Hant': '無' },
      sinusoidal: { en: 'sinusoidal (absolute, added)', 'zh-Hant': '正弦（絕對位置，相加）' },
      learned: { en: 'learned table (absolute)', 'zh-Hant': '可學習的位置表（絕對位置）' },
      rope: { en: 'RoPE (rotates q and k)', 'zh-Hant': 'RoPE（旋轉 q 與 k）' },
      alibi: { en: 'ALiBi (linear bias by distance)', 'zh-Hant': 'ALiBi（依距離的線性偏差）' },
      relative: { en: 'learned relative bias', 'zh-Hant': '可學習的相對位置偏差' }
    },
    help: {
      en: 'How the one-layer model trained below knows where each token is.',
      'zh-Hant': '下方訓練的單層模型用什麼方式得知每個詞元的位置。'
    }
  },
  shift: {
    kind: 'int', min: 0, max: 16, default: 5, apply: 'live',
    label: { en: 'Shift test: add to every position', 'zh-Hant': '平移測試：每個位置加上' },
    help: { en: 'The same tokens at positions shift, shift+1, …: the model never trained there.', 'zh-Hant': '同樣的詞元放在位置 shift、shift+1、……：模型從未在那些位置訓練過。' }
  },
  seqLen: { kind: 'int', min: 5, max: 10, default: 8, label: { en: 'Sequence length', 'zh-Hant': '序列長度' } },
  dModel: {
    kind: 'int', min: 8, max: 128, step: 8, default: 64, apply: 'live',
    label: { en: 'Width d of the encoding charts', 'zh-Hant': '編碼圖表的維度 d' },
    help: { en: 'Only for the sinusoidal and RoPE charts (the formula, not the model).', 'zh-Hant': '只影響正弦與 RoPE 圖表（公式本身，不是模型）。' }
  },
  lr: { kind: 'log', min: 0.001, max: 0.05, default: 0.01, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
