/** vl-pretrain's controls: the experiment (mode), how long to pretrain, how little labelled or paired data. */
import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  mode: {
    kind: 'choice',
    options: ['finetune', 'sparse'],
    default: 'finetune',
    label: { en: 'Experiment', 'zh-Hant': '實驗' },
    optionLabels: {
      finetune: { en: 'Pretrain CLIP, then fine-tune a small labelled task', 'zh-Hant': '先預訓練 CLIP，再微調小型標註任務' },
      sparse: { en: 'Few pairs: unimodal pretraining vs from scratch', 'zh-Hant': '配對很少：單模態預訓練對上從頭訓練' }
    }
  },
  pretrainSteps: {
    kind: 'int', min: 20, max: 300, default: 80,
    label: { en: 'Pretraining steps', 'zh-Hant': '預訓練步數' },
    help: {
      en: 'Fine-tune: contrastive steps on 800 unlabelled pairs. Few pairs: steps of each encoder on its own modality.',
      'zh-Hant': '微調實驗：在 800 組無標籤配對上的對比學習步數。少量配對實驗：每個編碼器各自在單一模態上的步數。'
    }
  },
  labelled: {
    kind: 'int', min: 12, max: 240, default: 24,
    label: { en: 'Labelled pictures (fine-tune)', 'zh-Hant': '標註圖片數（微調）' },
    help: { en: 'Pictures with their colour-shape class, for the small task (12 classes).', 'zh-Hant': '附顏色與形狀類別的圖片數，用於小型任務（12 類）。' }
  },
  pairs: {
    kind: 'int', min: 12, max: 400, default: 36,
    label: { en: 'Image-text pairs (few pairs)', 'zh-Hant': '影像文字配對數（少量配對）' },
    help: {
      en: 'Pairs for aligning the two encoders; three colour-shape combinations never appear in them.',
      'zh-Hant': '用來對齊兩個編碼器的配對；其中有三種顏色與形狀組合從不出現。'
    }
  },
  lr: { kind: 'log', min: 0.001, max: 0.05, default: 0.01, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
