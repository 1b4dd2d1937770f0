import type { Lang } from '$lib/params/schema';
import type { Rung, RungResult } from '$lib/ml/quant/ladder';

const f = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const e = (v: number) => (Number.isFinite(v) ? (v === 0 ? '0' : v.toExponential(1)) : '–');
const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} kB`);

export interface LadderText {
  title: string;
  rung: (r: Rung, pqBytes: number) => string;
  /** Short names for chart axes. */
  short: (r: Rung, pqBytes: number) => string;
  tableTitle: string;
  head: [string, string, string, string, string, string];
  tableCaption: (n: number, d: number, q: number) => string;
  ratio: (r: number) => string;
  kb: (b: number) => string;
  e: (v: number) => string;
  recallTitle: string;
  recallCaption: (rows: RungResult[], names: string[]) => string;
  recallAxis: string;
  memoryTitle: string;
  memoryCaption: (rows: RungResult[], names: string[]) => string;
  memoryAxis: string;
  pqTitle: string;
  pqIdle: string;
  pqCaption: (it: number, r0: number, r: number, d0: number, d: number) => string;
  iterationWord: string;
  recallWord: string;
  distortionWord: string;
  exampleTitle: string;
  exampleCaption: (rows: Record<string, number[]>) => string;
  dimWord: string;
  binaryNote: string;
}

const rungNames: Record<Lang, Record<Exclude<Rung, 'pq'>, string>> = {
  en: { float32: 'float32', float16: 'float16', 'int8-sym': 'int8 symmetric', 'int8-affine': 'int8 affine', binary: 'binary (sign bits)' },
  'zh-Hant': { float32: 'float32', float16: 'float16', 'int8-sym': 'int8 對稱', 'int8-affine': 'int8 仿射', binary: '二元（符號位元）' }
};

const shortNames: Record<Lang, Record<Exclude<Rung, 'pq'>, string>> = {
  en: { float32: 'float32', float16: 'float16', 'int8-sym': 'int8 sym', 'int8-affine': 'int8 aff', binary: 'binary' },
  'zh-Hant': { float32: 'float32', float16: 'float16', 'int8-sym': 'int8 對稱', 'int8-affine': 'int8 仿射', binary: '二元' }
};

export const text: Record<Lang, LadderText> = {
  en: {
    title: 'Compressing embeddings: float32 → float16 → int8 → binary, and product quantisation',
    rung: (r, b) => (r === 'pq' ? `PQ (${b} bytes)` : rungNames.en[r]),
    short: (r, b) => (r === 'pq' ? `PQ ${b} B` : shortNames.en[r]),
    tableTitle: 'The ladder: memory, distortion and recall@10 per rung',
    head: ['Stored as', 'Bytes / vector', 'Smaller', 'Recall@10', 'Mean 1 − cos', 'Index size'],
    tableCaption: (n, d, q) =>
      `${n} unit vectors in ${d} dimensions. "1 − cos" is how far each stored vector turns from the original (0: not at all); recall@10 is the share of the true 10 nearest neighbours (float32, cosine) that a search on the compressed index returns, averaged over ${q} queries. Index size includes what a rung stores once (int8 scales and zero points, PQ codebooks).`,
    ratio: (r) => `${+r.toFixed(1)}×`,
    kb,
    e,
    recallTitle: 'Recall@10 against the float32 search',
    recallCaption: (rows, names) => 'Recall@10: ' + rows.map((r, i) => `${names[i]} ${f(r.recall)}`).join(', ') + '.',
    recallAxis: 'recall@10',
    memoryTitle: 'Bytes per vector (log scale)',
    memoryCaption: (rows, names) => 'Bytes per vector: ' + rows.map((r, i) => `${names[i]} ${r.bytesPerVector} (${+r.ratio.toFixed(1)}× smaller)`).join(', ') + '.',
    memoryAxis: 'bytes',
    pqTitle: 'Product quantisation: k-means training of the codebooks',
    pqIdle: 'Press Play: each step is one k-means iteration in every sub-space. The other rungs need no training.',
    pqCaption: (it, r0, r, d0, d) => `After ${it} iterations PQ recall@10 went from ${f(r0)} (centroids picked at random) to ${f(r)}; the mean squared reconstruction error from ${f(d0, 4)} to ${f(d, 4)}.`,
    iterationWord: 'k-means iteration',
    recallWord: 'PQ recall@10',
    distortionWord: 'reconstruction error',
    exampleTitle: 'One vector, as each rung gives it back (first 16 coordinates)',
    exampleCaption: (rows) =>
      `First coordinate: float32 ${f(rows.float32?.[0] ?? NaN, 4)}, float16 ${f(rows.float16?.[0] ?? NaN, 4)}, int8 symmetric ${f(rows['int8-sym']?.[0] ?? NaN, 4)}, binary ${f(rows.binary?.[0] ?? NaN, 4)} (only the sign survives), PQ ${f(rows.pq?.[0] ?? NaN, 4)}.`,
    dimWord: 'coordinate',
    binaryNote: 'With only 64 dimensions a binary code has 64 bits: real embeddings (768 or 1024 dimensions) keep more of their neighbours, and a binary search is usually followed by re-ranking with the full vectors.'
  },
  'zh-Hant': {
    title: '壓縮嵌入向量：float32 → float16 → int8 → 二元，以及乘積量化',
    rung: (r, b) => (r === 'pq' ? `PQ（${b} 個位元組）` : rungNames['zh-Hant'][r]),
    short: (r, b) => (r === 'pq' ? `PQ ${b} B` : shortNames['zh-Hant'][r]),
    tableTitle: '壓縮階梯：每一階的記憶體、失真與 recall@10',
    head: ['儲存方式', '位元組／向量', '縮小', 'Recall@10', '平均 1 − cos', '索引大小'],
    tableCaption: (n, d, q) =>
      `${n} 個 ${d} 維的單位向量。「1 − cos」是每個儲存後的向量與原向量之間轉開了多少（0 代表完全沒變）；recall@10 是在壓縮後的索引上搜尋，能找回真正 10 個最近鄰（以 float32 的餘弦相似度為準）的比例，取 ${q} 個查詢的平均。索引大小包含每一階只需存一次的東西（int8 的縮放因子與零點、PQ 的碼本）。`,
    ratio: (r) => `${+r.toFixed(1)} 倍`,
    kb,
    e,
    recallTitle: '相對於 float32 搜尋的 recall@10',
    recallCaption: (rows, names) => 'Recall@10：' + rows.map((r, i) => `${names[i]} ${f(r.recall)}`).join('、') + '。',
    recallAxis: 'recall@10',
    memoryTitle: '每個向量的位元組數（對數刻度）',
    memoryCaption: (rows, names) => '每個向量的位元組數：' + rows.map((r, i) => `${names[i]} ${r.bytesPerVector}（縮小 ${+r.ratio.toFixed(1)} 倍）`).join('、') + '。',
    memoryAxis: '位元組',
    pqTitle: '乘積量化：以 k-means 訓練碼本',
    pqIdle: '按下「播放」：每一步是在每個子空間各做一次 k-means 迭代。其他各階都不需要訓練。',
    pqCaption: (it, r0, r, d0, d) => `經過 ${it} 次迭代，PQ 的 recall@10 從 ${f(r0)}（隨機挑選的質心）變成 ${f(r)}；平均平方重建誤差從 ${f(d0, 4)} 降到 ${f(d, 4)}。`,
    iterationWord: 'k-means 迭代',
    recallWord: 'PQ 的 recall@10',
    distortionWord: '重建誤差',
    exampleTitle: '同一個向量，經過每一階後還原的樣子（前 16 個座標）',
    exampleCaption: (rows) =>
      `第一個座標：float32 ${f(rows.float32?.[0] ?? NaN, 4)}、float16 ${f(rows.float16?.[0] ?? NaN, 4)}、int8 對稱 ${f(rows['int8-sym']?.[0] ?? NaN, 4)}、二元 ${f(rows.binary?.[0] ?? NaN, 4)}（只剩下正負號）、PQ ${f(rows.pq?.[0] ?? NaN, 4)}。`,
    dimWord: '座標',
    binaryNote: '這裡只有 64 維，所以二元碼只有 64 個位元；實際的嵌入向量（768 或 1024 維）能保住更多近鄰，而且二元搜尋之後通常會再用完整向量重新排序。'
  }
};
