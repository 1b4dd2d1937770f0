/** masked-modelling's controls: how much of the picture and the caption is hidden, and whether captions are read. */
import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  imageMask: {
    kind: 'number', min: 0.1, max: 0.95, step: 0.05, default: 0.75, apply: 'live',
    label: { en: 'Image mask ratio', 'zh-Hant': '影像遮罩比例' },
    help: {
      en: 'Share of the 16 patches (2 × 2 pixels) hidden in the pictures shown and in the error curve. Training hides between 10 % and 95 % of each picture.',
      'zh-Hant': '顯示的圖片與誤差曲線中被遮住的影像區塊（16 個 2 × 2 像素區塊）比例。訓練時每張圖片遮住 10 % 到 95 % 不等。'
    }
  },
  textMask: {
    kind: 'number', min: 0, max: 1, step: 0.05, default: 0.3,
    label: { en: 'Caption mask ratio', 'zh-Hant': '描述文字遮罩比例' },
    help: { en: 'Chance that each content word (colour, shape) of the caption is hidden.', 'zh-Hant': '描述文字中每個內容詞（顏色、形狀）被隱藏的機率。' }
  },
  hidden: { kind: 'int', min: 16, max: 128, default: 64, label: { en: 'Hidden units', 'zh-Hant': '隱藏單元數' } },
  lr: { kind: 'log', min: 0.001, max: 0.05, default: 0.01, apply: 'live', label: { en: 'Learning rate (Adam)', 'zh-Hant': '學習率（Adam）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
