import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  corpus: {
    kind: 'choice', options: ['en', 'zh', 'both'], default: 'en',
    label: { en: 'Text to learn from', 'zh-Hant': '用來學習的文字' },
    optionLabels: {
      en: { en: 'English (35 sentences)', 'zh-Hant': '英文（35 句）' },
      zh: { en: 'Chinese (30 sentences)', 'zh-Hant': '中文（30 句）' },
      both: { en: 'Both', 'zh-Hant': '兩者都用' }
    },
    help: {
      en: 'English words end with the marker </w>. Chinese has no spaces: each run of characters between punctuation marks counts as one "word".',
      'zh-Hant': '英文的詞以標記 </w> 結尾。中文沒有空格：兩個標點符號之間的一串字就算一個「詞」。'
    }
  },
  tieBreak: {
    kind: 'choice', options: ['first', 'largest'], default: 'first',
    label: { en: 'Ties between equally frequent pairs', 'zh-Hant': '出現次數相同的字元對如何取捨' },
    optionLabels: {
      first: { en: 'First met (Sennrich et al. 2016)', 'zh-Hant': '最先遇到的（Sennrich 等人 2016）' },
      largest: { en: 'Largest pair (subword-nmt)', 'zh-Hant': '字典序最大的（subword-nmt）' }
    }
  },
  minFrequency: {
    kind: 'int', min: 1, max: 5, default: 2,
    label: { en: 'Stop below this frequency', 'zh-Hant': '次數低於此值就停止' }
  },
  maxMerges: {
    kind: 'int', min: 3, max: 400, default: 150, apply: 'live',
    label: { en: 'Merges to learn', 'zh-Hant': '要學的合併次數' },
    help: {
      en: 'One merge per step; the run pauses after this many (or earlier, when no pair is frequent enough).',
      'zh-Hant': '每一步學一次合併；學到這個次數就暫停（若已沒有夠常見的字元對，會更早停止）。'
    }
  },
  word: {
    kind: 'text', maxLength: 40, default: 'unkindness', apply: 'live',
    label: { en: 'A word to split', 'zh-Hant': '要切分的詞' },
    help: {
      en: 'Type any word, seen or not: it is split with the merges learned so far, in the order they were learned.',
      'zh-Hant': '輸入任何詞，不論有沒有出現過：它會依照目前學到的合併、按學到的順序切分。'
    }
  },
  production: {
    kind: 'boolean', default: false, apply: 'live',
    label: { en: 'Compare with GPT-4o\'s tokenizer (o200k)', 'zh-Hant': '和 GPT-4o 的詞元切分器（o200k）比較' },
    help: {
      en: 'Loads a 2 MB merge table into the worker the first time it is switched on (served by this site).',
      'zh-Hant': '第一次開啟時會把 2 MB 的合併表載入背景執行緒（由本網站提供）。'
    }
  },
  seed: {
    kind: 'seed', default: 1, label: { en: 'Seed (sentence order)', 'zh-Hant': '隨機種子（句子順序）' },
    help: {
      en: 'Shuffles the order of the sentences, which decides ties under "first met".',
      'zh-Hant': '打亂句子的順序；在「最先遇到的」規則下，這會決定平手時選誰。'
    }
  }
});
