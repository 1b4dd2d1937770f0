import type { Lang } from '$lib/params/schema';
import type { Condition } from './trainer';

interface DemoText {
  title: string;
  conditions: Record<Condition, string>;
  learntTitle: string;
  targetTitle: string;
  learntCaption: (n: number, setting: string, step: number) => string;
  targetCaption: string;
  lossTitle: string;
  lossIdle: string;
  lossCaption: (step: number, train: number, held: number, floor: number) => string;
  trainName: string;
  heldName: string;
  floorName: string;
  sweepTitle: string;
  sweepOff: string;
  sweepCaption: (step: number, rows: string) => string;
  sweepRow: (n: number, values: string) => string;
  stepWord: string;
  lossWord: string;
  log2N: string;
  pointsWord: string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Training a density model with few examples',
    conditions: { none: 'neither', augment: 'augmentation', pretrained: 'pretrained init', both: 'both' },
    learntTitle: 'What the model has learnt, p(x)',
    targetTitle: 'The true distribution',
    learntCaption: (n, s, step) =>
      `Step ${step}: the density learnt from N = ${n} examples (red dots) with ${s}. Darker cells are more likely; a model that memorises puts its mass on the dots.`,
    targetCaption: 'Eight clusters on a ring. Held-out examples come from here; the model never sees this picture.',
    lossTitle: 'Training and held-out loss (negative log-likelihood per example)',
    lossIdle: 'Press Play. Held-out loss is measured on 4,096 fresh examples; the dashed line is what the true distribution itself scores.',
    lossCaption: (s, t, h, f) => `Step ${s}: training ${t.toFixed(3)}, held-out ${h.toFixed(3)} nats (the true distribution scores ${f.toFixed(3)}).`,
    trainName: 'training loss',
    heldName: 'held-out loss',
    floorName: 'true distribution',
    sweepTitle: 'Held-out loss against N (background sweep, same steps)',
    sweepOff: 'The sweep is off: turn on “Sweep N in the background” to train the same model at N = 8 … 512 under each setting.',
    sweepCaption: (s, rows) => `Step ${s}, held-out loss in nats. ${rows}`,
    sweepRow: (n, v) => `N = ${n}: ${v}.`,
    stepWord: 'step',
    lossWord: 'loss (nats, log scale)',
    log2N: 'log₂ N (3 = 8 examples, 9 = 512)',
    pointsWord: 'training examples'
  },
  'zh-Hant': {
    title: '用很少的樣本訓練密度模型',
    conditions: { none: '都不用', augment: '資料增強', pretrained: '預訓練初始化', both: '兩者並用' },
    learntTitle: '模型學到的分布 p(x)',
    targetTitle: '真實分布',
    learntCaption: (n, s, step) =>
      `第 ${step} 步：用 N = ${n} 個樣本（紅點）、設定為「${s}」學到的密度。顏色越深代表機率越高；死記資料的模型會把機率集中在紅點上。`,
    targetCaption: '圓環上的八個群聚。保留集的樣本來自這裡；模型從未看過這張圖。',
    lossTitle: '訓練損失與保留集損失（每個樣本的負對數概似）',
    lossIdle: '按下「播放」。保留集損失是在 4,096 個全新樣本上量測的；虛線是真實分布本身的得分。',
    lossCaption: (s, t, h, f) => `第 ${s} 步：訓練 ${t.toFixed(3)}，保留集 ${h.toFixed(3)} nats（真實分布為 ${f.toFixed(3)}）。`,
    trainName: '訓練損失',
    heldName: '保留集損失',
    floorName: '真實分布',
    sweepTitle: '保留集損失與 N 的關係（背景掃描，相同步數）',
    sweepOff: '掃描已關閉：開啟「在背景掃描 N」，即可在每種設定下以 N = 8 … 512 訓練同一個模型。',
    sweepCaption: (s, rows) => `第 ${s} 步，保留集損失（nats）。${rows}`,
    sweepRow: (n, v) => `N = ${n}：${v}。`,
    stepWord: '步數',
    lossWord: '損失（nats，對數刻度）',
    log2N: 'log₂ N（3 = 8 個樣本，9 = 512 個）',
    pointsWord: '訓練樣本'
  }
};
