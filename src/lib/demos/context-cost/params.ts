import { defineParams } from '$lib/params/schema';

const live = 'live' as const;

export const params = defineParams({
  view: {
    kind: 'choice', options: ['span', 'cost', 'inference'], default: 'span', apply: live,
    label: { en: 'Show', 'zh-Hant': '顯示' },
    optionLabels: {
      span: { en: 'Attention span and receptive field', 'zh-Hant': '注意力範圍與感受野' },
      cost: { en: 'Cost of a longer context', 'zh-Hant': '更長上下文的成本' },
      inference: { en: 'Long-context inference: patterns and KV cache', 'zh-Hant': '長上下文推論：注意力模式與 KV 快取' }
    }
  },
  window: {
    kind: 'int', min: 1, max: 8, default: 2,
    label: { en: 'Window W (keys back each token sees)', 'zh-Hant': '視窗 W（每個詞元往回看的鍵數）' },
    help: { en: 'Sliding-window mask: query i sees keys i − W … i.', 'zh-Hant': '滑動視窗遮罩：查詢 i 看得到鍵 i − W … i。' }
  },
  layers: { kind: 'int', min: 1, max: 4, default: 2, label: { en: 'Layers L', 'zh-Hant': '層數 L' } },
  maxN: {
    kind: 'int', min: 256, max: 1024, step: 256, default: 1024,
    label: { en: 'Longest timed sequence n', 'zh-Hant': '計時的最長序列 n' }
  },
  pattern: {
    kind: 'choice', options: ['full', 'causal', 'sliding', 'strided', 'alibi', 'rope'], default: 'sliding', apply: live,
    label: { en: 'Attention pattern', 'zh-Hant': '注意力模式' },
    optionLabels: {
      full: { en: 'full (bidirectional)', 'zh-Hant': '完整（雙向）' },
      causal: { en: 'causal', 'zh-Hant': '因果' },
      sliding: { en: 'sliding window (W)', 'zh-Hant': '滑動視窗（W）' },
      strided: { en: 'strided sparse (stride W + 2)', 'zh-Hant': '跨步稀疏（步長 W + 2）' },
      alibi: { en: 'ALiBi bias (head 1 of 8)', 'zh-Hant': 'ALiBi 偏差（8 個頭中的第 1 個）' },
      rope: { en: 'RoPE score of a fixed q, k', 'zh-Hant': '固定 q、k 的 RoPE 分數' }
    }
  },
  model: {
    kind: 'choice', options: ['llama-2-7b', 'llama-2-70b', 'mistral-7b', 'gpt2-small'], default: 'llama-2-7b', apply: live,
    label: { en: 'Model shape', 'zh-Hant': '模型形狀' },
    optionLabels: {
      'llama-2-7b': { en: 'Llama 2 7B (32 layers, 32 heads × 128)', 'zh-Hant': 'Llama 2 7B（32 層，32 頭 × 128）' },
      'llama-2-70b': { en: 'Llama 2 70B (80 layers, 64 heads × 128)', 'zh-Hant': 'Llama 2 70B（80 層，64 頭 × 128）' },
      'mistral-7b': { en: 'Mistral 7B (32 layers, 32 heads × 128)', 'zh-Hant': 'Mistral 7B（32 層，32 頭 × 128）' },
      'gpt2-small': { en: 'GPT-2 small (12 layers, 12 heads × 64)', 'zh-Hant': 'GPT-2 small（12 層，12 頭 × 64）' }
    }
  },
  kind: {
    kind: 'choice', options: ['mha', 'gqa', 'mqa'], default: 'mha', apply: live,
    label: { en: 'Key/value heads', 'zh-Hant': '鍵/值注意力頭' },
    optionLabels: {
      mha: { en: 'MHA (one per query head)', 'zh-Hant': 'MHA（每個查詢頭一個）' },
      gqa: { en: 'GQA (groups)', 'zh-Hant': 'GQA（分組）' },
      mqa: { en: 'MQA (one shared)', 'zh-Hant': 'MQA（共用一個）' }
    }
  },
  groups: { kind: 'int', min: 1, max: 64, default: 8, apply: live, label: { en: 'GQA key/value heads', 'zh-Hant': 'GQA 的鍵/值頭數' } },
  context: { kind: 'log', min: 256, max: 131072, default: 4096, apply: live, label: { en: 'Context length (tokens)', 'zh-Hant': '上下文長度（詞元）' } },
  batch: { kind: 'int', min: 1, max: 64, default: 1, apply: live, label: { en: 'Batch (sequences)', 'zh-Hant': '批次（序列數）' } },
  dtype: {
    kind: 'choice', options: ['fp32', 'fp16', 'fp8', 'int4'], default: 'fp16', apply: live,
    label: { en: 'Cache number format', 'zh-Hant': '快取的數值格式' }
  },
  budget: { kind: 'number', min: 1, max: 80, step: 1, default: 16, apply: live, label: { en: 'Memory for the cache (GiB)', 'zh-Hant': '可給快取的記憶體（GiB）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
