import { definePresets } from '$lib/params/schema';
import { params } from './params';

const none = { n: 12, dropout: 0, weightDecay: 0, noise: 0, earlyStop: false };

export const presets = definePresets(params, {
  memorise: {
    label: { en: '12 points, no regularisation', 'zh-Hant': '12 個點、不加正則化' },
    predict: {
      question: { en: "With 12 training points and no regularisation, what does the held-out loss do while the training loss falls?", 'zh-Hant': "只有 12 個訓練點且不加正則化時，訓練損失下降的同時，驗證損失會怎樣？" },
      choices: { rises: { en: "It turns up, and samples copy training points", 'zh-Hant': "它轉而上升，樣本開始複製訓練點" }, falls: { en: "It keeps falling too", 'zh-Hant': "它也持續下降" } },
      answer: "rises",
      why: { en: "With so few points the model puts its mass on them: the nearest-training-neighbour distance of its samples falls toward 0 and the held-out loss turns up after an early minimum. The regularised preset does not (asserted over three seeds).", 'zh-Hant': "點這麼少時，模型把機率質量集中在它們身上：樣本到最近訓練點的距離趨近 0，驗證損失在早期的最低點之後轉而上升。加了正則化的預設則不會（測試在三個種子上確認）。" },
      revealAt: 400
    },
    values: { ...none }
  },
  regularised: {
    label: { en: '12 points + input noise and weight decay', 'zh-Hant': '12 個點＋輸入雜訊與權重衰減' },
    values: { ...none, noise: 0.15, weightDecay: 0.3 }
  },
  'early-stop': {
    label: { en: '12 points + early stopping', 'zh-Hant': '12 個點＋提前停止' },
    values: { ...none, earlyStop: true, patience: 50 }
  }
});
