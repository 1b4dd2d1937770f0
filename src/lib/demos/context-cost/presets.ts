import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  span: {
    label: { en: 'Window 2, two layers', 'zh-Hant': '視窗 2、兩層' },
    values: { view: 'span', window: 2, layers: 2 },
    predict: {
      question: {
        en: 'Every layer lets a token see itself and the 2 tokens before it, and there are 2 layers. Can the input at position 10 change the output at position 15?',
        'zh-Hant': '每一層都讓詞元看到自己和前 2 個詞元，共有 2 層。位置 10 的輸入能改變位置 15 的輸出嗎？'
      },
      choices: {
        no: { en: 'No: its gradient is exactly zero', 'zh-Hant': '不能：它的梯度剛好是零' },
        weak: { en: 'Yes, a little: it is far, so the effect is small', 'zh-Hant': '可以，只是很小：距離遠，所以影響小' }
      },
      answer: 'no',
      why: {
        en: 'Two layers of window 2 reach 2 × 2 = 4 positions back: 11 to 15. The influence map is the gradient of output 15 with respect to each input, computed on the model: it is exactly 0 from 10 down, however the weights are set. Raise L or W and watch the edge move by W per layer.',
        'zh-Hant': '兩層、視窗 2 最多往回延伸 2 × 2 = 4 個位置：11 到 15。影響圖是在模型上計算的「輸出 15 對每個輸入的梯度」：從 10 往前全都剛好是 0，不論權重是多少。調高 L 或 W，看邊界每層移動 W 個位置。'
      },
      revealAt: 1
    }
  },
  deep: {
    label: { en: 'Window 2, four layers', 'zh-Hant': '視窗 2、四層' },
    values: { view: 'span', window: 2, layers: 4 }
  },
  cost: {
    label: { en: 'Time and memory against n', 'zh-Hant': '時間與記憶體對 n' },
    values: { view: 'cost', maxN: 1024, model: 'llama-2-7b', kind: 'mha', context: 4096, batch: 1, dtype: 'fp16' },
    predict: {
      question: {
        en: 'Press Play: the page times one attention layer at n = 32 … 1024 tokens. When n doubles from 512 to 1024, how much more memory does the layer take?',
        'zh-Hant': '按下播放：頁面會為一層注意力在 n = 32 … 1024 個詞元下計時。n 從 512 加倍到 1024 時，這一層用的記憶體會變成幾倍？'
      },
      choices: {
        two: { en: 'About twice as much', 'zh-Hant': '大約 2 倍' },
        four: { en: 'About four times as much', 'zh-Hant': '大約 4 倍' }
      },
      answer: 'four',
      why: {
        en: 'Each head holds an n × n score matrix: twice the tokens, four times the numbers. The measured bytes follow the formula heads × n² × 4 bytes almost exactly, and their log-log slope is close to 2; the time slope climbs toward 2 as the n² work takes over from the projections.',
        'zh-Hant': '每個注意力頭都有一個 n × n 的分數矩陣：詞元加倍，數值變成四倍。實測的位元組幾乎完全符合「頭數 × n² × 4 位元組」的公式，對數—對數斜率接近 2；隨著 n² 的計算量超過投影，時間的斜率也往 2 靠近。'
      },
      revealAt: 200
    }
  },
  'long-context': {
    label: { en: 'Llama 2 7B at 4096 tokens: MHA vs MQA', 'zh-Hant': 'Llama 2 7B、4096 個詞元：MHA 對比 MQA' },
    values: { view: 'inference', model: 'llama-2-7b', kind: 'mha', groups: 8, context: 4096, batch: 1, dtype: 'fp16', pattern: 'rope', window: 3 },
    predict: {
      question: {
        en: 'Llama 2 7B keeps 2 GiB of keys and values for one 4096-token sequence in fp16 (32 heads, MHA). With multi-query attention, all 32 heads share one key/value head. How big is the cache then?',
        'zh-Hant': 'Llama 2 7B 以 fp16 處理一條 4096 個詞元的序列時，要保存 2 GiB 的鍵和值（32 個頭，MHA）。改用多查詢注意力，32 個頭共用一個鍵/值頭。這時快取有多大？'
      },
      choices: {
        half: { en: 'About 1 GiB (half)', 'zh-Hant': '大約 1 GiB（一半）' },
        tiny: { en: '64 MiB (1/32)', 'zh-Hant': '64 MiB（1/32）' },
        same: { en: 'Still 2 GiB: the queries need every key', 'zh-Hant': '仍然是 2 GiB：查詢需要每一個鍵' }
      },
      answer: 'tiny',
      why: {
        en: 'The cache stores 2 × layers × key/value heads × head width × tokens numbers, so going from 32 key/value heads to 1 divides it by 32: 64 MiB. The tiny decoder below checks the formula against the engine\'s real cache. GQA with 8 groups sits between: 512 MiB.',
        'zh-Hant': '快取保存 2 × 層數 × 鍵/值頭數 × 頭寬 × 詞元數 個數值，所以鍵/值頭從 32 個變成 1 個，快取就除以 32：64 MiB。下方的小型解碼器用引擎中真正的快取驗證這條公式。8 組的 GQA 介於兩者之間：512 MiB。'
      },
      revealAt: 1
    }
  }
});
