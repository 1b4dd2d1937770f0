import { defineParams } from '$lib/params/schema';

const optLabels = {
  sgd: { en: 'SGD', 'zh-Hant': 'SGD' },
  momentum: { en: 'SGD with momentum', 'zh-Hant': '帶動量的 SGD' },
  rmsprop: { en: 'RMSprop', 'zh-Hant': 'RMSprop' },
  adam: { en: 'Adam', 'zh-Hant': 'Adam' },
  adamw: { en: 'AdamW (decoupled weight decay)', 'zh-Hant': 'AdamW（解耦權重衰減）' }
};

export const params = defineParams({
  mode: {
    kind: 'choice', options: ['rates', 'optimizers', 'warmup', 'range'], default: 'rates',
    label: { en: 'Experiment', 'zh-Hant': '實驗' },
    optionLabels: {
      rates: { en: 'Three learning rates (×0.1, ×1, ×10)', 'zh-Hant': '三種學習率（×0.1、×1、×10）' },
      optimizers: { en: 'SGD vs Adam vs AdamW', 'zh-Hant': 'SGD、Adam 與 AdamW' },
      warmup: { en: 'With and without warmup', 'zh-Hant': '有無暖身' },
      range: { en: 'Learning-rate range test', 'zh-Hant': '學習率範圍測試' }
    }
  },
  optimizer: {
    kind: 'choice', options: ['sgd', 'momentum', 'rmsprop', 'adam', 'adamw'], default: 'adam',
    label: { en: 'Optimizer', 'zh-Hant': '最佳化器' }, optionLabels: optLabels
  },
  lr: { kind: 'log', min: 0.0001, max: 1, default: 0.03, label: { en: 'Learning rate (peak)', 'zh-Hant': '學習率（峰值）' } },
  lrSgd: { kind: 'log', min: 0.001, max: 10, default: 0.5, label: { en: 'Learning rate of SGD (optimizer comparison)', 'zh-Hant': 'SGD 的學習率（最佳化器比較）' } },
  weightDecay: { kind: 'number', min: 0, max: 0.5, step: 0.05, default: 0.1, label: { en: 'AdamW weight decay', 'zh-Hant': 'AdamW 權重衰減' } },
  schedule: {
    kind: 'choice', options: ['constant', 'warmupCosine'], default: 'constant',
    label: { en: 'Schedule', 'zh-Hant': '排程' },
    optionLabels: {
      constant: { en: 'Constant', 'zh-Hant': '固定' },
      warmupCosine: { en: 'Linear warmup, then cosine decay', 'zh-Hant': '線性暖身後餘弦衰減' }
    }
  },
  warmup: { kind: 'int', min: 0, max: 100, default: 20, label: { en: 'Warmup steps', 'zh-Hant': '暖身步數' } },
  horizon: {
    kind: 'int', min: 20, max: 1000, default: 200,
    label: { en: 'Schedule length (steps)', 'zh-Hant': '排程長度（步數）' },
    help: { en: 'Steps of the cosine decay, and of the range test.', 'zh-Hant': '餘弦衰減的步數，也是範圍測試的步數。' }
  },
  lrMin: { kind: 'log', min: 0.00001, max: 0.01, default: 0.0001, label: { en: 'Range test: first rate', 'zh-Hant': '範圍測試：起始學習率' } },
  lrMax: { kind: 'log', min: 0.1, max: 100, default: 10, label: { en: 'Range test: last rate', 'zh-Hant': '範圍測試：最終學習率' } },
  dModel: { kind: 'int', min: 16, max: 64, step: 8, default: 16, label: { en: 'Model width', 'zh-Hant': '模型寬度' } },
  context: { kind: 'int', min: 8, max: 16, default: 8, label: { en: 'Context window (characters)', 'zh-Hant': '上下文視窗（字元）' } },
  batch: { kind: 'int', min: 4, max: 32, default: 8, label: { en: 'Windows per batch', 'zh-Hant': '每批視窗數' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
