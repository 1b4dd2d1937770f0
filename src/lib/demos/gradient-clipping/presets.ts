import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  cliff: {
    label: { en: 'The cliff: three runs', 'zh-Hant': '懸崖：三種做法並排' },
    predict: {
      question: { en: "When the three runs reach the cliff, which one's step stays bounded?", 'zh-Hant': "三個訓練走到懸崖時，哪一個的步伐保持有界？" },
      choices: { norm: { en: "Clipped by global norm: each step at most lr × threshold", 'zh-Hant': "依全域範數裁剪：每一步至多 lr × 門檻" }, unclipped: { en: "The unclipped run", 'zh-Hant': "不裁剪的那一個" }, none: { en: "None: a steep wall throws every run", 'zh-Hant': "都不會：陡峭的牆會把每一個都甩出去" } },
      answer: "norm",
      why: { en: "Without clipping, the huge gradient at the wall throws the parameters far away; norm clipping rescales the whole gradient so every step is at most lr × c, whatever the wall's slope. The tests check this bound on every step, over four starts and three seeds.", 'zh-Hant': "不裁剪時，牆面上巨大的梯度把參數甩得很遠；依範數裁剪會把整個梯度等比例縮小，所以不論牆多陡，每一步都不超過 lr × c。測試在四個起點、三個種子上逐步檢查這個上限。" },
      revealAt: 150
    },
    values: { lr: 0.1, threshold: 1, show: 'all', startX: -3, startY: 2, noise: 0.1, steps: 200 }
  },
  'no-clip': {
    label: { en: 'No clipping', 'zh-Hant': '不裁剪' },
    values: { lr: 0.1, threshold: 1, show: 'none', startX: -3, startY: 2, noise: 0.1, steps: 200 }
  },
  'by-value': {
    label: { en: 'Clip by value bends the step', 'zh-Hant': '依數值裁剪會改變方向' },
    values: { lr: 0.1, threshold: 0.3, show: 'value', startX: -3, startY: 2, noise: 0.1, steps: 200 }
  },
  'tight-threshold': {
    label: { en: 'Threshold too tight', 'zh-Hant': '門檻太緊' },
    values: { lr: 0.1, threshold: 0.2, show: 'all', startX: -3, startY: 2, noise: 0.1, steps: 300 }
  }
});
