import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  view: {
    kind: 'choice', options: ['map', 'evaluate', 'regularise'], default: 'map', apply: 'live',
    label: { en: 'Show', 'zh-Hant': '顯示' },
    optionLabels: {
      map: { en: 'Map and neighbours', 'zh-Hant': '向量地圖與近鄰' },
      evaluate: { en: 'Evaluation (precision@k, WEAT)', 'zh-Hant': '評估（precision@k、WEAT）' },
      regularise: { en: 'Regularisation (train vs held out, norms)', 'zh-Hant': '正則化（訓練與保留資料、範數）' }
    }
  },
  word: {
    kind: 'text', maxLength: 24, default: 'dog', apply: 'live',
    label: { en: 'Neighbours of', 'zh-Hant': '查詢近鄰的詞' },
    help: {
      en: 'Any word of the corpus, English or Chinese (e.g. dog, red, 媽媽, 蘋果). A word the corpus never saw has no vector at all.',
      'zh-Hant': '語料中的任何一個詞，英文或中文都可以（例如 dog、red、媽媽、蘋果）。語料中從未出現的詞根本沒有向量。'
    }
  },
  k: {
    kind: 'int', min: 1, max: 11, default: 5, apply: 'live',
    label: { en: 'k (neighbours, precision@k)', 'zh-Hant': 'k（近鄰數、precision@k）' }
  },
  languages: {
    kind: 'choice', options: ['both', 'en', 'zh'], default: 'both',
    label: { en: 'Corpus languages', 'zh-Hant': '語料的語言' },
    optionLabels: {
      both: { en: 'English and Chinese', 'zh-Hant': '英文與中文' },
      en: { en: 'English only', 'zh-Hant': '只有英文' },
      zh: { en: 'Chinese only', 'zh-Hant': '只有中文' }
    }
  },
  mix: {
    kind: 'number', min: 0, max: 0.5, step: 0.05, default: 0,
    label: { en: 'Code-switching share', 'zh-Hant': '語碼轉換的比例' },
    help: {
      en: 'Share of sentences whose topic word is swapped for its translation ("we feed the 狗 every morning"). Above zero, a word and its translation share contexts.',
      'zh-Hant': '主題詞被換成另一種語言翻譯的句子比例（例如「我們 每天 早上 餵 dog」）。大於零時，一個詞和它的翻譯會共享上下文。'
    }
  },
  weat: {
    kind: 'boolean', default: false,
    label: { en: 'Add the WEAT groups (flowers, insects, pleasant, unpleasant)', 'zh-Hant': '加入 WEAT 詞組（花、昆蟲、愉快、不愉快）' },
    help: {
      en: 'Adds four groups and sentences that pair a flower with a pleasant word, or an insect with an unpleasant one, 80% of the time: an association planted in the corpus for WEAT to find.',
      'zh-Hant': '加入四個詞組，以及把花和愉快的詞、昆蟲和不愉快的詞放在一起的句子（80% 的時候如此）：這是刻意埋進語料、讓 WEAT 去找的關聯。'
    }
  },
  dim: {
    kind: 'int', min: 2, max: 48, default: 16,
    label: { en: 'Vector size d', 'zh-Hant': '向量維度 d' }
  },
  window: {
    kind: 'int', min: 1, max: 4, default: 2,
    label: { en: 'Context window', 'zh-Hant': '上下文視窗' }
  },
  negatives: {
    kind: 'int', min: 1, max: 10, default: 5,
    label: { en: 'Negative samples k', 'zh-Hant': '負取樣數 k' }
  },
  lr: {
    kind: 'log', min: 0.002, max: 0.3, default: 0.05, apply: 'live',
    label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' }
  },
  heldOut: {
    kind: 'number', min: 0.1, max: 0.7, step: 0.05, default: 0.2,
    label: { en: 'Held-out share of sentences', 'zh-Hant': '保留作驗證的句子比例' },
    help: {
      en: 'These sentences are never trained on; the held-out loss is the skip-gram loss on their word pairs.',
      'zh-Hant': '這些句子從不拿來訓練；驗證損失就是這些句子中詞對的 skip-gram 損失。'
    }
  },
  l2: {
    kind: 'number', min: 0, max: 2, step: 0.05, default: 0, apply: 'live',
    label: { en: 'L2 (weight decay)', 'zh-Hant': 'L2（權重衰減）' },
    help: {
      en: 'After each step both tables shrink by a factor 1 - lr x L2 (decoupled weight decay, as in AdamW).',
      'zh-Hant': '每一步之後兩張向量表都乘上 1 − 學習率 × L2（解耦的權重衰減，和 AdamW 相同）。'
    }
  },
  dropout: {
    kind: 'number', min: 0, max: 0.8, step: 0.05, default: 0, apply: 'live',
    label: { en: 'Dropout on the centre vector', 'zh-Hant': '中心詞向量的 dropout' }
  },
  noise: {
    kind: 'number', min: 0, max: 1, step: 0.05, default: 0, apply: 'live',
    label: { en: 'Gaussian noise on the centre vector (std)', 'zh-Hant': '中心詞向量的高斯雜訊（標準差）' }
  },
  compare: {
    kind: 'boolean', default: false,
    label: { en: 'Train an unregularised twin alongside', 'zh-Hant': '同時訓練一個不加正則化的對照模型' }
  },
  steps: {
    kind: 'int', min: 50, max: 2000, step: 50, default: 150, apply: 'live',
    label: { en: 'Pause after steps', 'zh-Hant': '幾步後暫停' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
