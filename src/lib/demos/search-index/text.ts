import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(v < 0.01 ? 2 : 1)}%` : '–');
const ms = (v: number) => (Number.isFinite(v) ? (v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(0)) : '–');
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const num = (lang: Lang, v: number) => v.toLocaleString(lang === 'en' ? 'en-US' : 'zh-TW');

export interface SearchText {
  title: string;
  f: typeof f;
  pct: typeof pct;
  ms: typeof ms;
  methods: { brute: string; lsh: string; hnsw: string };
  setting: { lsh: (t: number) => string; hnsw: (ef: number) => string };
  buildTitle: string;
  building: (done: number, n: number) => string;
  built: (n: number, hs: number, ls: number, layers: number[], links: number, vectors: number) => string;
  progressLabel: string;
  tableTitle: string;
  head: [string, string, string, string, string];
  tableCaption: (evaluated: number, q: number, k: number) => string;
  waiting: string;
  tradeTitle: string;
  tradeCaption: (h: { ef: number; recall: number; visited: number } | null, l: { t: number; recall: number; visited: number } | null) => string;
  visitedAxis: string;
  timeTitle: string;
  timeCaption: (brute: number, h: number, l: number) => string;
  timeAxis: string;
  recallAxis: string;
  legendCurrent: string;
  // the layer view
  layerTitle: string;
  layerCaption: (layer: number, top: number, expand: number | null, visitedLayer: number, visitedTotal: number, n: number, frame: number, frames: number, found: string) => string;
  layerHint: string;
  prev: string;
  next: string;
  restart: string;
  toEnd: string;
  nextQuery: string;
  frameLabel: string;
  plotLabel: string;
  queryWord: string;
  entryWord: string;
  visitedWord: string;
  expandWord: string;
  resultWord: string;
  edgesWord: (layer: number) => string;
  onLayer: (n: number, layer: number) => string;
  num: (v: number) => string;
}

export const text: Record<Lang, SearchText> = {
  en: {
    title: 'Nearest-neighbour search: brute force, LSH and HNSW',
    f, pct, ms,
    methods: { brute: 'Brute force', lsh: 'LSH', hnsw: 'HNSW' },
    setting: { lsh: (t) => `${t} table${t === 1 ? '' : 's'}`, hnsw: (ef) => `efSearch ${ef}` },
    buildTitle: 'Building the indexes (in the worker)',
    building: (d, n) => `Inserted ${num('en', d)} of ${num('en', n)} vectors into HNSW and LSH. Press Play to continue; the page stays responsive.`,
    built: (n, hs, ls, layers, links, vectors) =>
      `${num('en', n)} vectors inserted. HNSW build ${f(hs / 1000, 1)} s, LSH build ${f(ls / 1000, 1)} s. HNSW layers (from 0 up): ${layers.map((v) => num('en', v)).join(' / ')}. Memory: vectors ${mb(vectors)}, HNSW links ${mb(links)}.`,
    progressLabel: 'Vectors inserted',
    tableTitle: 'One query, three ways (current settings)',
    head: ['Method', 'Setting', 'Recall@10', 'Compared', 'Per query'],
    tableCaption: (e, q, k) => `Averages over ${num('en', Math.min(e, q))} of the ${q} held-out queries${e > q ? ` (${num('en', e)} evaluations in all)` : ''}. Recall@${k}: share of the exact ${k} nearest neighbours (brute force) found. "Compared": share of the index whose distance to the query was computed. "Per query": time in this browser.`,
    waiting: 'The queries run once every vector is inserted.',
    tradeTitle: 'Recall@10 against the work done (log scale)',
    tradeCaption: (h, l) =>
      `${h ? `HNSW at efSearch ${h.ef}: recall@10 ${f(h.recall)} comparing ${pct(h.visited)} of the vectors. ` : ''}${l ? `LSH with ${l.t} tables: recall@10 ${f(l.recall)} comparing ${pct(l.visited)}. ` : ''}Brute force: recall 1 comparing 100%. Each point is one setting (efSearch 1 to 256, tables 1 to 24); rings mark the current settings.`,
    visitedAxis: 'share of vectors compared',
    timeTitle: 'Recall@10 against time per query (log scale)',
    timeCaption: (b, h, l) => `Time per query in this browser: brute force ${ms(b)} ms, HNSW ${ms(h)} ms, LSH ${ms(l)} ms (current settings).`,
    timeAxis: 'ms per query',
    recallAxis: 'recall@10',
    legendCurrent: 'current setting',
    layerTitle: 'One HNSW query, layer by layer (300 points in 2-D, same M and efConstruction)',
    layerCaption: (layer, top, expand, vl, vt, n, frame, frames, found) =>
      `Step ${frame + 1} of ${frames}. Layer ${layer} (top layer ${top}). ${expand === null ? 'Entering the layer at the entry point.' : `Expanding point ${expand}: its neighbours on this layer are compared with the query.`} ${vl} points compared on this layer, ${vt} of ${n} in total (${pct(vt / n)}).${found ? ` Found: ${found}.` : ''}`,
    layerHint: 'Step through with the buttons or the frame slider. Move the query: click the plot, or focus it and use the arrow keys (Shift: bigger steps).',
    prev: '◀ Back',
    next: 'Step ▶',
    restart: 'Start',
    toEnd: 'End',
    nextQuery: 'Another query',
    frameLabel: 'Step of the search',
    plotLabel: 'The 2-D points, the current layer\'s links and the search so far. Arrow keys move the query.',
    queryWord: 'query',
    entryWord: 'entry point',
    visitedWord: 'compared',
    expandWord: 'being expanded',
    resultWord: 'result (5 nearest found)',
    edgesWord: (l) => `links on layer ${l}`,
    onLayer: (n, l) => `${n} points reach layer ${l}`,
    num: (v) => num('en', v)
  },
  'zh-Hant': {
    title: '最近鄰搜尋：暴力搜尋、LSH 與 HNSW',
    f, pct, ms,
    methods: { brute: '暴力搜尋', lsh: 'LSH', hnsw: 'HNSW' },
    setting: { lsh: (t) => `${t} 張表`, hnsw: (ef) => `efSearch ${ef}` },
    buildTitle: '建立索引（在背景執行緒中）',
    building: (d, n) => `已將 ${num('zh-Hant', n)} 個向量中的 ${num('zh-Hant', d)} 個插入 HNSW 與 LSH。按「播放」繼續；頁面不會卡住。`,
    built: (n, hs, ls, layers, links, vectors) =>
      `已插入 ${num('zh-Hant', n)} 個向量。HNSW 建立 ${f(hs / 1000, 1)} 秒，LSH 建立 ${f(ls / 1000, 1)} 秒。HNSW 各層（由第 0 層往上）：${layers.map((v) => num('zh-Hant', v)).join(' / ')}。記憶體：向量 ${mb(vectors)}，HNSW 連結 ${mb(links)}。`,
    progressLabel: '已插入的向量',
    tableTitle: '同一個查詢，三種做法（目前的設定）',
    head: ['方法', '設定', 'Recall@10', '比對比例', '每次查詢'],
    tableCaption: (e, q, k) => `在 ${q} 個保留查詢中的 ${num('zh-Hant', Math.min(e, q))} 個上取平均${e > q ? `（總共評估 ${num('zh-Hant', e)} 次）` : ''}。Recall@${k}：找回精確的 ${k} 個最近鄰（暴力搜尋的結果）的比例。「比對比例」：索引中有多少比例的向量和查詢算過距離。「每次查詢」：在這個瀏覽器中的時間。`,
    waiting: '所有向量插入之後才開始跑查詢。',
    tradeTitle: 'Recall@10 對上工作量（對數刻度）',
    tradeCaption: (h, l) =>
      `${h ? `HNSW 在 efSearch ${h.ef} 時：recall@10 為 ${f(h.recall)}，只比對了 ${pct(h.visited)} 的向量。` : ''}${l ? `LSH 用 ${l.t} 張表：recall@10 為 ${f(l.recall)}，比對了 ${pct(l.visited)}。` : ''}暴力搜尋：recall 為 1，比對 100%。每個點是一種設定（efSearch 1 到 256、雜湊表 1 到 24 張）；圓圈標出目前的設定。`,
    visitedAxis: '比對過的向量比例',
    timeTitle: 'Recall@10 對上每次查詢的時間（對數刻度）',
    timeCaption: (b, h, l) => `在這個瀏覽器中每次查詢的時間：暴力搜尋 ${ms(b)} 毫秒、HNSW ${ms(h)} 毫秒、LSH ${ms(l)} 毫秒（目前的設定）。`,
    timeAxis: '每次查詢的毫秒數',
    recallAxis: 'recall@10',
    legendCurrent: '目前的設定',
    layerTitle: '一次 HNSW 查詢，一層一層看（2 維平面上 300 個點，M 與 efConstruction 相同）',
    layerCaption: (layer, top, expand, vl, vt, n, frame, frames, found) =>
      `第 ${frame + 1} 步，共 ${frames} 步。第 ${layer} 層（最上層是第 ${top} 層）。${expand === null ? '從進入點進入這一層。' : `展開第 ${expand} 號點：把它在這一層的鄰居和查詢比對。`}這一層比對了 ${vl} 個點，總共 ${vt} 個（共 ${n} 個，${pct(vt / n)}）。${found ? `找到：${found}。` : ''}`,
    layerHint: '用按鈕或步驟滑桿逐步觀察。移動查詢點：點一下圖，或把焦點移到圖上再用方向鍵（按住 Shift 移動較多）。',
    prev: '◀ 上一步',
    next: '下一步 ▶',
    restart: '開頭',
    toEnd: '結尾',
    nextQuery: '換一個查詢',
    frameLabel: '搜尋的步驟',
    plotLabel: '2 維平面上的點、目前這一層的連結，以及到目前為止的搜尋。方向鍵可以移動查詢點。',
    queryWord: '查詢',
    entryWord: '進入點',
    visitedWord: '比對過',
    expandWord: '正在展開',
    resultWord: '結果（找到的 5 個最近點）',
    edgesWord: (l) => `第 ${l} 層的連結`,
    onLayer: (n, l) => `有 ${n} 個點出現在第 ${l} 層`,
    num: (v) => num('zh-Hant', v)
  }
};
