import type { Lang } from '$lib/params/schema';

const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');
const sci = (v: number) => (!Number.isFinite(v) ? '—' : v === 0 ? '0' : v.toExponential(1));
const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');

interface PositionsText {
  title: string;
  intro: string;
  modelHeading: string;
  idle: string;
  permTitle: string;
  permOriginal: string;
  permShuffled: string;
  permResult: (gap: number, scale: number, scheme: string) => string;
  permVerdict: (equivariant: boolean) => string;
  attTitle: (shift: number) => string;
  attCaption: (diff: number, shift: number) => string;
  atZero: string;
  atShift: (s: number) => string;
  accTitle: string;
  accCaption: (step: number, acc: number, accS: number, shift: number) => string;
  accSeries: string;
  accShiftedSeries: (s: number) => string;
  relTitle: string;
  relCaption: (bias: number[]) => string;
  head: (h: number) => string;
  offset: string;
  step: string;
  formulaHeading: string;
  peTitle: (d: number) => string;
  peCaption: (d: number, first: number[]) => string;
  simTitle: string;
  simCaption: (d: number) => string;
  dotTitle: string;
  dotCaption: (d: number, gap: number) => string;
  ropeTitle: string;
  ropeCaption: (gapRope: number, gapAdd: number) => string;
  fromStart: (p: number) => string;
  ropeSeries: (p: number) => string;
  addSeries: (p: number) => string;
  live: (step: number, acc: number, accS: number) => string;
}

