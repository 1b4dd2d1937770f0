import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  outlier: {
    label: { en: 'One big outlier', 'zh-Hant': '一個很大的離群值' },
    predict: {
      question: { en: "Drag the outlier far from the line. Which fit moves more?", 'zh-Hant': "把離群值拉離直線。哪一條擬合線移動得比較多？" },
      choices: { l2: { en: "The L2 (squared-error) fit", 'zh-Hant': "L2（平方誤差）擬合" }, l1: { en: "The L1 (absolute-error) fit", 'zh-Hant': "L1（絕對誤差）擬合" }, same: { en: "Both move the same", 'zh-Hant': "兩條移動得一樣多" } },
      answer: "l2",
      why: { en: "The squared error's gradient grows with the residual, so one far point pulls the L2 line hard; the absolute error's gradient has constant size, so the L1 fit barely notices. The tests assert that the L2 slope moves at least five times as much as the L1 slope.", 'zh-Hant': "平方誤差的梯度隨殘差變大，所以一個很遠的點會用力拉動 L2 直線；絕對誤差的梯度大小固定，所以 L1 擬合幾乎不受影響。測試確認 L2 斜率的變化至少是 L1 的五倍。" },
      revealAt: 300
    },
    values: { view: 'line', outlier: 8, huber: false }
  },
  bimodal: {
    label: { en: 'Mean or median? A two-valued target', 'zh-Hant': '平均數還是中位數？雙峰目標' },
    values: { view: 'bimodal', pUpper: 0.7 }
  },
  huber: {
    label: { en: 'Huber: L2 up close, L1 far away', 'zh-Hant': 'Huber：近處像 L2，遠處像 L1' },
    values: { view: 'line', outlier: 8, huber: true, delta: 0.5 }
  }
});
