import type { Lang } from '$lib/params/schema';
import type { PointwiseKind } from '$lib/ml/losses/pointwise';

const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
const short: Record<PointwiseKind, string> = { l1: 'L1', l2: 'L2', huber: 'Huber' };

export interface PullRow {
  kind: PointwiseKind;
  residual: number;
  grad: number;
  share: number;
}

export interface DemoText {
  title: string;
  kinds: Record<PointwiseKind, string>;
  stepWord: string;
  residualWord: string;
  lossWord: string;
  gradWord: string;
  // (a) shapes
  shapeTitle: string;
  shapeCaption: (delta: number, at: Record<PointwiseKind, number>) => string;
  gradTitle: string;
  gradCaption: (delta: number, at: Record<PointwiseKind, number>) => string;
  pullTitle: string;
  pullHead: [string, string, string, string];
  pullNone: string;
  pullCaption: (rows: PullRow[]) => string;
  // (b) line fit
  fitTitle: string;
  fitCaption: (step: number, lines: string, outlier: string) => string;
  lineText: (name: string, w: number, b: number) => string;
  outlierText: (size: number) => string;
  editedText: (n: number) => string;
  trueLine: string;
  inliers: string;
  outlierWord: string;
  dragLabel: string;
  dragHint: string;
  selected: (i: number, x: number, y: number, isOutlier: boolean) => string;
  restore: string;
  fitLossTitle: string;
  fitLossIdle: string;
  fitLossCaption: (step: number, l1: number, l2: number, huber: number | null) => string;
  // (c) bimodal
  bimodalTitle: string;
  bimodalCaption: (step: number, pUpper: number, x: number, mean: number, median: number, l2: number, l1: number, near: number, total: number) => string;
  bimodalIdle: string;
  dataWord: string;
  meanWord: string;
  medianWord: string;
  predL2: string;
  predL1: string;
  tableCaption: string;
  xWord: string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'L1 vs L2 loss: outliers, gradients and the blurry mean',
    kinds: { l1: 'L1 (absolute)', l2: 'L2 (squared)', huber: 'Huber' },
    stepWord: 'step',
    residualWord: 'residual r = prediction − target',
    lossWord: 'loss',
    gradWord: 'gradient',
    shapeTitle: 'Loss against the residual',
    shapeCaption: (d, at) =>
      `At a residual of 3: L1 loss ${f(at.l1)}, L2 loss ${f(at.l2)}, Huber loss ${f(at.huber)} (δ = ${f(d)}). L2 grows with the square of the error; L1 and Huber beyond δ grow in a straight line.`,
    gradTitle: 'Gradient against the residual',
    gradCaption: (d, at) =>
      `At a residual of 3 the gradient is ${f(at.l1)} for L1, ${f(at.l2)} for L2 and ${f(at.huber)} for Huber: L2's pull grows with the error, L1's is always ±1, Huber's follows L2 inside ±δ (δ = ${f(d)}) and is capped at δ outside.`,
    pullTitle: 'How hard the outlier pulls each fitted line',
    pullHead: ['loss', 'outlier residual', 'its gradient', 'share of all pull'],
    pullNone: 'No outlier among these points.',
    pullCaption: (rows) =>
      'The outlier under the current fits: ' +
      rows.map((r) => `${short[r.kind]} residual ${f(r.residual)}, gradient ${f(r.grad)}, ${pct(r.share)} of the total pull`).join('; ') +
      '.',
    fitTitle: 'Lines fitted by gradient descent',
    fitCaption: (s, lines, o) => `${s === 0 ? 'Before training' : `Step ${s}`}. ${lines} ${o}`,
    lineText: (n, w, b) => `${n} line: slope ${f(w)}, intercept ${f(b)}.`,
    outlierText: (s) => `One outlier sits ${f(s, 1)} above the true line (slope 0.50, intercept 0.10).`,
    editedText: (n) => `${n} points placed by hand; the outlier slider puts the original points back.`,
    trueLine: 'true line',
    inliers: 'points',
    outlierWord: 'outlier',
    dragLabel: 'Training points. Drag a point, or use the arrow keys to move the selected point.',
    dragHint: 'Drag any point. Keyboard: focus the chart, then arrow keys move the selected point (Shift for bigger steps), [ and ] select another point, O selects the outlier.',
    selected: (i, x, y, o) => `Selected: point ${i + 1}${o ? ' (the outlier)' : ''} at x ${f(x)}, y ${f(y)}.`,
    restore: 'Restore the original points',
    fitLossTitle: 'Training loss of each line (log scale)',
    fitLossIdle: 'Press Play: three lines start flat and descend their own loss on the same points.',
    fitLossCaption: (s, l1, l2, h) =>
      `Step ${s}: mean absolute residual of the L1 line ${f(l1, 3)}, mean squared residual of the L2 line ${f(l2, 3)}${h === null ? '' : `, Huber loss ${f(h, 3)}`}. The losses are in different units: compare how they fall, not their heights.`,
    bimodalTitle: 'A two-valued target: L2 predicts the mean, L1 the median',
    bimodalCaption: (s, p, x, mean, med, l2, l1, near, total) =>
      `Step ${s}. At each input ${pct(p)} of the targets sit on the upper value. At x = ${f(x)} the mean of the targets is ${f(mean)} and the median ${f(med)}; the L2 prediction is ${f(l2)} and the L1 prediction ${f(l1)}. Only ${near} of ${total} targets lie within 0.25 of the L2 prediction: it settles between the two clusters, where there are no data (the blur).`,
    bimodalIdle: 'Press Play: two copies of one small network learn the same two-valued targets, one under L1, one under L2.',
    dataWord: 'targets',
    meanWord: 'mean of the targets',
    medianWord: 'median of the targets',
    predL2: 'L2 prediction',
    predL1: 'L1 prediction',
    tableCaption: 'Per input: the mean and the L2 prediction, the median and the L1 prediction',
    xWord: 'x'
  },
  'zh-Hant': {
    title: 'L1 與 L2 損失：離群值、梯度與模糊的平均',
    kinds: { l1: 'L1（絕對值）', l2: 'L2（平方）', huber: 'Huber' },
    stepWord: '步數',
    residualWord: '殘差 r = 預測值 − 目標值',
    lossWord: '損失',
    gradWord: '梯度',
    shapeTitle: '損失與殘差的關係',
    shapeCaption: (d, at) =>
      `殘差為 3 時：L1 損失 ${f(at.l1)}、L2 損失 ${f(at.l2)}、Huber 損失 ${f(at.huber)}（δ = ${f(d)}）。L2 隨誤差的平方成長；L1 以及超過 δ 之後的 Huber 則呈直線成長。`,
    gradTitle: '梯度與殘差的關係',
    gradCaption: (d, at) =>
      `殘差為 3 時，L1 的梯度是 ${f(at.l1)}、L2 是 ${f(at.l2)}、Huber 是 ${f(at.huber)}：L2 的拉力隨誤差變大，L1 永遠是 ±1，Huber 在 ±δ 之內跟 L2 一樣、之外則被限制在 δ（δ = ${f(d)}）。`,
    pullTitle: '離群值對每條擬合線的拉力',
    pullHead: ['損失', '離群值的殘差', '它的梯度', '佔總拉力的比例'],
    pullNone: '目前的資料點中沒有離群值。',
    pullCaption: (rows) =>
      '在目前的擬合下，離群值的情況：' +
      rows.map((r) => `${short[r.kind]} 殘差 ${f(r.residual)}、梯度 ${f(r.grad)}、佔總拉力的 ${pct(r.share)}`).join('；') +
      '。',
    fitTitle: '以梯度下降擬合的直線',
    fitCaption: (s, lines, o) => `${s === 0 ? '訓練前' : `第 ${s} 步`}。${lines}${o}`,
    lineText: (n, w, b) => `${n} 直線：斜率 ${f(w)}、截距 ${f(b)}。`,
    outlierText: (s) => `有一個離群值比真實直線（斜率 0.50、截距 0.10）高出 ${f(s, 1)}。`,
    editedText: (n) => `${n} 個資料點由你手動擺放；調整離群值滑桿會恢復原本的資料點。`,
    trueLine: '真實直線',
    inliers: '資料點',
    outlierWord: '離群值',
    dragLabel: '訓練資料點。拖曳任一點，或用方向鍵移動選取的點。',
    dragHint: '可拖曳任一點。鍵盤操作：先把焦點移到圖上，方向鍵移動選取的點（按住 Shift 移動較多），[ 與 ] 切換選取的點，O 選取離群值。',
    selected: (i, x, y, o) => `已選取：第 ${i + 1} 點${o ? '（離群值）' : ''}，x ${f(x)}、y ${f(y)}。`,
    restore: '恢復原本的資料點',
    fitLossTitle: '每條直線的訓練損失（對數刻度）',
    fitLossIdle: '按下「播放」：三條直線都從水平線出發，在同一組資料點上各自降低自己的損失。',
    fitLossCaption: (s, l1, l2, h) =>
      `第 ${s} 步：L1 直線的平均絕對殘差 ${f(l1, 3)}，L2 直線的平均平方殘差 ${f(l2, 3)}${h === null ? '' : `，Huber 損失 ${f(h, 3)}`}。這些損失的單位不同：請比較它們下降的方式，而不是高低。`,
    bimodalTitle: '雙峰目標：L2 預測平均數，L1 預測中位數',
    bimodalCaption: (s, p, x, mean, med, l2, l1, near, total) =>
      `第 ${s} 步。每個輸入的目標值有 ${pct(p)} 落在上方數值。在 x = ${f(x)} 處，目標值的平均數是 ${f(mean)}、中位數是 ${f(med)}；L2 的預測是 ${f(l2)}，L1 的預測是 ${f(l1)}。${total} 個目標值中只有 ${near} 個落在 L2 預測的 0.25 以內：它停在兩群資料之間、沒有任何資料的地方（也就是模糊）。`,
    bimodalIdle: '按下「播放」：同一個小型網路的兩份副本學習同樣的雙峰目標，一份用 L1，一份用 L2。',
    dataWord: '目標值',
    meanWord: '目標值的平均數',
    medianWord: '目標值的中位數',
    predL2: 'L2 預測',
    predL1: 'L1 預測',
    tableCaption: '每個輸入的平均數與 L2 預測、中位數與 L1 預測',
    xWord: 'x'
  }
};
