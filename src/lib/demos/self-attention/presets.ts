import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  basics: {
    label: { en: 'The basics', 'zh-Hant': '基本概念' },
    values: { mode: 'explore', dK: 16, scaled: true, temperature: 1, causal: false }
  },
  'no-scaling': {
    label: { en: 'Without √d_k: the softmax saturates', 'zh-Hant': '不除以 √d_k：softmax 飽和' },
    values: { mode: 'explore', dK: 64, scaled: false, temperature: 1, causal: false }
  },
  causal: {
    label: { en: 'Causal mask, as in GPT', 'zh-Hant': '因果遮罩（像 GPT 一樣）' },
    values: { mode: 'explore', dK: 16, scaled: true, temperature: 1, causal: true }
  },
  learn: {
    label: { en: 'Watch a head learn to reverse', 'zh-Hant': '看注意力頭學會倒轉序列' },
    predict: {
      question: { en: "After training on the reverse task, where will query i put its attention?", 'zh-Hant': "在反轉任務上訓練之後，查詢 i 會把注意力放在哪裡？" },
      choices: { mirror: { en: "On position L − 1 − i, its mirror", 'zh-Hant': "在位置 L − 1 − i，也就是它的鏡像" }, itself: { en: "On itself", 'zh-Hant': "在自己身上" }, spread: { en: "Evenly on every position", 'zh-Hant': "平均分給每個位置" } },
      answer: "mirror",
      why: { en: "To output the sequence reversed, query i needs the token at L − 1 − i, so training pushes its softmax weight there: the tests assert a mean weight above 0.9 on the correct position on held-out sequences, for three seeds.", 'zh-Hant': "要輸出反轉後的序列，查詢 i 需要位置 L − 1 − i 的詞元，所以訓練會把 softmax 權重推到那裡：測試確認在保留序列上，正確位置的平均權重超過 0.9（三個種子）。" },
      revealAt: 60
    },
    values: { mode: 'learn', task: 'reverse', dK: 16, seqLen: 8, vocab: 8, lr: 0.01 }
  }
});
