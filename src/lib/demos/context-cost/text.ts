import type { Lang } from '$lib/params/schema';
import { formatBytes } from '$lib/ml/transformer/kv-cache';
import type { DecodeTiming } from './trainer';

const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');
const sci = (v: number) => (!Number.isFinite(v) ? '—' : v === 0 ? '0' : v.toExponential(1));
const big = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');

interface CostText {
  title: string;
  intro: Record<'span' | 'cost' | 'inference', string>;
  idle: string;
  influenceTitle: (at: number) => string;
  influenceCaption: (w: number, l: number, at: number, outside: number, edge: number) => string;
  fieldTitle: (l: number) => string;
  fieldCaption: (w: number, l: number) => string;
  maskTitle: (w: number) => string;
  maskCaption: (w: number) => string;
  legend: string;
  timeTitle: string;
  timeCaption: (slope: number, n: number, ms: number) => string;
  memTitle: string;
  memCaption: (slope: number, n: number, measured: number, formula: number) => string;
  measuredTime: string;
  measuredMem: string;
  formulaMem: string;
  log2n: string;
  flopTitle: (d: number) => string;
  flopCaption: (d: number, cross: number, share: number) => string;
  linear: string;
  quadratic: string;
  calcTitle: string;
  calcCaption: (kind: string, bytes: number, perToken: number, ratio: number, heads: number, score: number) => string;
  thKind: string;
  thKv: string;
  thBytes: string;
  thPerToken: string;
  thMax: (gib: number) => string;
  formula: string;
  realTitle: string;
  realCaption: (ok: boolean) => string;
  thReal: string;
  thFormula: string;
  decodeTitle: string;
  decodeCaption: (d: DecodeTiming) => string;
  decodeWaiting: string;
  patternTitle: (name: string) => string;
  patternCaption: (kind: string, gap: number, visible: number) => string;
  live: (n: number, ms: number) => string;
}

