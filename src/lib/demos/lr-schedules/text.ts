import type { Lang } from '$lib/params/schema';
import type { ScheduleKind } from '$lib/ml/optim/schedules';

interface DemoText {
  title: string;
  kinds: Record<ScheduleKind, string>;
  shapeTitle: string;
  shapeCaption: string;
  lossTitle: string;
  lossIdle: string;
  fitTitle: string;
  fitCaption: string;
  stepWord: string;
  lrWord: string;
  lossWord: string;
  dataWord: string;
  divergedAt: (step: number) => string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Learning-rate schedules, raced',
    kinds: { constant: 'constant', step: 'step decay', exponential: 'exponential', cosine: 'cosine', warmupCosine: 'warmup + cosine', cyclic: 'cyclic' },
    shapeTitle: 'Learning rate over the planned steps',
    shapeCaption: 'Learning rate now:',
    lossTitle: 'Training loss (log scale), same model, same batches',
    lossIdle: 'Press Play: six copies of one network start from identical weights and see identical batches; only the schedule differs.',
    fitTitle: 'What each copy has fitted so far',
    fitCaption: 'Grey dots are the noisy training points; each line is one schedule’s current fit.',
    stepWord: 'step',
    lrWord: 'learning rate',
    lossWord: 'loss',
    dataWord: 'data',
    divergedAt: (s) => `diverged at step ${s}`
  },
  'zh-Hant': {
    title: '學習率排程大比拚',
    kinds: { constant: '固定', step: '階梯衰減', exponential: '指數衰減', cosine: '餘弦', warmupCosine: '暖身＋餘弦', cyclic: '循環' },
    shapeTitle: '預計訓練步數內的學習率',
    shapeCaption: '目前學習率：',
    lossTitle: '訓練損失（對數刻度）：同一個模型、同樣的批次',
    lossIdle: '按下「播放」：同一個網路的六份副本從相同的權重出發、看到相同的批次，唯一的差別是學習率排程。',
    fitTitle: '每份副本目前擬合的結果',
    fitCaption: '灰點是帶雜訊的訓練資料；每條線是一種排程目前的擬合曲線。',
    stepWord: '步數',
    lrWord: '學習率',
    lossWord: '損失',
    dataWord: '資料',
    divergedAt: (s) => `於第 ${s} 步發散`
  }
};
