import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'pick-a-class': {
    label: { en: 'Pick a class and generate', 'zh-Hant': '選一個類別來生成' },
    predict: {
      question: { en: "After 200 steps, where will the samples generated for the class you picked land?", 'zh-Hant': "訓練 200 步後，為你選的類別生成的樣本會落在哪裡？" },
      choices: { "in-class": { en: "In that class's region", 'zh-Hant': "落在該類別的區域" }, everywhere: { en: "Spread over all the classes", 'zh-Hant': "散布在所有類別" } },
      answer: "in-class",
      why: { en: "The conditional generator receives the label beside the noise, so it learns one mapping per class: most conditioned samples fall in the chosen class's region, while the copy without the label spreads over all classes. The tests assert both hit rates over three seeds.", 'zh-Hant': "條件生成器在雜訊之外還收到標籤，所以每個類別各學到一種對應：大多數條件樣本落在所選類別的區域，而看不到標籤的那一份則散布在所有類別。測試在三個種子上檢查這兩個命中率。" },
      revealAt: 200
    },
    values: { dataset: 'blobs', conditioning: true, pick: 1, lrG: 2e-3, lrD: 1e-2 }
  },
  unconditional: {
    label: { en: 'Conditioning off', 'zh-Hant': '關掉條件' },
    values: { dataset: 'blobs', conditioning: false, pick: 1, lrG: 2e-3, lrD: 1e-2 }
  }
});
