import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  word: {
    kind: 'text', maxLength: 24, default: 'doggy', apply: 'live',
    label: { en: 'An invented word', 'zh-Hant': '自創的詞' },
    help: {
      en: 'Type a word the corpus never uses (doggy, reddish, sisters, 小狗). A word the corpus does use simply has its own vector.',
      'zh-Hant': '輸入語料中從未出現的詞（doggy、reddish、sisters、小狗）。語料中有的詞，本來就有自己的向量。'
    }
  },
  merges: {
    kind: 'int', min: 10, max: 400, step: 10, default: 150, apply: 'live',
    label: { en: 'BPE merges', 'zh-Hant': 'BPE 合併次數' },
    help: {
      en: 'Merges learned on the corpus words. Few merges: small pieces shared by many words; many: whole words.',
      'zh-Hant': '在語料的詞上學到的合併次數。合併少：許多詞共用的小片段；合併多：整個詞。'
    }
  },
  k: { kind: 'int', min: 1, max: 10, default: 5, apply: 'live', label: { en: 'Neighbours shown', 'zh-Hant': '顯示的近鄰數' } },
  dim: { kind: 'int', min: 4, max: 32, default: 16, label: { en: 'Vector size d', 'zh-Hant': '向量維度 d' } },
  lr: { kind: 'log', min: 0.002, max: 0.3, default: 0.05, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  steps: {
    kind: 'int', min: 20, max: 1000, step: 10, default: 100, apply: 'live',
    label: { en: 'Pause after steps', 'zh-Hant': '幾步後暫停' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
