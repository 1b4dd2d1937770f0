import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  ladder: {
    label: { en: 'The compression ladder', 'zh-Hant': '壓縮的階梯' },
    values: { n: 3000, spread: 0.6, pqM: '8', pqK: '256', iterations: 12 },
    predict: {
      question: {
        en: 'int8 stores each vector in a quarter of the memory of float32; a sign-bit binary code in 1/32. Of the true 10 nearest neighbours, how many does each search still find?',
        'zh-Hant': 'int8 只用 float32 四分之一的記憶體存一個向量，符號位元的二元碼只用 1/32。在真正的 10 個最近鄰中，兩種搜尋各還能找回幾個？'
      },
      choices: {
        'int8-high-binary-low': { en: 'int8 still finds 9 or more; binary loses about half or more', 'zh-Hant': 'int8 仍找回 9 個以上；二元碼掉了一半左右甚至更多' },
        'both-high': { en: 'Both still find 9 or more', 'zh-Hant': '兩者都還能找回 9 個以上' },
        'both-low': { en: 'Both lose about half', 'zh-Hant': '兩者都掉了一半左右' }
      },
      answer: 'int8-high-binary-low',
      why: {
        en: 'Read the recall@10 column: int8 keeps about 0.97 (rounding moves each coordinate by at most half a step, so the angles barely change), while the binary code keeps only the signs and finds about 3 of the 10. Memory: 256, 128, 64 and 8 bytes per vector.',
        'zh-Hant': '看表中的 recall@10：int8 約 0.97（每個座標最多只被捨入半格，角度幾乎不變），二元碼只留下正負號，10 個只找回約 3 個。記憶體：每個向量 256、128、64、8 個位元組。'
      },
      revealAt: 12
    }
  },
  'pq-vs-binary': {
    label: { en: 'Same 8 bytes: PQ against binary', 'zh-Hant': '同樣 8 個位元組：PQ 對上二元碼' },
    values: { n: 3000, spread: 0.6, pqM: '8', pqK: '256', iterations: 20 }
  },
  'tight-clusters': {
    label: { en: 'Tight clusters: near neighbours are hard to keep', 'zh-Hant': '緊密的群集：近鄰很難保住' },
    values: { n: 3000, spread: 0.3, pqM: '16', pqK: '256', iterations: 12 }
  }
});
