import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  view: {
    kind: 'choice', options: ['overfit', 'perplexity', 'hallucination'], default: 'overfit', apply: 'live',
    label: { en: 'What to look at', 'zh-Hant': '要觀察什麼' },
    optionLabels: {
      overfit: { en: 'Overfitting: train vs held-out loss, copied sentences', 'zh-Hant': '過擬合：訓練與保留損失、照抄的句子' },
      perplexity: { en: 'Perplexity: repetitive vs varied text, temperature', 'zh-Hant': '困惑度：重複與多樣的文字、溫度' },
      hallucination: { en: 'Hallucination: token probabilities, self-consistency', 'zh-Hant': '幻覺：詞元機率、自我一致性' }
    }
  },
  corpus: {
    kind: 'choice', options: ['en', 'zh-Hant'], default: 'en',
    label: { en: 'Training text', 'zh-Hant': '訓練文字' },
    optionLabels: {
      en: { en: 'English sentences about animals', 'zh-Hant': '關於動物的英文句子' },
      'zh-Hant': { en: 'Chinese sentences about animals', 'zh-Hant': '關於動物的中文句子' }
    }
  },
  tokens: {
    kind: 'choice', options: ['word', 'char'], default: 'word',
    label: { en: 'Tokens', 'zh-Hant': '詞元' },
    optionLabels: {
      word: { en: 'Words', 'zh-Hant': '詞' },
      char: { en: 'Characters (slower to learn)', 'zh-Hant': '字元（學得較慢）' }
    }
  },
  trainSize: {
    kind: 'int', min: 4, max: 100, default: 8,
    label: { en: 'Training sentences', 'zh-Hant': '訓練句子數' },
    help: { en: 'How many sentences the model trains on; the others are held out to measure generalisation.', 'zh-Hant': '模型用來訓練的句子數；其餘句子保留下來衡量泛化能力。' }
  },
  context: { kind: 'int', min: 6, max: 24, default: 8, label: { en: 'Context window (tokens)', 'zh-Hant': '上下文視窗（詞元）' } },
  dModel: { kind: 'int', min: 16, max: 64, step: 8, default: 24, label: { en: 'Model width', 'zh-Hant': '模型寬度' } },
  batch: { kind: 'int', min: 4, max: 32, default: 8, label: { en: 'Windows per batch', 'zh-Hant': '每批視窗數' } },
  lr: { kind: 'log', min: 0.001, max: 0.05, default: 0.02, apply: 'live', label: { en: 'Learning rate (AdamW)', 'zh-Hant': '學習率（AdamW）' } },
  regularise: {
    kind: 'boolean', default: true,
    label: { en: 'Train a regularised copy beside it', 'zh-Hant': '同時訓練一份正則化的副本' }
  },
  dropout: {
    kind: 'number', min: 0, max: 0.5, step: 0.05, default: 0.3, apply: 'live',
    label: { en: 'Dropout (regularised copy)', 'zh-Hant': 'Dropout（正則化副本）' }
  },
  weightDecay: {
    kind: 'number', min: 0, max: 0.5, step: 0.05, default: 0.1,
    label: { en: 'Weight decay (regularised copy)', 'zh-Hant': '權重衰減（正則化副本）' }
  },
  patience: {
    kind: 'int', min: 0, max: 20, default: 4,
    label: { en: 'Early-stopping patience (0 = off)', 'zh-Hant': '提前停止的耐心值（0 為關閉）' },
    help: {
      en: 'The regularised copy stops after this many evaluations without a better held-out loss.',
      'zh-Hant': '正則化副本在連續這麼多次評估都沒有更好的保留損失後停止訓練。'
    }
  },
  temperature: { kind: 'log', min: 0.1, max: 3, default: 1, apply: 'live', label: { en: 'Sampling temperature', 'zh-Hant': '取樣溫度' } },
  samples: { kind: 'int', min: 4, max: 16, default: 8, apply: 'live', label: { en: 'Samples', 'zh-Hant': '取樣數' } },
  flagBelow: {
    kind: 'number', min: -3, max: 0, step: 0.05, default: -0.5, apply: 'live',
    label: { en: 'Flag answers with mean log-prob below', 'zh-Hant': '平均對數機率低於此值就標記' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
