import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '–');

interface DemoText {
  title: string;
  fieldTitle: string;
  fieldIdle: string;
  fieldCaption: (step: number, n: number, samples: number, nn: number, ref: number) => string;
  trainPointsWord: string;
  samplesWord: string;
  lossTitle: string;
  lossIdle: string;
  lossCaption: (step: number, train: number, held: number, bestStep: number, best: number, floor: number) => string;
  trainName: string;
  heldName: string;
  floorName: string;
  bestName: string;
  stopName: string;
  nnTitle: string;
  nnIdle: string;
  nnCaption: (step: number, nn: number, ref: number) => string;
  nnName: string;
  refName: string;
  stopped: (stop: number, best: number, patience: number) => string;
  wouldStop: (stop: number, best: number, patience: number) => string;
  stepWord: string;
  lossWord: string;
  distWord: string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'A density model memorising its training points',
    fieldTitle: 'Samples from the model over the training points',
    fieldIdle: 'Press Play. The shading is the model’s p(x) (darker is more likely); it starts uniform over the grid.',
    fieldCaption: (s, n, k, nn, r) =>
      `Step ${s}: ${k} samples drawn from the model (blue dots) over the N = ${n} training points (red crosses). ` +
      `Their mean distance to the nearest training point is ${f(nn, 3)}; fresh data from the true distribution sits ${f(r, 3)} away. ` +
      `A memorising model puts its samples on the crosses.`,
    trainPointsWord: 'training points',
    samplesWord: 'generated samples',
    lossTitle: 'Training and held-out loss (negative log-likelihood per point, nats)',
    lossIdle: 'Press Play. Held-out loss is measured on 2,000 fresh points; the dashed line is what the true distribution itself scores.',
    lossCaption: (s, t, h, b, bv, fl) =>
      `Step ${s}: training ${f(t, 3)}, held-out ${f(h, 3)} nats; the held-out loss was lowest (${f(bv, 3)}) at step ${b}. The true distribution scores ${f(fl, 3)}.`,
    trainName: 'training loss',
    heldName: 'held-out loss',
    floorName: 'true distribution',
    bestName: 'lowest held-out loss',
    stopName: 'early stopping',
    nnTitle: 'Distance from a sample to its nearest training point',
    nnIdle: 'Press Play. The solid line is the mean distance for samples of the model; the dashed line is the same distance for fresh held-out data.',
    nnCaption: (s, nn, r) =>
      `Step ${s}: samples of the model are on average ${f(nn, 3)} from the nearest training point, ${f((100 * nn) / r, 0)}% of the ${f(r, 3)} that fresh data shows. ` +
      `Far below the dashed line means the model is copying its training points.`,
    nnName: 'samples of the model',
    refName: 'fresh held-out data',
    stopped: (st, b, k) =>
      `Early stopping fired at step ${st}: the held-out loss had not improved for ${k} steps since step ${b}. The weights stay as they were at step ${st}; Reset, or turn early stopping off, to train on.`,
    wouldStop: (st, b, k) =>
      `With early stopping (patience ${k}), training would have stopped at step ${st}: the held-out loss was lowest at step ${b}.`,
    stepWord: 'step',
    lossWord: 'loss (nats)',
    distWord: 'mean NN distance'
  },
  'zh-Hant': {
    title: '密度模型死背它的訓練點',
    fieldTitle: '模型的樣本與訓練點',
    fieldIdle: '按下「播放」。底色是模型的 p(x)（顏色越深機率越高），一開始在整個網格上是均勻的。',
    fieldCaption: (s, n, k, nn, r) =>
      `第 ${s} 步：從模型抽出的 ${k} 個樣本（藍點）與 N = ${n} 個訓練點（紅叉）。` +
      `樣本到最近訓練點的平均距離是 ${f(nn, 3)}；來自真實分布的新資料則是 ${f(r, 3)}。死背的模型會把樣本放在紅叉上。`,
    trainPointsWord: '訓練點',
    samplesWord: '生成的樣本',
    lossTitle: '訓練損失與保留資料損失（每個點的負對數概似，nats）',
    lossIdle: '按下「播放」。保留資料損失是在 2,000 個全新的點上量測的；虛線是真實分布本身的得分。',
    lossCaption: (s, t, h, b, bv, fl) =>
      `第 ${s} 步：訓練 ${f(t, 3)}，保留資料 ${f(h, 3)} nats；保留資料損失在第 ${b} 步最低（${f(bv, 3)}）。真實分布的得分為 ${f(fl, 3)}。`,
    trainName: '訓練損失',
    heldName: '保留資料損失',
    floorName: '真實分布',
    bestName: '保留資料損失最低處',
    stopName: '提前停止',
    nnTitle: '樣本到最近訓練點的距離',
    nnIdle: '按下「播放」。實線是模型樣本的平均距離；虛線是全新保留資料的同一種距離。',
    nnCaption: (s, nn, r) =>
      `第 ${s} 步：模型的樣本平均離最近的訓練點 ${f(nn, 3)}，是新資料（${f(r, 3)}）的 ${f((100 * nn) / r, 0)}%。` +
      `遠低於虛線，表示模型正在複製訓練點。`,
    nnName: '模型的樣本',
    refName: '全新的保留資料',
    stopped: (st, b, k) =>
      `提前停止在第 ${st} 步觸發：保留資料損失自第 ${b} 步起已連續 ${k} 步沒有改善。權重維持在第 ${st} 步的狀態；按「重設」或關閉提前停止才能繼續訓練。`,
    wouldStop: (st, b, k) => `若啟用提前停止（耐心 ${k} 步），訓練會在第 ${st} 步停下：保留資料損失在第 ${b} 步最低。`,
    stepWord: '步數',
    lossWord: '損失（nats）',
    distWord: '平均最近鄰距離'
  }
};
