import { defineParams } from '$lib/params/schema';
import { langChoiceParam } from '$lib/params/lang-choice';
import { EXPERIMENTS } from './copies';

export const params = defineParams({
  experiment: {
    kind: 'choice', options: EXPERIMENTS, default: 'fusion',
    label: { en: 'Experiment', 'zh-Hant': '實驗' },
    optionLabels: {
      fusion: { en: 'Fusion vs one modality', 'zh-Hant': '融合 vs 單一模態' },
      spatial: { en: 'Spatial questions', 'zh-Hant': '空間問題' },
      imbalance: { en: 'Modality imbalance', 'zh-Hant': '模態不平衡' },
      attention: { en: 'Where the question looks', 'zh-Hant': '問題看向哪裡' }
    },
    help: {
      en: 'Which models train side by side, on which questions.',
      'zh-Hant': '哪些模型並排訓練、回答哪一類問題。'
    }
  },
  lang: langChoiceParam({ en: 'Language of the questions', 'zh-Hant': '問題的語言' }, 'both'),
  train: {
    kind: 'int', min: 200, max: 2000, step: 100, default: 800,
    label: { en: 'Training scenes', 'zh-Hant': '訓練場景數' }
  },
  batch: { kind: 'int', min: 8, max: 128, default: 32, label: { en: 'Batch size', 'zh-Hant': '批次大小' } },
  lr: { kind: 'log', min: 0.001, max: 0.1, default: 0.02, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  dropout: {
    kind: 'number', min: 0, max: 0.9, step: 0.05, default: 0.6, apply: 'live',
    label: { en: 'Modality dropout (second copy)', 'zh-Hant': '模態丟棄率（第二份副本）' },
    help: {
      en: 'Modality imbalance only: with this probability a training example loses its caption or its image (50/50). The first copy never does.',
      'zh-Hant': '僅用於模態不平衡實驗：每個訓練樣本以這個機率失去說明文字或影像（各半）。第一份副本從不丟棄。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
