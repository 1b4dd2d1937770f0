import { definePresets } from '$lib/params/schema';
import { params } from './params';

/** Steps after which the trained predict questions reveal (the claim tests train this long). */
export const REVEAL = 60;

export const presets = definePresets(params, {
  objectives: {
    label: { en: 'Three objectives, one sentence', 'zh-Hant': '三種目標，同一個句子' },
    values: { corpus: 'en', sentence: 'the dog barks in the yard', blank: 2, orderSeed: 1 },
    predict: {
      question: {
        en: 'The word “dog” is to be predicted. Which objectives let that prediction read “barks”, the word right after it?',
        'zh-Hant': '要預測的是「dog」這個詞。哪些目標讓這個預測讀得到緊接在它後面的「barks」？'
      },
      choices: {
        'mlm-plm': { en: 'Masked LM always; permutation LM only when “barks” comes earlier in the sampled order', 'zh-Hant': '遮罩語言建模一定讀得到；排列語言建模只有在抽到的順序裡「barks」排在前面時才讀得到' },
        all: { en: 'All three', 'zh-Hant': '三種都可以' },
        none: { en: 'None: a prediction only reads what comes before it', 'zh-Hant': '都不行：預測只能讀前面的詞' }
      },
      answer: 'mlm-plm',
      why: {
        en: 'In the causal matrix the row of “dog” is zero right of the diagonal (lower-triangular). In the masked matrix the blank’s row reads every visible word on both sides. In the permutation matrix a row reads exactly the words ranked earlier in the order: change the order and “barks” moves in or out of view.',
        'zh-Hant': '因果矩陣中「dog」那一列在對角線右邊全是 0（下三角）。遮罩矩陣中，空格那一列讀得到兩側所有看得見的詞。排列矩陣中，每一列只讀得到順序排在它前面的詞：換一種順序，「barks」就可能進入或離開視野。'
      },
      revealAt: 1
    }
  },
  'gpt-vs-bert': {
    label: { en: 'GPT vs BERT: fill the blank', 'zh-Hant': 'GPT 對 BERT：填空' },
    values: { corpus: 'en', sentence: 'the dog barks in the yard', blank: 2, maskRate: 0.4, lr: 0.05 },
    predict: {
      question: {
        en: `Two copies of one tiny transformer train on the same sentences: GPT-style (predict the next word) and BERT-style (predict hidden words). After ${REVEAL} steps we blank out “dog” in “the ___ barks in the yard”. Which copy fills the nouns of unseen sentences better?`,
        'zh-Hant': `同一個小型 Transformer 的兩份副本在相同句子上訓練：GPT 式（預測下一個詞）與 BERT 式（預測被遮住的詞）。${REVEAL} 步之後，把「the ___ barks in the yard」裡的 dog 挖掉。哪一份在沒看過的句子上比較會填名詞？`
      },
      choices: {
        bert: { en: 'BERT-style (masked)', 'zh-Hant': 'BERT 式（遮罩）' },
        gpt: { en: 'GPT-style (causal)', 'zh-Hant': 'GPT 式（因果）' },
        same: { en: 'About the same', 'zh-Hant': '差不多' }
      },
      answer: 'bert',
      why: {
        en: 'The noun is fixed by the verb AFTER it (barks → dog, sleeps → cat). The masked model reads it; the causal model only sees “the” and must guess. Change the verb in your sentence: the masked model’s guess follows it, the causal model’s bars do not move at all.',
        'zh-Hant': '名詞是由它後面的動詞決定的（barks → dog，sleeps → cat）。遮罩模型讀得到動詞；因果模型只看得到「the」，只能猜。把你句子裡的動詞換掉：遮罩模型的答案跟著改變，因果模型的長條完全不動。'
      },
      revealAt: REVEAL
    }
  },
  chinese: {
    label: { en: 'Chinese measure words', 'zh-Hant': '中文量詞' },
    values: { corpus: 'zh-Hant', sentence: '一隻小貓在墊子上睡覺', blank: 2, maskRate: 0.4, lr: 0.05 }
  },
  permutation: {
    label: { en: 'Another permutation order', 'zh-Hant': '換一種排列順序' },
    values: { corpus: 'en', sentence: 'the small cats sleep on the mat', blank: 3, orderSeed: 7 }
  }
});
