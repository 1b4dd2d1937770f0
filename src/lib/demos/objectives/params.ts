/** Controls of the pre-training objectives demo (llm-08, llm-02). */
import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  corpus: {
    kind: 'choice', options: ['en', 'zh-Hant'], default: 'en',
    label: { en: 'Training sentences', 'zh-Hant': '訓練句子' },
    optionLabels: {
      en: { en: 'English (words)', 'zh-Hant': '英文（以詞為單位）' },
      'zh-Hant': { en: 'Chinese (words)', 'zh-Hant': '中文（以詞為單位）' }
    }
  },
  sentence: {
    kind: 'text', maxLength: 80, default: 'the dog barks in the yard', apply: 'live',
    label: { en: 'Your sentence', 'zh-Hant': '你的句子' },
    help: {
      en: 'Use words from the training sentences (animals, their verbs and places); unknown words are shown struck through. At most 8 words.',
      'zh-Hant': '請用訓練句子裡的詞（動物、牠們的動作和地點）；不認得的詞會加上刪除線。最多 8 個詞。'
    }
  },
  blank: {
    kind: 'int', min: 1, max: 8, default: 2, apply: 'live',
    label: { en: 'Word to blank out (position)', 'zh-Hant': '要挖空的詞（位置）' }
  },
  orderSeed: {
    kind: 'int', min: 1, max: 99, default: 1, apply: 'live',
    label: { en: 'Permutation order (sample number)', 'zh-Hant': '排列順序（第幾次抽樣）' },
    help: {
      en: 'Permutation language modelling (XLNet) predicts the words in a random order; this picks which order.',
      'zh-Hant': '排列語言建模（XLNet）以隨機順序預測各個詞；這裡選擇是哪一種順序。'
    }
  },
  maskRate: {
    kind: 'number', min: 0.1, max: 0.5, step: 0.05, default: 0.4,
    label: { en: 'Masked LM: share of words hidden', 'zh-Hant': '遮罩語言建模：遮住的詞比例' }
  },
  lr: {
    kind: 'log', min: 0.003, max: 0.2, default: 0.05, apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