export const text: Record<Lang, PositionsText> = {
  en: {
    title: 'Where is each token? Positional encodings, tested on a live model',
    intro: 'A one-layer bidirectional transformer learns the previous-token rule (output i = input i − 1), which it can only do if it knows positions. Three tests run on the real model after every update: shuffle the tokens, shift every position id, and score the rule at the shifted positions.',
    modelHeading: 'The model',
    idle: 'Press Play to train; the tests below already run on the untrained model.',
    permTitle: 'Permutation test',
    permOriginal: 'Input',
    permShuffled: 'Shuffled',
    permResult: (g, s, scheme) => `Scheme: ${scheme}. Largest gap between out(shuffled input) and the shuffled out(input): ${sci(g)} (a typical output entry is ${f2(s)}).`,
    permVerdict: (e) => (e ? 'Permutation-equivariant: the model sees a bag of tokens, not a sequence.' : 'Not equivariant: the outputs depend on where each token stands.'),
    attTitle: (s) => `Shift test: attention of head 1, positions 0… vs ${s}…`,
    attCaption: (d, s) => `Largest change of any attention weight (every head) when every position id moves by ${s}: ${sci(d)}. ${d < 1e-5 ? 'Unchanged: only offsets matter.' : 'Changed: absolute positions matter.'}`,
    atZero: 'positions 0…',
    atShift: (s) => `positions ${s}…`,
    accTitle: 'Previous-token accuracy, trained positions vs shifted positions',
    accCaption: (step, a, b, s) => `Step ${step}: accuracy ${pct(a)} at positions 0…, ${pct(b)} at positions ${s}… (chance about 17 %).`,
    accSeries: 'at positions 0…',
    accShiftedSeries: (s) => `at positions ${s}…`,
    relTitle: 'Learned relative bias of layer 1, per head, by offset (key − query)',
    relCaption: (b) => `Bias at offset −1 (the previous token) per head: ${b.map(f2).join(', ')}.`,
    head: (h) => `head ${h + 1}`,
    offset: 'offset',
    step: 'step',
    formulaHeading: 'The formulas (computed in the page)',
    peTitle: (d) => `Sinusoidal encoding, positions 0–47 (rows) × ${d} dimensions (columns)`,
    peCaption: (d, r) => `PE[pos][2i] = sin(pos / 10000^(2i/${d})), PE[pos][2i+1] = cos(…). Position 1 starts ${r.slice(0, 4).map((v) => v.toFixed(3)).join(', ')}. Red −1, blue +1: fast columns on the left, slow on the right.`,
    simTitle: 'Position similarity PE_i · PE_j, positions 0–47',
    simCaption: (d) => `Blue ${d / 2} (a position with itself) down to red −${d / 2}. Every diagonal is constant: the similarity depends only on the distance j − i.`,
    dotTitle: 'PE at p dotted with PE at p + k, against the offset k',
    dotCaption: (d, g) => `Two starts, p = 0 and p = 20: the curves coincide (largest gap ${sci(g)}), since PE_p · PE_(p+k) = Σ cos(k ωᵢ). It is ${d / 2} at k = 0 and falls off with distance, not monotonically.`,
    ropeTitle: 'Score of a fixed query and key, against their offset',
    ropeCaption: (r, a) => `RoPE (rotate q and k): the curves from p = 0 and p = 20 coincide (gap ${sci(r)}). Adding the sinusoidal encoding to q and k instead: they differ (gap ${f2(a)}), because the sum also carries absolute positions.`,
    fromStart: (p) => `from p = ${p}`,
    ropeSeries: (p) => `RoPE, from p = ${p}`,
    addSeries: (p) => `added PE, from p = ${p}`,
    live: (s, a, b) => `Step ${s}: accuracy ${pct(a)}, shifted ${pct(b)}.`
  },
  'zh-Hant': {
    title: '每個詞元在哪裡？在即時訓練的模型上測試位置編碼',
    intro: '一個單層雙向 Transformer 學習「前一個詞元」規則（輸出 i = 輸入 i − 1），只有知道位置才學得會。每次更新後都在真正的模型上執行三個測試：打亂詞元、平移所有位置編號，以及在平移後的位置上評估規則。',
    modelHeading: '模型',
    idle: '按下播放開始訓練；下方的測試已經在未訓練的模型上執行。',
    permTitle: '排列測試',
    permOriginal: '輸入',
    permShuffled: '打亂後',
    permResult: (g, s, scheme) => `位置編碼方式：${scheme}。「打亂後輸入的輸出」與「打亂後的原輸出」之間的最大差距：${sci(g)}（一般輸出數值約為 ${f2(s)}）。`,
    permVerdict: (e) => (e ? '排列等變：模型看到的是一袋詞元，而不是序列。' : '不是排列等變：輸出取決於每個詞元所在的位置。'),
    attTitle: (s) => `平移測試：第 1 個注意力頭的權重，位置 0… 對比 ${s}…`,
    attCaption: (d, s) => `所有位置編號加上 ${s} 時，任何注意力權重（所有注意力頭）的最大變化：${sci(d)}。${d < 1e-5 ? '不變：只有相對距離有影響。' : '改變了：絕對位置有影響。'}`,
    atZero: '位置 0…',
    atShift: (s) => `位置 ${s}…`,
    accTitle: '前一個詞元規則的準確率：訓練位置對比平移後的位置',
    accCaption: (step, a, b, s) => `第 ${step} 步：位置 0… 的準確率 ${pct(a)}，位置 ${s}… 的準確率 ${pct(b)}（隨機猜約 17 %）。`,
    accSeries: '位置 0…',
    accShiftedSeries: (s) => `位置 ${s}…`,
    relTitle: '第 1 層學到的相對位置偏差：每個注意力頭，依距離（鍵 − 查詢）',
    relCaption: (b) => `各注意力頭在距離 −1（前一個詞元）的偏差：${b.map(f2).join('、')}。`,
    head: (h) => `注意力頭 ${h + 1}`,
    offset: '距離',
    step: '步數',
    formulaHeading: '公式（在頁面中計算）',
    peTitle: (d) => `正弦位置編碼：位置 0–47（列）× ${d} 個維度（欄）`,
    peCaption: (d, r) => `PE[pos][2i] = sin(pos / 10000^(2i/${d}))，PE[pos][2i+1] = cos(…)。位置 1 的前幾個值：${r.slice(0, 4).map((v) => v.toFixed(3)).join('、')}。紅色 −1，藍色 +1：左邊的欄變化快，右邊的慢。`,
    simTitle: '位置相似度 PE_i · PE_j，位置 0–47',
    simCaption: (d) => `藍色 ${d / 2}（位置與自己）到紅色 −${d / 2}。每條對角線都是常數：相似度只取決於距離 j − i。`,
    dotTitle: '位置 p 與位置 p + k 的編碼內積，對距離 k',
    dotCaption: (d, g) => `兩個起點 p = 0 與 p = 20：兩條曲線重合（最大差距 ${sci(g)}），因為 PE_p · PE_(p+k) = Σ cos(k ωᵢ)。k = 0 時為 ${d / 2}，隨距離變遠而下降，但不是單調遞減。`,
    ropeTitle: '固定的查詢與鍵的分數，對兩者的距離',
    ropeCaption: (r, a) => `RoPE（旋轉 q 與 k）：從 p = 0 與 p = 20 起算的曲線重合（差距 ${sci(r)}）。若改為把正弦編碼加到 q 與 k 上，兩條曲線就不同（差距 ${f2(a)}），因為相加後也帶著絕對位置。`,
    fromStart: (p) => `起點 p = ${p}`,
    ropeSeries: (p) => `RoPE，起點 p = ${p}`,
    addSeries: (p) => `相加的位置編碼，起點 p = ${p}`,
    live: (s, a, b) => `第 ${s} 步：準確率 ${pct(a)}，平移後 ${pct(b)}。`
  }
};
