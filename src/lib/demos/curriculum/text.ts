import type { Lang } from '$lib/params/schema';

type Run = 'curriculum' | 'shuffled';

interface DemoText {
  title: string;
  runs: (order: string) => Record<Run, string>;
  lossTitle: string;
  lossIdle: string;
  lossCaption: (step: number, parts: string) => string;
  heldOutWord: string;
  ownBatchWord: string;
  targetWord: string;
  stepWord: string;
  errorWord: string;
  dataTitle: string;
  dataCaption: (pct: number, admitted: number, n: number) => string;
  easy: string;
  hard: string;
  notAdmitted: string;
  truthWord: string;
  reached: (step: number) => string;
  notYet: string;
  never: string;
  stepsToTarget: (target: string) => string;
  divergedAt: (step: number) => string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Curriculum learning: easy to hard vs shuffled',
    runs: (o) => ({ curriculum: o === 'hard-first' ? 'hard → easy' : 'easy → hard', shuffled: 'shuffled' }),
    lossTitle: 'Error on held-out data (log scale)',
    lossIdle:
      'Press Play: two copies of one network, same initial weights, same random draws, same learning rate and number of steps. One samples only the easiest share of the data and widens it; the other samples all of it.',
    lossCaption: (s, parts) => `Step ${s}: held-out error ${parts}.`,
    heldOutWord: 'held-out error, whole range',
    ownBatchWord: 'loss on its own minibatches',
    targetWord: 'target',
    stepWord: 'step',
    errorWord: 'error',
    dataTitle: 'Training data, coloured by difficulty (label noise)',
    dataCaption: (pct, a, n) => `Admitted to the ordered run now: ${pct}% of the data (${a} of ${n} examples); grey points are not admitted yet. Lines: the true curve (dashed) and each run’s current fit.`,
    easy: 'easy',
    hard: 'hard',
    notAdmitted: 'not admitted yet',
    truthWord: 'true curve',
    reached: (s) => `step ${s}`,
    notYet: 'not yet',
    never: 'not within the budget',
    stepsToTarget: (t) => `Steps to reach held-out error ${t}:`,
    divergedAt: (s) => `diverged at step ${s}`
  },
  'zh-Hant': {
    title: '課程學習：由易到難 vs 隨機順序',
    runs: (o) => ({ curriculum: o === 'hard-first' ? '由難到易' : '由易到難', shuffled: '隨機順序' }),
    lossTitle: '保留集誤差（對數刻度）',
    lossIdle: '按下「播放」：同一個網路的兩份副本，初始權重、隨機抽樣、學習率和步數都相同。一份只從最簡單的一部分資料抽樣，再逐步放寬；另一份從全部資料抽樣。',
    lossCaption: (s, parts) => `第 ${s} 步：保留集誤差 ${parts}。`,
    heldOutWord: '保留集誤差（整個範圍）',
    ownBatchWord: '自己小批次上的損失',
    targetWord: '目標',
    stepWord: '步數',
    errorWord: '誤差',
    dataTitle: '訓練資料，依難度（標籤雜訊）著色',
    dataCaption: (pct, a, n) => `排序執行目前可用的資料：${pct}%（${n} 個樣本中的 ${a} 個）；灰點尚未納入。線條：真實曲線（虛線）與各執行目前的擬合。`,
    easy: '易',
    hard: '難',
    notAdmitted: '尚未納入',
    truthWord: '真實曲線',
    reached: (s) => `第 ${s} 步`,
    notYet: '尚未達到',
    never: '預算內未達到',
    stepsToTarget: (t) => `保留集誤差達到 ${t} 所需步數：`,
    divergedAt: (s) => `於第 ${s} 步發散`
  }
};
