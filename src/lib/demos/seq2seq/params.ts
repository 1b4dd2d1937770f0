/** Controls of the encoder-decoder demo (llm-12, llm-15). */
import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  task: {
    kind: 'choice', options: ['reverse', 'translate'], default: 'reverse',
    label: { en: 'Task', 'zh-Hant': '任務' },
    optionLabels: {
      reverse: { en: 'Reverse a string of letters', 'zh-Hant': '把一串字母倒過來' },
      translate: { en: 'Toy translation (verb to the end, adjective after the noun)', 'zh-Hant': '玩具翻譯（動詞移到句尾、形容詞放到名詞後）' }
    }
  },
  dModel: {
    kind: 'int', min: 8, max: 32, step: 8, default: 16,
    label: { en: 'Model width d_model', 'zh-Hant': '模型寬度 d_model' }
  },
  lr: {
    kind: 'log', min: 0.003, max: 0.1, default: 0.03, apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  },
  example: {
    kind: 'int', min: 1, max: 48, default: 1, apply: 'live',
    label: { en: 'Held-out example', 'zh-Hant': '保留範例' }
  },
  decodeStep: {
    kind: 'int', min: 1, max: 8, default: 8, apply: 'live',
    label: { en: 'Decoding steps shown', 'zh-Hant': '顯示的解碼步數' },
    help: {
      en: 'Step through free-running decoding: at each step the decoder reads the source (through cross-attention) and its own earlier outputs.',
      'zh-Hant': '逐步觀看自由生成的解碼：每一步解碼器都透過交叉注意力讀取原文，並讀取自己先前的輸出。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
