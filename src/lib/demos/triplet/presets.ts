import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'triplet-basics': {
    label: { en: 'Triplet loss basics', 'zh-Hant': '三元組損失入門' },
    values: { margin: 1, mining: 'semi-hard', distance: 'euclidean', compare: false }
  },
  'small-vs-large-margin': {
    label: { en: 'Small vs large margin, side by side', 'zh-Hant': '小邊界距離與大邊界距離並排比較' },
    predict: {
      question: { en: "Which copy ends with its classes farther apart relative to their spread?", 'zh-Hant': "哪一份最後的類別間距離（相對於類內分散）比較大？" },
      choices: { large: { en: "The one with the larger margin", 'zh-Hant': "邊界距離較大的那一份" }, small: { en: "The one with the smaller margin", 'zh-Hant': "邊界距離較小的那一份" }, same: { en: "Neither: the margin only shifts the loss", 'zh-Hant': "都一樣：邊界距離只是平移損失" } },
      answer: "large",
      why: { en: "A triplet stops contributing only once the negative is a margin farther than the positive, so a larger margin keeps pushing classes apart for longer: the between/within ratio ends larger (asserted over three seeds).", 'zh-Hant': "只有當負樣本比正樣本遠出一個邊界距離時，三元組才不再貢獻損失，所以較大的邊界距離會更久地把類別推開：類間／類內比值最後比較大（測試在三個種子上確認）。" },
      revealAt: 200
    },
    values: { margin: 1.5, compareMargin: 0.1, compare: true, mining: 'semi-hard', distance: 'euclidean' }
  },
  'margin-zero': {
    label: { en: 'Margin zero: "just farther" is enough', 'zh-Hant': '邊界距離為零：只要「比較遠」就夠了' },
    values: { margin: 0, mining: 'random', distance: 'euclidean', compare: false }
  },
  'oversized-margin': {
    label: { en: 'A margin too large to ever meet', 'zh-Hant': '大到永遠無法滿足的邊界距離' },
    values: { margin: 3, mining: 'hard', distance: 'euclidean', compare: false }
  }
});