export const text: Record<Lang, CostText> = {
  en: {
    title: 'Attention span and the cost of long contexts, measured',
    intro: {
      span: 'A small decoder whose every layer uses a sliding window: token i sees tokens i − W … i. The influence map is the gradient of each output with respect to each input, computed on the model. Change W and L.',
      cost: 'Press Play: the page times one attention layer in this browser at n = 32 … the longest n, and records the memory its tensors take. Below, the FLOP split of a full layer and the KV-cache calculator.',
      inference: 'Attention patterns drawn from the engine\'s own mask and position code, the KV-cache calculator for MHA, GQA and MQA, and a check of the formula against a real cache.'
    },
    idle: 'Press Play to start the timing sweep.',
    influenceTitle: (at) => `Influence map: gradient of output i (rows) w.r.t. input j (columns), 0–${at}`,
    influenceCaption: (w, l, at, o, e) => `W = ${w}, L = ${l}: output ${at} reaches back to input ${e} (${l} × ${w} = ${l * w} positions). Largest gradient from any input outside the reach, over every output: ${sci(o)}. Exactly zero, not small.`,
    fieldTitle: (l) => `Receptive field after ${l} layer(s), from masks.ts`,
    fieldCaption: (w, l) => `The mask composed with itself ${l} time(s): the inputs each output can depend on. It matches the non-zero cells of the influence map; each layer adds ${w}.`,
    maskTitle: (w) => `One layer's sliding-window mask, W = ${w}`,
    maskCaption: (w) => `Query i sees keys i − ${w} … i (Mistral 7B's definition).`,
    legend: 'Darker = larger gradient (log scale, relative to the row\'s largest); white = exactly zero.',
    timeTitle: 'Measured time of one attention layer against n (log-log)',
    timeCaption: (s, n, ms) => `Fitted log-log slope (n ≥ 64): ${f2(s)} (1 = linear, 2 = quadratic). Longest n = ${n}: ${f2(ms)} ms per pass, best of the repeats.`,
    memTitle: 'Memory of one attention layer against n (log-log)',
    memCaption: (s, n, m, f) => `Bytes held by the layer's tensors, measured with tf.memory(): slope ${f2(s)}. At n = ${n}: ${formatBytes(m)} measured; one n × n score matrix per head (heads × n² × 4 B) is ${formatBytes(f)} of it, and the softmax keeps a few more copies of that size.`,
    measuredTime: 'measured time (ms)',
    measuredMem: 'measured bytes',
    formulaMem: 'score matrix, heads × n² × 4 B',
    log2n: 'log₂ n',
    flopTitle: (d) => `FLOPs of one layer at width ${d}: projections + MLP vs the n² terms`,
    flopCaption: (d, c, s) => `Projections and MLP grow like n, scores and mixing like n²; they are equal at n = 6d = ${big(c)}. At n = 65,536 the n² terms are ${(100 * s).toFixed(0)} % of the layer.`,
    linear: 'projections + MLP (∝ n)',
    quadratic: 'scores + mixing (∝ n²)',
    calcTitle: 'KV-cache calculator',
    calcCaption: (k, b, p, r, h, sc) => `${k}: ${formatBytes(b)} of keys and values (${formatBytes(p)} per token). MHA / MQA = ${f2(r)} = the ${h} query heads. Not cached, but materialised by standard attention at this length: one layer's score matrix, ${formatBytes(sc)}.`,
    thKind: 'attention',
    thKv: 'K/V heads',
    thBytes: 'KV cache',
    thPerToken: 'per token',
    thMax: (g) => `longest context in ${g} GiB`,
    formula: 'KV bytes = 2 × layers × K/V heads × head width × tokens × batch × bytes per number',
    realTitle: 'The formula against the engine\'s real cache',
    realCaption: (ok) => `A tiny decoder (2 layers, 4 query heads of width 8, float32) decodes 6 tokens with each kind of attention; its KvCache holds ${ok ? 'exactly' : 'NOT'} what the formula says.`,
    thReal: 'real cache',
    thFormula: 'formula',
    decodeTitle: 'Generation with and without the KV cache, measured here',
    decodeCaption: (d) => `A decoder of 2 layers, width 64, generates ${d.generated} tokens after a ${d.prompt}-token prompt${d.same ? ', the same tokens either way' : ''}. With the cache it runs ${d.positionsWithCache} positions through the model, ${f2(d.withCache)} tokens/s; without it ${d.positionsWithoutCache} positions (every new token re-runs the whole prefix), ${f2(d.withoutCache)} tokens/s: ${f2(d.withCache / d.withoutCache)} × the speed on this machine. Its cache ends at ${formatBytes(d.cacheBytes)}; the formula gives ${formatBytes(d.formulaBytes)}.`,
    decodeWaiting: 'Press Play to time generation with and without the cache.',
    patternTitle: (n) => `Pattern: ${n}, 24 positions (rows: queries, columns: keys)`,
    patternCaption: (k, g, v) =>
      k === 'rope'
        ? `RoPE score of one fixed query at position i and key at position j. Largest change along any diagonal: ${sci(g)}: the score depends only on j − i.`
        : k === 'alibi'
          ? `ALiBi adds −slope × (i − j) to the score; white cells are masked. Constant along every diagonal (largest change ${sci(g)}).`
          : `${big(v)} of ${24 * 24} query–key pairs are computed (dark cells).`,
    live: (n, ms) => `n = ${n}: ${f2(ms)} ms per pass.`
  },
  'zh-Hant': {
    title: '注意力範圍與長上下文的成本：實際量測',
    intro: {
      span: '一個小型解碼器，每一層都使用滑動視窗：詞元 i 看得到詞元 i − W … i。影響圖是在模型上計算的「每個輸出對每個輸入的梯度」。請調整 W 與 L。',
      cost: '按下播放：頁面在這個瀏覽器中為一層注意力在 n = 32 … 最長 n 下計時，並記錄其張量占用的記憶體。下方是完整一層的 FLOP 分配與 KV 快取計算器。',
      inference: '直接由引擎的遮罩與位置程式碼畫出的注意力模式、MHA／GQA／MQA 的 KV 快取計算器，以及用真正的快取驗證公式。'
    },
    idle: '按下播放開始計時。',
    influenceTitle: (at) => `影響圖：輸出 i（列）對輸入 j（欄）的梯度，0–${at}`,
    influenceCaption: (w, l, at, o, e) => `W = ${w}、L = ${l}：輸出 ${at} 最遠只能回溯到輸入 ${e}（${l} × ${w} = ${l * w} 個位置）。所有輸出中，來自範圍外任何輸入的最大梯度：${sci(o)}。剛好是零，而不是很小。`,
    fieldTitle: (l) => `${l} 層後的感受野（來自 masks.ts）`,
    fieldCaption: (w, l) => `把遮罩與自己組合 ${l} 次：每個輸出可能依賴的輸入。與影響圖中非零的格子一致；每多一層增加 ${w}。`,
    maskTitle: (w) => `單一層的滑動視窗遮罩，W = ${w}`,
    maskCaption: (w) => `查詢 i 看得到鍵 i − ${w} … i（Mistral 7B 的定義）。`,
    legend: '顏色越深梯度越大（對數刻度，相對於該列最大值）；白色代表剛好是零。',
    timeTitle: '一層注意力的實測時間對 n（對數—對數）',
    timeCaption: (s, n, ms) => `擬合的對數—對數斜率（n ≥ 64）：${f2(s)}（1 為線性，2 為平方）。最長 n = ${n}：每次 ${f2(ms)} 毫秒（取多次中最快的一次）。`,
    memTitle: '一層注意力的記憶體對 n（對數—對數）',
    memCaption: (s, n, m, f) => `以 tf.memory() 量測這一層的張量占用的位元組：斜率 ${f2(s)}。n = ${n} 時實測 ${formatBytes(m)}；其中每個注意力頭一個 n × n 分數矩陣（頭數 × n² × 4 B）就占 ${formatBytes(f)}，softmax 還會保留幾份同樣大小的副本。`,
    measuredTime: '實測時間（毫秒）',
    measuredMem: '實測位元組',
    formulaMem: '分數矩陣，頭數 × n² × 4 B',
    log2n: 'log₂ n',
    flopTitle: (d) => `寬度 ${d} 的一層 FLOP：投影 + MLP 對比 n² 項`,
    flopCaption: (d, c, s) => `投影與 MLP 隨 n 成長，分數與混合隨 n² 平方成長；兩者在 n = 6d = ${big(c)} 時相等。n = 65,536 時，n² 項占這一層的 ${(100 * s).toFixed(0)} %。`,
    linear: '投影 + MLP（∝ n）',
    quadratic: '分數 + 混合（∝ n²）',
    calcTitle: 'KV 快取計算器',
    calcCaption: (k, b, p, r, h, sc) => `${k}：鍵與值共 ${formatBytes(b)}（每個詞元 ${formatBytes(p)}）。MHA / MQA = ${f2(r)} = ${h} 個查詢頭。不會被快取、但標準注意力在這個長度下會產生的：一層的分數矩陣 ${formatBytes(sc)}。`,
    thKind: '注意力',
    thKv: '鍵/值頭',
    thBytes: 'KV 快取',
    thPerToken: '每個詞元',
    thMax: (g) => `${g} GiB 可容納的最長上下文`,
    formula: 'KV 位元組 = 2 × 層數 × 鍵/值頭數 × 頭寬 × 詞元數 × 批次 × 每個數值的位元組',
    realTitle: '公式對照引擎中真正的快取',
    realCaption: (ok) => `一個小型解碼器（2 層、4 個寬度 8 的查詢頭、float32）以每種注意力解碼 6 個詞元；它的 KvCache ${ok ? '剛好等於' : '不等於'}公式算出的大小。`,
    thReal: '真正的快取',
    thFormula: '公式',
    decodeTitle: '有無 KV 快取的生成速度（在此實測）',
    decodeCaption: (d) => `一個 2 層、寬度 64 的解碼器，在 ${d.prompt} 個詞元的提示之後生成 ${d.generated} 個詞元${d.same ? '，兩種做法生成的詞元完全相同' : ''}。使用快取時模型共計算 ${d.positionsWithCache} 個位置，每秒 ${f2(d.withCache)} 個詞元；不使用快取時共計算 ${d.positionsWithoutCache} 個位置（每個新詞元都要重新計算整段前文），每秒 ${f2(d.withoutCache)} 個詞元：在這台機器上速度是 ${f2(d.withCache / d.withoutCache)} 倍。快取最後占 ${formatBytes(d.cacheBytes)}；公式算出 ${formatBytes(d.formulaBytes)}。`,
    decodeWaiting: '按下播放，為有無快取的生成計時。',
    patternTitle: (n) => `模式：${n}，24 個位置（列：查詢，欄：鍵）`,
    patternCaption: (k, g, v) =>
      k === 'rope'
        ? `固定的查詢在位置 i、鍵在位置 j 時的 RoPE 分數。沿任一對角線的最大變化：${sci(g)}：分數只取決於 j − i。`
        : k === 'alibi'
          ? `ALiBi 在分數上加上 −斜率 × (i − j)；白色格子被遮罩。沿每條對角線都是常數（最大變化 ${sci(g)}）。`
          : `24 × 24 = ${24 * 24} 個查詢—鍵組合中，實際計算 ${big(v)} 個（深色格子）。`,
    live: (n, ms) => `n = ${n}：每次 ${f2(ms)} 毫秒。`
  }
};
