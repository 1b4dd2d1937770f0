/**
 * The self-attention demo's controls. 'explore' recomputes one attention head over the
 * reader's sentence in plain TypeScript (src/lib/ml/attention.ts); 'learn' trains a tiny
 * attention layer on a toy task (src/lib/ml/attention-task.ts) and shows its pattern form.
 */
import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  mode: {
    kind: 'choice',
    options: ['explore', 'learn'],
    default: 'explore',
    // The learn-mode trainer does not read the mode: switching never rebuilds it.
    apply: 'live',
    label: { en: 'Mode', 'zh-Hant': '模式' },
    optionLabels: {
      explore: { en: 'Explore a sentence', 'zh-Hant': '探索句子' },
      learn: { en: 'Watch it learn', 'zh-Hant': '看它學習' }
    }
  },
  sentence: {
    kind: 'text',
    maxLength: 200,
    default: 'The animal didn’t cross the street because it was too tired.',
    apply: 'live',
    label: { en: 'Sentence', 'zh-Hant': '句子' },
    help: {
      en: 'Words and punctuation are tokens; each Chinese character is its own token (at most 24).',
      'zh-Hant': '英文單字與標點各算一個詞元，每個中文字各自是一個詞元（最多 24 個）。'
    }
  },
  dK: {
    kind: 'int',
    min: 2,
    max: 64,
    default: 16,
    label: { en: 'Query/key width d_k', 'zh-Hant': '查詢／鍵向量維度 d_k' }
  },
  temperature: {
    kind: 'log',
    min: 0.1,
    max: 10,
    default: 1,
    apply: 'live',
    label: { en: 'Softmax temperature', 'zh-Hant': 'Softmax 溫度' }
  },
  scaled: {
    kind: 'boolean',
    default: true,
    apply: 'live',
    label: { en: 'Divide scores by √d_k', 'zh-Hant': '分數除以 √d_k' }
  },
  causal: {
    kind: 'boolean',
    default: false,
    apply: 'live',
    label: { en: 'Causal mask (no peeking ahead)', 'zh-Hant': '因果遮罩（不能偷看後文）' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Random seed', 'zh-Hant': '隨機種子' } },
  task: {
    kind: 'choice',
    // = TASKS in src/lib/ml/attention-task.ts (not imported: that module pulls in tfjs).
    options: ['reverse', 'previous', 'twin'],
    default: 'reverse',
    label: { en: 'Training task', 'zh-Hant': '訓練任務' },
    optionLabels: {
      reverse: { en: 'Reverse the sequence', 'zh-Hant': '把序列倒過來' },
      previous: { en: 'Copy the previous token', 'zh-Hant': '複製前一個詞元' },
      twin: { en: 'Find the matching letter', 'zh-Hant': '找出相同的字母' }
    }
  },
  seqLen: { kind: 'int', min: 4, max: 16, default: 8, label: { en: 'Sequence length', 'zh-Hant': '序列長度' } },
  vocab: { kind: 'int', min: 4, max: 26, default: 8, label: { en: 'Vocabulary size', 'zh-Hant': '詞彙量' } },
  lr: {
    kind: 'log',
    min: 1e-4,
    max: 0.3,
    default: 0.01,
    apply: 'live',
    label: { en: 'Learning rate', 'zh-Hant': '學習率' }
  }
});
