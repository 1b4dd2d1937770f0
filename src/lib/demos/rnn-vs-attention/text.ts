import type { Lang } from '$lib/params/schema';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');
const sci = (v: number) => (Number.isFinite(v) ? v.toExponential(1) : '—');
const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');

interface RvaText {
  title: string;
  intro: string;
  rnn: string;
  attn: string;
  fitLine: string;
  gradTitle: string;
  gradCaption: (T: number, r: number[], a: number[], ratio: number, r2: number) => string;
  distance: string;
  gradNorm: string;
  timeTitle: string;
  timeCaption: (L: number[], r: number[], a: number[]) => string;
  stepsTitle: string;
  stepsCaption: (L: number[]) => string;
  length: string;
  time: string;
  steps: string;
  tableCaption: (step: number) => string;
  rows: { acc: string; loss: string; ratio: string; path: string };
  live: (step: number, accR: number, accA: number) => string;
  fmt: { pct: typeof pct; sci: typeof sci; f2: typeof f2; ms: typeof ms };
}

export const text: Record<Lang, RvaText> = {
  en: {
    title: 'What attention fixes in RNNs: gradient paths and sequential steps',
    intro: 'Both models read T random symbols and must name the first one at the end. The RNN passes a hidden state from step to step (h_t = tanh(x_t W_x + h_{t−1} W_h + b)); the attention model lets the last position look at every symbol directly. Play trains both on the same batches.',
    rnn: 'simple RNN',
    attn: 'self-attention',
    fitLine: 'RNN fit (geometric)',
    gradTitle: 'Gradient reaching each input vs its distance from the output',
    gradCaption: (T, r, a, ratio, r2) => `Norm of d loss / d x at distance 0 and ${T - 1}: RNN ${sci(r[0])} and ${sci(r[T - 1])}; attention ${sci(a[0])} and ${sci(a[T - 1])}. The RNN's values shrink by a factor ${f2(ratio)} per step (log-linear fit, R² ${f2(r2)}).`,
    distance: 'distance from the output (steps)',
    gradNorm: 'gradient norm (log scale)',
    timeTitle: 'Measured time to produce all L outputs (this device)',
    timeCaption: (L, r, a) => `Median of 5 runs, batch 1. ${L.map((l, i) => `L = ${l}: RNN ${ms(r[i])}, attention ${ms(a[i])}`).join('; ')}.`,
    stepsTitle: 'Sequential (dependent) steps per layer',
    stepsCaption: (L) => `The RNN needs L dependent steps (${L.join(', ')}); self-attention needs 1 at every length, however long the path in the text.`,
    length: 'sequence length L',
    time: 'time (ms)',
    steps: 'sequential steps',
    tableCaption: (s) => `Both models at step ${s} (fixed batch of 64 sequences; chance is 12.5 %)`,
    rows: { acc: 'accuracy (name the first symbol)', loss: 'cross-entropy', ratio: 'gradient factor per step of distance', path: 'path length from first input to output' },
    live: (s, r, a) => `Step ${s}: RNN accuracy ${pct(r)}, attention accuracy ${pct(a)}.`,
    fmt: { pct, sci, f2, ms }
  },
  'zh-Hant': {
    title: '注意力修正了 RNN 的什麼：梯度路徑與循序步驟',
    intro: '兩個模型都讀入 T 個隨機符號，最後要說出第一個。RNN 把隱藏狀態一步一步往下傳（h_t = tanh(x_t W_x + h_{t−1} W_h + b)）；注意力模型讓最後一個位置直接看每一個符號。按「播放」會用相同的批次訓練兩者。',
    rnn: '簡單 RNN',
    attn: '自注意力',
    fitLine: 'RNN 擬合（幾何級數）',
    gradTitle: '傳到每個輸入的梯度與它離輸出的距離',
    gradCaption: (T, r, a, ratio, r2) => `距離 0 與 ${T - 1} 的 d 損失 / d x 範數：RNN 為 ${sci(r[0])} 與 ${sci(r[T - 1])}；注意力為 ${sci(a[0])} 與 ${sci(a[T - 1])}。RNN 的值每一步縮小為 ${f2(ratio)} 倍（對數線性擬合，R² ${f2(r2)}）。`,
    distance: '離輸出的距離（步）',
    gradNorm: '梯度範數（對數座標）',
    timeTitle: '產生全部 L 個輸出實際量到的時間（這台裝置）',
    timeCaption: (L, r, a) => `5 次的中位數，批次大小 1。${L.map((l, i) => `L = ${l}：RNN ${ms(r[i])}，注意力 ${ms(a[i])}`).join('；')}。`,
    stepsTitle: '每一層的循序（相依）步驟數',
    stepsCaption: (L) => `RNN 需要 L 個相依步驟（${L.join('、')}）；自注意力不論多長都只要 1 步。`,
    length: '序列長度 L',
    time: '時間（毫秒）',
    steps: '循序步驟數',
    tableCaption: (s) => `第 ${s} 步時的兩個模型（固定 64 條序列；隨機猜的準確率是 12.5%）`,
    rows: { acc: '準確率（說出第一個符號）', loss: '交叉熵', ratio: '每一步距離的梯度倍率', path: '第一個輸入到輸出的路徑長度' },
    live: (s, r, a) => `第 ${s} 步：RNN 準確率 ${pct(r)}，注意力準確率 ${pct(a)}。`,
    fmt: { pct, sci, f2, ms }
  }
};
