import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  english: {
    label: { en: 'Learn merges from English', 'zh-Hant': '從英文學習合併' },
    values: { corpus: 'en', tieBreak: 'first', minFrequency: 2, maxMerges: 150, word: 'unkindness', production: false },
    predict: {
      question: {
        en: '"unkindness" never appears in the text. After 100 merges, how will BPE split it?',
        'zh-Hant': '文字中從來沒有出現過 "unkindness"。學了 100 次合併之後，BPE 會怎麼切它？'
      },
      choices: {
        'known-pieces': { en: 'Into a few pieces it learned, such as un + kind + ness', 'zh-Hant': '切成幾個學過的片段，例如 un + kind + ness' },
        letters: { en: 'Into its 10 separate letters', 'zh-Hant': '切成 10 個單獨的字母' },
        unknown: { en: 'Into one unknown token', 'zh-Hant': '變成一個「未知」詞元' }
      },
      answer: 'known-pieces',
      why: {
        en: 'Look at the word box: after 100 merges "unkindness" is un + kind + ness</w>, three symbols the merges built from other words (unkind, unhappy, kind, kindness, happiness). BPE never needs an unknown token for letters it has seen; drag the slider to 0 and the word is 10 letters plus the end marker.',
        'zh-Hant': '看切分結果：100 次合併之後，「unkindness」變成 un + kind + ness</w>，三個都是合併從其他詞（unkind、unhappy、kind、kindness、happiness）組出來的符號。只要字母出現過，BPE 就不需要「未知」詞元；把滑桿拉到 0，這個詞就是 10 個字母加上詞尾標記。'
      },
      revealAt: 100
    }
  },
  chinese: {
    label: { en: 'Learn merges from Chinese', 'zh-Hant': '從中文學習合併' },
    values: { corpus: 'zh', tieBreak: 'first', minFrequency: 2, maxMerges: 60, word: '機器翻譯模型', production: false }
  },
  'both-languages': {
    label: { en: 'English and Chinese together', 'zh-Hant': '英文與中文一起學' },
    values: { corpus: 'both', tieBreak: 'first', minFrequency: 2, maxMerges: 250, word: 'unhelpfulness', production: false }
  },
  'subword-nmt-ties': {
    label: { en: 'Break ties as subword-nmt does', 'zh-Hant': '依 subword-nmt 的方式處理平手' },
    values: { corpus: 'en', tieBreak: 'largest', minFrequency: 2, maxMerges: 150, word: 'unkindness', production: false }
  },
  'production-tokenizer': {
    label: { en: 'Beside GPT-4o\'s tokenizer', 'zh-Hant': '與 GPT-4o 的詞元切分器並列' },
    values: { corpus: 'both', tieBreak: 'first', minFrequency: 2, maxMerges: 250, word: '機器翻譯模型', production: true }
  }
});
