import type { Lang } from '$lib/params/schema';
import type { Experiment } from './trainer';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');
export const f2 = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toFixed(2) : '—');

interface FtText {
  title: string;
  intro: Record<Experiment, string>;
  copy: Record<string, string>;
  idle: string;
  phase: (step: number, pre: number) => string;
  preTitle: string;
  preCaption: (loss: number, acc: number, steps: number) => string;
  tgtLossTitle: string;
  tgtAccTitle: string;
  srcLossTitle: string;
  accATitle: string;
  accBTitle: string;
  fineStep: string;
  step: string;
  loss: string;
  acc: string;
  pretraining: string;
  figures: (label: string, rows: [string, string][]) => string;
  tableCaption: string;
  cols: { copy: string; tgtLoss: string; tgtAcc: string; srcLoss: string; accA: string; accB: string; bLoss: string; trainable: string };
  examplesTitle: (n: number) => string;
  live: (step: number, pre: number) => string;
}

export const text: Record<Lang, FtText> = {
  en: {
    title: 'Pre-train, then fine-tune: transfer, strategies, forgetting',
    intro: {
      transfer:
        'First a small next-word model learns the English animal sentences ("the small cat sleeps on the mat"). Then two copies learn a new task from N labelled sentences: given "the small cats sleep", name the place (mat). The left copy starts from the pre-trained weights, the right one from the same random weights it started from. Both see the same batches; the loss is measured on 28 held-out sentences.',
      strategies:
        'Five copies of the same pre-trained model learn the "where does it live?" task: full fine-tuning; layer-wise rates (each layer down learns 2.6 times slower); gradual unfreezing (top layer first, the lower layer from step 10, the embedding from step 20); embedding and lower layer frozen; LoRA (a rank-r update A·B beside each frozen layer). The source-loss chart measures how much of the original next-word skill each copy keeps.',
      forgetting:
        'The model learns English next-word prediction (task A), then Chinese (task B). The plain copy just trains on B; the replay copy mixes a share of English windows into each batch; the EWC copy adds λ/2 Σ Fᵢ (θᵢ − θᵢ*)², anchoring each weight to its task-A value in proportion to its Fisher information.'
    },
    copy: {
      pretrained: 'pre-trained', scratch: 'from scratch', full: 'full fine-tuning', layerwise: 'layer-wise rates',
      gradual: 'gradual unfreezing', frozen: 'lower layers frozen', lora: 'LoRA', plain: 'plain (B only)', replay: 'replay', ewc: 'EWC'
    },
    idle: 'Press Play: pre-training runs first, then the copies fine-tune.',
    phase: (s, p) => (s < p ? `Pre-training: step ${s} of ${p}.` : `Fine-tuning: step ${s - p} (after ${p} pre-training steps).`),
    preTitle: 'Pre-training: next-word loss on the English sentences',
    preCaption: (l, a, n) => `After ${n} pre-training steps: next-word cross-entropy ${f2(l)}, accuracy ${pct(a)}.`,
    tgtLossTitle: 'Target task: held-out loss',
    tgtAccTitle: 'Target task: held-out accuracy',
    srcLossTitle: 'Source task: next-word loss (lower = original skill kept)',
    accATitle: 'Task A (English next word): accuracy',
    accBTitle: 'Task B (Chinese next word): accuracy',
    fineStep: 'fine-tuning step',
    step: 'step',
    loss: 'cross-entropy',
    acc: 'accuracy',
    pretraining: 'pre-training',
    figures: (label, rows) => `${label}. Now: ${rows.map(([c, v]) => `${c} ${v}`).join('; ')}.`,
    tableCaption: 'All copies at this step',
    cols: { copy: 'copy', tgtLoss: 'target loss', tgtAcc: 'target accuracy', srcLoss: 'source loss', accA: 'task-A accuracy', accB: 'task-B accuracy', bLoss: 'task-B loss', trainable: 'trained parameters' },
    examplesTitle: (n) => `The ${n} labelled examples`,
    live: (s, p) => (s < p ? `Pre-training step ${s}.` : `Fine-tuning step ${s - p}.`)
  },
  'zh-Hant': {
    title: '先預訓練，再微調：遷移、微調策略、遺忘',
    intro: {
      transfer:
        '先讓一個小型的下一個詞模型學英文動物句子（「the small cat sleeps on the mat」）。接著兩份副本從 N 句標註句子學新任務：看到「the small cats sleep」，說出地點（mat）。左邊的副本從預訓練權重出發，右邊的從它當初同樣的隨機權重出發。兩者看到相同的批次；損失在 28 句保留句子上量測。',
      strategies:
        '同一個預訓練模型的五份副本學「牠住在哪裡？」任務：全部微調；分層學習率（每往下一層學得慢 2.6 倍）；逐步解凍（先訓練最上層，第 10 步起加入下層，第 20 步起加入嵌入）；凍結嵌入與下層；LoRA（在每個凍結層旁加一個秩 r 的更新 A·B）。來源損失圖量測每份副本保住了多少原本預測下一個詞的能力。',
      forgetting:
        '模型先學英文的下一個詞預測（任務 A），再學中文（任務 B）。單純的副本只用 B 訓練；重播副本在每個批次混入一部分英文樣本；EWC 副本加上 λ/2 Σ Fᵢ (θᵢ − θᵢ*)²，依每個權重的費雪資訊，把它拉回任務 A 時的值。'
    },
    copy: {
      pretrained: '預訓練', scratch: '從零開始', full: '全部微調', layerwise: '分層學習率',
      gradual: '逐步解凍', frozen: '凍結下層', lora: 'LoRA', plain: '單純（只學 B）', replay: '重播', ewc: 'EWC'
    },
    idle: '按下「播放」：先跑預訓練，接著各副本開始微調。',
    phase: (s, p) => (s < p ? `預訓練：第 ${s} 步，共 ${p} 步。` : `微調：第 ${s - p} 步（預訓練 ${p} 步之後）。`),
    preTitle: '預訓練：英文句子的下一個詞損失',
    preCaption: (l, a, n) => `預訓練 ${n} 步後：下一個詞的交叉熵 ${f2(l)}，準確率 ${pct(a)}。`,
    tgtLossTitle: '目標任務：保留資料上的損失',
    tgtAccTitle: '目標任務：保留資料上的準確率',
    srcLossTitle: '來源任務：下一個詞的損失（越低＝越保住原本能力）',
    accATitle: '任務 A（英文下一個詞）：準確率',
    accBTitle: '任務 B（中文下一個詞）：準確率',
    fineStep: '微調步數',
    step: '步數',
    loss: '交叉熵',
    acc: '準確率',
    pretraining: '預訓練',
    figures: (label, rows) => `${label}。目前：${rows.map(([c, v]) => `${c} ${v}`).join('；')}。`,
    tableCaption: '此步所有副本的比較',
    cols: { copy: '副本', tgtLoss: '目標損失', tgtAcc: '目標準確率', srcLoss: '來源損失', accA: '任務 A 準確率', accB: '任務 B 準確率', bLoss: '任務 B 損失', trainable: '訓練的參數' },
    examplesTitle: (n) => `這 ${n} 個標註樣本`,
    live: (s, p) => (s < p ? `預訓練第 ${s} 步。` : `微調第 ${s - p} 步。`)
  }
};

export { pct };
