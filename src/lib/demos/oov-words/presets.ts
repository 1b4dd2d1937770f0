import { definePresets } from '$lib/params/schema';
import { params } from './params';

const base = { dim: 16, lr: 0.05, steps: 100, merges: 150, k: 5 } as const;

export const presets = definePresets(params, {
  invented: {
    label: { en: '"doggy": UNK, n-grams, BPE', 'zh-Hant': '「doggy」：UNK、n-gram、BPE' },
    values: { ...base, word: 'doggy' },
    predict: {
      question: {
        en: 'The corpus has "dog" but never "doggy". After 100 steps of skip-gram, which strategies give "doggy" a vector whose nearest word is "dog"?',
        'zh-Hant': '語料裡有「dog」，但從來沒有「doggy」。skip-gram 訓練 100 步之後，哪些做法給「doggy」的向量，最近的詞會是「dog」？'
      },
      choices: {
        ngram: { en: 'Character n-grams (and BPE for many such words); never UNK', 'zh-Hant': '字元 n-gram（很多這類詞的 BPE 也可以）；UNK 永遠不行' },
        unk: { en: 'UNK as well: it is the average of everything', 'zh-Hant': 'UNK 也可以：它是所有向量的平均' },
        none: { en: 'None: the word was never trained', 'zh-Hant': '都不行：這個詞從沒被訓練過' }
      },
      answer: 'ngram',
      why: {
        en: 'UNK gives every unknown word the same vector, so its neighbours say nothing about the word. The n-grams <do, dog, <dog are shared with "dog" and carry its vector; the rest of the neighbours are animals. BPE splits "doggy" into dog + g + y here, and the stray g and y pull it away; for "dogs" (dog + s) it works.',
        'zh-Hant': 'UNK 給每個未知詞同一個向量，它的近鄰跟這個詞毫無關係。n-gram「<do」「dog」「<dog」和「dog」共用，帶著它的向量；其餘近鄰都是動物。BPE 在這裡把「doggy」切成 dog + g + y，多出來的 g 和 y 把它拉遠了；換成「dogs」（dog + s）就可以。'
      },
      revealAt: 100
    }
  },
  plural: {
    label: { en: 'A plural: "sisters"', 'zh-Hant': '複數形：「sisters」' },
    values: { ...base, word: 'sisters' }
  },
  chinese: {
    label: { en: 'A Chinese compound: 小狗', 'zh-Hant': '中文複合詞：小狗' },
    values: { ...base, word: '小狗' }
  },
  'no-overlap': {
    label: { en: 'Nothing to share: "xyzzq"', 'zh-Hant': '沒有可共用的片段：「xyzzq」' },
    values: { ...base, word: 'xyzzq' }
  }
});
