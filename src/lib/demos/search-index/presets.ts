import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'hnsw-vs-brute': {
    label: { en: 'HNSW against brute force (5,000 vectors)', 'zh-Hant': 'HNSW 對上暴力搜尋（5,000 個向量）' },
    values: { n: 5000, M: 12, efConstruction: 64, efSearch: 32, tables: 8, bits: 12 },
    predict: {
      question: {
        en: 'Brute force computes the distance to all 5,000 vectors. To find 95% of the true 10 nearest neighbours, what share of the vectors does HNSW (efSearch 32) compute a distance to?',
        'zh-Hant': '暴力搜尋要和 5,000 個向量全部算一次距離。要找回真正 10 個最近鄰中的 95%，HNSW（efSearch 32）需要和多少比例的向量算距離？'
      },
      choices: {
        'under-10': { en: 'Under 10%', 'zh-Hant': '不到 10%' },
        'about-half': { en: 'About half', 'zh-Hant': '大約一半' },
        'nearly-all': { en: 'Nearly all of them', 'zh-Hant': '幾乎全部' }
      },
      answer: 'under-10',
      why: {
        en: 'See the table and the recall-against-work chart: HNSW reaches recall@10 of about 0.98 after computing a few hundred distances, a few per cent of the vectors. The layers above 0 hold about 1/M of the vectors each and take long jumps; layer 0 is searched only near the query.',
        'zh-Hant': '看表格與「召回率對工作量」的圖：HNSW 只算了幾百個距離（向量的百分之幾），recall@10 就約有 0.98。第 0 層以上每層只有約 1/M 的向量，負責大步跳躍；第 0 層只在查詢附近搜尋。'
      },
      revealAt: 5100
    }
  },
  'hundred-thousand': {
    label: { en: '100,000 vectors', 'zh-Hant': '100,000 個向量' },
    values: { n: 100000, M: 16, efConstruction: 100, efSearch: 48, tables: 16, bits: 14 }
  },
  'sparse-graph': {
    label: { en: 'Too few links: M = 3', 'zh-Hant': '連結太少：M = 3' },
    values: { n: 5000, M: 3, efConstruction: 32, efSearch: 16, tables: 8, bits: 12 }
  },
  'lsh-tables': {
    label: { en: 'LSH: recall grows with the tables', 'zh-Hant': 'LSH：雜湊表越多，召回率越高' },
    values: { n: 5000, M: 12, efConstruction: 64, efSearch: 32, tables: 1, bits: 10 }
  }
});
