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
    values: { mode: 'learn', task: 'reverse', dK: 16, seqLen: 8, vocab: 8, lr: 0.01 }
  }
});
