import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  sentences: {
    kind: 'text', maxLength: 300, default: 'dog bites man; man bites dog; the cat chases the boy; she keeps money in the bank', apply: 'live',
    label: { en: 'Sentences (separate with ;)', 'zh-Hant': '句子（以 ; 分隔）' },
    help: { en: 'Up to 8 English sentences from the demo\'s small vocabulary; unknown words become <unk>.', 'zh-Hant': '最多 8 個英文句子，使用示範的小詞彙表；不認得的字會變成 <unk>。' }
  },
  word: {
    kind: 'text', maxLength: 20, default: 'bank', apply: 'live',
    label: { en: 'Ambiguous word to follow', 'zh-Hant': '要追蹤的多義詞' }
  },
  contexts: {
    kind: 'text', maxLength: 400, default: 'we sat on the green bank of the river; the duck rests by the river bank; she saves her money in the bank; the bank lends gold for the town', apply: 'live',
    label: { en: 'Contexts of the word (separate with ;)', 'zh-Hant': '這個詞出現的上下文（以 ; 分隔）' }
  },
  dModel: { kind: 'int', min: 8, max: 64, step: 8, default: 16, label: { en: 'Vector size', 'zh-Hant': '向量維度' } },
  layers: { kind: 'int', min: 1, max: 3, default: 1, label: { en: 'Encoder layers', 'zh-Hant': '編碼器層數' } },
  batch: { kind: 'int', min: 8, max: 64, default: 16, label: { en: 'Sentences per batch', 'zh-Hant': '每批句子數' } },
  lr: { kind: 'log', min: 0.0003, max: 0.03, default: 0.005, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
