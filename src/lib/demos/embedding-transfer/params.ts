import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  task: {
    kind: 'choice', options: ['transfer', 'categorical'], default: 'transfer',
    label: { en: 'Experiment', 'zh-Hant': '實驗' },
    optionLabels: {
      transfer: { en: 'Pretrained vs random embeddings for a small labelled set', 'zh-Hant': '少量標註資料：預訓練嵌入對上隨機初始化' },
      categorical: { en: 'A high-cardinality category: one-hot, embedding, hashing', 'zh-Hant': '高基數類別特徵：獨熱編碼、嵌入、雜湊技巧' }
    }
  },
  perClass: {
    kind: 'int', min: 1, max: 40, default: 3,
    label: { en: 'Labelled sentences per topic (N)', 'zh-Hant': '每個主題的標註句子數（N）' },
    help: {
      en: 'The downstream task: which of 7 topics is a sentence about? The classifiers see N labelled sentences per topic; the test uses up to 280 others.',
      'zh-Hant': '下游任務：一個句子在談 7 個主題中的哪一個？分類器每個主題只看到 N 個標註句子；測試最多使用其他 280 個句子。'
    }
  },
  dim: { kind: 'int', min: 4, max: 32, default: 16, label: { en: 'Embedding size d', 'zh-Hant': '嵌入維度 d' } },
  pretrainSteps: {
    kind: 'int', min: 10, max: 600, step: 10, default: 120,
    label: { en: 'Skip-gram pretraining steps', 'zh-Hant': 'skip-gram 預訓練步數' },
    help: {
      en: 'Skip-gram runs on the whole corpus (labels unused) before the classifiers start; its vectors initialise the two pretrained tables.',
      'zh-Hant': '在分類器開始前，先在整份語料上跑 skip-gram（不使用標籤）；它的向量用來初始化兩張預訓練的嵌入表。'
    }
  },
  cardinality: {
    kind: 'int', min: 200, max: 4000, step: 100, default: 1000,
    label: { en: 'Users (cardinality C)', 'zh-Hant': '使用者數（基數 C）' }
  },
  perUser: {
    kind: 'int', min: 2, max: 40, default: 15,
    label: { en: 'Observed items per user', 'zh-Hant': '每位使用者觀察到的物品數' }
  },
  hashDim: { kind: 'int', min: 1, max: 16, default: 4, label: { en: 'Hashed embedding size', 'zh-Hant': '雜湊嵌入的維度' } },
  buckets: {
    kind: 'int', min: 10, max: 8000, step: 5, default: 125,
    label: { en: 'Hash buckets B', 'zh-Hant': '雜湊桶數 B' },
    help: {
      en: 'User ids are hashed (FNV-1a) into B buckets; users in the same bucket share one vector.',
      'zh-Hant': '使用者編號經雜湊（FNV-1a）分到 B 個桶；同一個桶裡的使用者共用一個向量。'
    }
  },
  lr: { kind: 'log', min: 0.002, max: 0.3, default: 0.05, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  steps: {
    kind: 'int', min: 10, max: 2000, step: 10, default: 40, apply: 'live',
    label: { en: 'Pause after steps', 'zh-Hant': '幾步後暫停' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
