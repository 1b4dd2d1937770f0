import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  n: {
    kind: 'int', min: 500, max: 10000, step: 500, default: 3000,
    label: { en: 'Vectors in the index', 'zh-Hant': '索引中的向量數' },
    help: {
      en: 'Unit vectors in 64 dimensions, drawn around 32 cluster centres (seeded). 100 more vectors from the same clusters are the queries.',
      'zh-Hant': '64 維的單位向量，圍繞 32 個群中心隨機產生（固定種子）。另外 100 個來自同樣群集的向量作為查詢。'
    }
  },
  spread: {
    kind: 'number', min: 0.2, max: 1.2, step: 0.05, default: 0.6,
    label: { en: 'Cluster spread', 'zh-Hant': '群集的分散程度' },
    help: {
      en: 'Noise around each centre. Tight clusters pack near neighbours close together, which makes their order harder to keep after compression.',
      'zh-Hant': '每個群中心周圍的雜訊大小。群集越緊，近鄰彼此越接近，壓縮後就越難保住它們的先後順序。'
    }
  },
  pqM: {
    kind: 'choice', options: ['4', '8', '16', '32'], default: '8',
    label: { en: 'PQ sub-vectors (bytes per vector)', 'zh-Hant': 'PQ 子向量數（每個向量的位元組數）' },
    help: {
      en: 'Product quantisation cuts each vector into this many pieces and stores one byte (a centroid number) per piece. 8 pieces: 8 bytes, the same memory as a 64-bit binary code.',
      'zh-Hant': '乘積量化把每個向量切成這麼多段，每段只存一個位元組（質心的編號）。切成 8 段就是 8 個位元組，和 64 位元的二元碼一樣大。'
    },
    optionLabels: {
      '4': { en: '4 (64x smaller)', 'zh-Hant': '4（縮小 64 倍）' },
      '8': { en: '8 (32x smaller)', 'zh-Hant': '8（縮小 32 倍）' },
      '16': { en: '16 (16x smaller)', 'zh-Hant': '16（縮小 16 倍）' },
      '32': { en: '32 (8x smaller)', 'zh-Hant': '32（縮小 8 倍）' }
    }
  },
  pqK: {
    kind: 'choice', options: ['16', '64', '256'], default: '256',
    label: { en: 'PQ centroids per sub-space', 'zh-Hant': 'PQ 每個子空間的質心數' },
    optionLabels: {
      '16': { en: '16', 'zh-Hant': '16' },
      '64': { en: '64', 'zh-Hant': '64' },
      '256': { en: '256 (one byte)', 'zh-Hant': '256（剛好一個位元組）' }
    }
  },
  iterations: {
    kind: 'int', min: 3, max: 40, default: 12, apply: 'live',
    label: { en: 'k-means iterations for PQ', 'zh-Hant': 'PQ 的 k-means 迭代次數' },
    help: {
      en: 'Each step of the run is one k-means iteration over every sub-space; the run pauses after this many.',
      'zh-Hant': '每一步是在所有子空間上做一次 k-means 迭代；做完這麼多次就自動暫停。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
