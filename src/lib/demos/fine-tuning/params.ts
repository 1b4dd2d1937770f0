import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  experiment: {
    kind: 'choice', options: ['transfer', 'strategies', 'forgetting'], default: 'transfer',
    label: { en: 'Experiment', 'zh-Hant': '實驗' },
    optionLabels: {
      transfer: { en: 'Pre-trained vs from scratch', 'zh-Hant': '預訓練 vs 從零開始' },
      strategies: { en: 'Fine-tuning strategies', 'zh-Hant': '微調策略' },
      forgetting: { en: 'Task A, then task B (forgetting)', 'zh-Hant': '先學任務 A，再學任務 B（遺忘）' }
    }
  },
  examples: {
    kind: 'int', min: 4, max: 112, default: 16,
    label: { en: 'Labelled target examples, N (transfer, strategies)', 'zh-Hant': '目標任務的標註樣本數 N（遷移、微調策略）' },
    help: {
      en: 'How many "where does it live?" sentences the fine-tuning sees (the held-out test set is always the same 28).',
      'zh-Hant': '微調時看到幾句「牠住在哪裡？」的標註句子（保留的測試集固定是同樣的 28 句）。'
    }
  },
  pretrainSteps: {
    kind: 'int', min: 0, max: 300, default: 80,
    label: { en: 'Pre-training steps (source task / task A)', 'zh-Hant': '預訓練步數（來源任務／任務 A）' }
  },
  lr: {
    kind: 'log', min: 0.001, max: 0.05, default: 0.01, apply: 'live',
    label: { en: 'Fine-tuning learning rate', 'zh-Hant': '微調學習率' }
  },
  loraRank: {
    kind: 'int', min: 1, max: 16, default: 2,
    label: { en: 'LoRA rank r (strategies)', 'zh-Hant': 'LoRA 秩 r（微調策略）' }
  },
  replay: {
    kind: 'number', min: 0, max: 0.75, step: 0.05, default: 0.3, apply: 'live',
    label: { en: 'Replay share of task-A examples (forgetting)', 'zh-Hant': '重播任務 A 樣本的比例（遺忘）' },
    help: {
      en: 'Share of each task-B batch that the "replay" copy fills with task-A windows.',
      'zh-Hant': '「重播」副本在每個任務 B 批次中，改放任務 A 樣本的比例。'
    }
  },
  ewc: {
    kind: 'log', min: 10, max: 100000, default: 3000, apply: 'live',
    label: { en: 'EWC strength λ (forgetting)', 'zh-Hant': 'EWC 強度 λ（遺忘）' },
    help: {
      en: 'Weight of the penalty λ/2 Σ Fᵢ (θᵢ − θᵢ*)² that ties each weight to its task-A value, in proportion to how much task A needed it (Fisher information Fᵢ).',
      'zh-Hant': '懲罰項 λ/2 Σ Fᵢ (θᵢ − θᵢ*)² 的權重：依任務 A 對每個權重的依賴程度（費雪資訊 Fᵢ），把權重拉回任務 A 時的值。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
