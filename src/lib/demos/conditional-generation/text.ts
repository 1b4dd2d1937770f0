import type { Lang } from '$lib/params/schema';

interface DemoText {
  title: string;
  classWord: (k: number) => string;
  sampleTitle: string;
  pickLabel: string;
  pickPrompt: string;
  conditioningOn: string;
  conditioningOff: string;
  idle: string;
  condCaption: (step: number, k: number, share: string, n: number) => string;
  uncondCaption: (step: number, parts: string, even: string) => string;
  sameModel: string;
  realWord: string;
  samplesWord: string;
  centreWord: string;
  matrixTitle: string;
  matrixCaption: (hit: string, parts: string) => string;
  matrixIdle: string;
  askedRow: (k: number) => string;
  noConditionRow: string;
  nearestCol: (k: number) => string;
  matrixLabel: string;
  historyTitle: string;
  historyIdle: string;
  historyCaption: (step: number, hit: string, min: string) => string;
  hitSeries: string;
  minSeries: string;
  evenSeries: string;
  iterationWord: string;
  shareWord: string;
  /** Between list items. */
  listSep: string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Conditional vs unconditional generation on labelled data',
    classWord: (k) => `class ${k}`,
    sampleTitle: 'Generated samples (crosses) over the labelled training data (dots, coloured by class)',
    pickLabel: 'Generate',
    pickPrompt: 'Generate:',
    conditioningOn: 'Conditioning on',
    conditioningOff: 'Conditioning off',
    idle:
      'Press Play. Two GANs train together on the same data: a conditional one, whose generator and discriminator both see the class, and an unconditional one, which never sees the labels.',
    condCaption: (s, k, share, n) =>
      `Iteration ${s}. The conditional generator, asked for class ${k}: ${share} of its ${n} samples lie nearest to class ${k}’s centre.`,
    uncondCaption: (s, parts, even) =>
      `Iteration ${s}. The unconditional generator cannot be asked for a class; its samples spread over the classes: ${parts} (the training data has ${even} of each).`,
    sameModel: 'Switching class or conditioning needs no retraining: both generators are already trained for every class.',
    realWord: 'training data',
    samplesWord: 'generated',
    centreWord: 'class centre',
    matrixTitle: 'Where the samples land: share nearest to each class centre',
    matrixIdle: 'Each row: a request (a class, or no condition). Each column: the class whose centre a sample lands nearest. Click a row to show it.',
    matrixCaption: (hit, parts) => `Conditional rows: on average ${hit} of the samples land in the class asked for. Unconditional row: ${parts}. Click a row to show it above.`,
    askedRow: (k) => `asked for ${k}`,
    noConditionRow: 'no condition',
    nearestCol: (k) => `lands in ${k}`,
    matrixLabel: 'Share of samples per request (rows) landing nearest each class (columns)',
    historyTitle: 'Over training: the conditional model’s hit rate and the unconditional model’s smallest class share',
    historyIdle: 'As training runs: how often conditional samples land in the class asked for, and the share of the least-covered class without conditioning.',
    historyCaption: (s, hit, min) => `Iteration ${s}: conditional hit rate ${hit}; unconditional, smallest class share ${min}.`,
    hitSeries: 'conditional: share in the class asked for',
    minSeries: 'unconditional: smallest class share',
    evenSeries: 'even share (1 / classes)',
    iterationWord: 'iteration',
    shareWord: 'share of samples',
    listSep: ', '
  },
  'zh-Hant': {
    title: '在有標籤的資料上比較條件生成與無條件生成',
    classWord: (k) => `類別 ${k}`,
    sampleTitle: '生成的樣本（叉號）疊在有標籤的訓練資料上（圓點，依類別上色）',
    pickLabel: '生成',
    pickPrompt: '生成：',
    conditioningOn: '條件：開',
    conditioningOff: '條件：關',
    idle: '按下「播放」。兩個 GAN 在同一份資料上一起訓練：條件式 GAN 的生成器與判別器都看得到類別；無條件 GAN 則完全看不到標籤。',
    condCaption: (s, k, share, n) => `第 ${s} 次迭代。要求條件式生成器產生類別 ${k}：${n} 個樣本中有 ${share} 最靠近類別 ${k} 的中心。`,
    uncondCaption: (s, parts, even) => `第 ${s} 次迭代。無條件生成器無法指定類別；它的樣本散布在各類別：${parts}（訓練資料中每個類別各占 ${even}）。`,
    sameModel: '切換類別或開關條件都不必重新訓練：兩個生成器都已經為每個類別訓練好了。',
    realWord: '訓練資料',
    samplesWord: '生成樣本',
    centreWord: '類別中心',
    matrixTitle: '樣本落在哪裡：最靠近各類別中心的比例',
    matrixIdle: '每一列是一種要求（某個類別，或不加條件）；每一欄是樣本最靠近的類別中心。點一列即可在上圖顯示。',
    matrixCaption: (hit, parts) => `條件式的各列：平均有 ${hit} 的樣本落在所要求的類別。無條件那一列：${parts}。點一列即可在上圖顯示。`,
    askedRow: (k) => `要求 ${k}`,
    noConditionRow: '不加條件',
    nearestCol: (k) => `落在 ${k}`,
    matrixLabel: '各種要求（列）的樣本落在最靠近各類別（欄）的比例',
    historyTitle: '訓練過程：條件式模型的命中率，與無條件模型中占比最小的類別',
    historyIdle: '訓練時會顯示：條件式樣本落在所要求類別的比例，以及不加條件時占比最小的類別。',
    historyCaption: (s, hit, min) => `第 ${s} 次迭代：條件式命中率 ${hit}；無條件時占比最小的類別 ${min}。`,
    hitSeries: '條件式：落在所要求類別的比例',
    minSeries: '無條件：占比最小的類別',
    evenSeries: '平均分配（1 / 類別數）',
    iterationWord: '迭代次數',
    shareWord: '樣本比例',
    listSep: '、'
  }
};
