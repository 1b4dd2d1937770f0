import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  n: {
    kind: 'int', min: 1000, max: 100000, step: 1000, default: 20000,
    label: { en: 'Vectors in the index', 'zh-Hant': '索引中的向量數' },
    help: {
      en: '64-dimensional unit vectors around 64 cluster centres, generated in the worker. Building 100,000 takes a while: the page stays responsive, the index grows step by step.',
      'zh-Hant': '圍繞 64 個群中心、在背景執行緒中產生的 64 維單位向量。建立 100,000 個需要一些時間：頁面不會卡住，索引會一步一步長大。'
    }
  },
  M: {
    kind: 'int', min: 2, max: 48, default: 16,
    label: { en: 'HNSW M (links per node)', 'zh-Hant': 'HNSW 的 M（每個節點的連結數）' },
    help: {
      en: 'Each new vector links to M neighbours on each of its layers (2M allowed on layer 0). More links: better recall, more memory, slower build.',
      'zh-Hant': '每個新向量在它所在的每一層連到 M 個鄰居（第 0 層最多 2M 個）。連結越多：召回率越好、記憶體越多、建立越慢。'
    }
  },
  efConstruction: {
    kind: 'int', min: 8, max: 400, default: 100,
    label: { en: 'HNSW efConstruction', 'zh-Hant': 'HNSW 的 efConstruction' },
    help: {
      en: 'How many candidates an insertion keeps while it searches for the new vector\'s neighbours.',
      'zh-Hant': '插入一個向量時，搜尋它的鄰居要保留多少個候選。'
    }
  },
  efSearch: {
    kind: 'int', min: 1, max: 400, default: 32, apply: 'live',
    label: { en: 'HNSW efSearch', 'zh-Hant': 'HNSW 的 efSearch' },
    help: {
      en: 'How many candidates a query keeps on layer 0 (at least k = 10). Larger: higher recall, more distances computed.',
      'zh-Hant': '查詢時在第 0 層保留多少個候選（至少 k = 10）。越大：召回率越高、要算的距離也越多。'
    }
  },
  tables: {
    kind: 'int', min: 1, max: 24, default: 8, apply: 'live',
    label: { en: 'LSH tables used', 'zh-Hant': '使用的 LSH 雜湊表數' },
    help: {
      en: 'A query looks in its bucket in this many hash tables (24 are built) and ranks what it finds by exact distance.',
      'zh-Hant': '查詢會到這麼多張雜湊表（共建 24 張）中找自己的桶，再用精確距離排序找到的向量。'
    }
  },
  bits: {
    kind: 'int', min: 4, max: 20, default: 12,
    label: { en: 'LSH bits per table', 'zh-Hant': '每張 LSH 表的位元數' },
    help: {
      en: 'Random hyperplanes per table. More bits: smaller buckets, fewer candidates, lower recall per table.',
      'zh-Hant': '每張表的隨機超平面數。位元越多：桶越小、候選越少、每張表的召回率越低。'
    }
  },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
