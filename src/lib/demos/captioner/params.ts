import { defineParams } from '$lib/params/schema';
import { langChoiceParam } from '$lib/params/lang-choice';

export const params = defineParams({
  lang: langChoiceParam({ en: 'Language of the captions', 'zh-Hant': '說明文字的語言' }, 'en'),
  objects: {
    kind: 'choice', options: ['two', 'one', 'mixed'] as const, default: 'two',
    label: { en: 'Objects per scene', 'zh-Hant': '每個場景的物體數' },
    optionLabels: {
      two: { en: 'Two', 'zh-Hant': '兩個' },
      one: { en: 'One', 'zh-Hant': '一個' },
      mixed: { en: 'One or two', 'zh-Hant': '一或兩個' }
    }
  },
  train: {
    kind: 'int', min: 100, max: 2000, step: 100, default: 800,
    label: { en: 'Training scenes', 'zh-Hant': '訓練場景數' }
  },
  dModel: { kind: 'int', min: 8, max: 64, step: 8, default: 32, label: { en: 'Width d_model', 'zh-Hant': '寬度 d_model' } },
  heads: { kind: 'int', min: 1, max: 4, default: 1, label: { en: 'Attention heads', 'zh-Hant': '注意力頭數' } },
  batch: { kind: 'int', min: 8, max: 128, default: 32, label: { en: 'Batch size', 'zh-Hant': '批次大小' } },
  lr: { kind: 'log', min: 0.001, max: 0.1, default: 0.01, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  example: {
    kind: 'int', min: 1, max: 6, default: 1, apply: 'live',
    label: { en: 'Held-out scene', 'zh-Hant': '保留場景' },
    help: { en: 'Which of the six held-out scenes the word-by-word view follows.', 'zh-Hant': '逐字檢視跟隨六個保留場景中的哪一個。' }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
