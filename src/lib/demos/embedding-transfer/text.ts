import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

export interface TransferText {
  title: string;
  variant: Record<'random' | 'frozen' | 'finetuned', string>;
  pretraining: string;
  accTitle: string;
  accCaption: (step: number, trainSize: number, testSize: number, r: number, fr: number, ft: number) => string;
  stepWord: string;
  accAxis: string;
  finalTitle: string;
  trainWord: string;
  testWord: string;
  transferNote: string;
  modelName: (kind: 'onehot' | 'embedding' | 'hashed', dim: number, buckets: number) => string;
  paramsTitle: string;
  paramsHead: [string, string, string, string];
  formula: (kind: 'onehot' | 'embedding' | 'hashed', c: number, i: number, d: number, b: number) => string;
  paramsCaption: (c: number, pairs: number) => string;
  catAccTitle: string;
  catAccCaption: (step: number, names: string[], acc: number[]) => string;
  collTitle: string;
  collCaption: (c: number, b: number, share: number, expected: number, used: number, maxLoad: number) => string;
  bucketsAxis: string;
  collAxis: string;
  measuredWord: string;
  expectedWord: string;
}

export const text: Record<Lang, TransferText> = {
  en: {
    title: 'Embeddings downstream: transfer, and categories with many values',
    variant: { random: 'random init, fine-tuned', frozen: 'pretrained, frozen', finetuned: 'pretrained, fine-tuned' },
    pretraining: 'The first step pretrains skip-gram on the whole corpus (labels unused), then the three classifiers train on the labelled sentences.',
    accTitle: 'Test accuracy on unseen sentences',
    accCaption: (s, tr, te, r, fr, ft) => `Step ${s}; ${tr} labelled sentences, ${te} test sentences, 7 topics (chance 0.14). Test accuracy: random init ${f(r)}, pretrained frozen ${f(fr)}, pretrained fine-tuned ${f(ft)}.`,
    stepWord: 'step', accAxis: 'accuracy',
    finalTitle: 'Training against test accuracy',
    trainWord: 'training', testWord: 'test',
    transferNote: 'All three reach 100% on their few labelled sentences; the difference is in the sentences they never saw, whose words only pretraining has placed.',
    modelName: (k, d, b) => (k === 'onehot' ? 'one-hot (a weight per id)' : k === 'embedding' ? `embedding d = ${d}` : `hashed, B = ${b}, d = ${d}`),
    paramsTitle: 'Parameters',
    paramsHead: ['model', 'parameters (variables)', 'formula', 'test accuracy'],
    formula: (k, c, i, d, b) => (k === 'onehot' ? `(${c} + ${i}) + 1` : k === 'embedding' ? `(${c} + ${i}) x ${d} + 1` : `(${b} + ${i}) x ${d} + 1`),
    paramsCaption: (c, pairs) => `${c} users and 50 items with hidden 4-D tastes; a click when they agree. ${pairs} observed pairs; the test asks 1,000 pairs never observed. Counts are read from the models' variables.`,
    catAccTitle: 'Test accuracy by model',
    catAccCaption: (s, names, acc) => `Step ${s}: ` + names.map((n, i) => `${n} ${f(acc[i])}`).join(', ') + '. Chance is about 0.5.',
    collTitle: 'Hash collisions against the number of buckets',
    collCaption: (c, b, sh, ex, used, ml) => `${c} users in ${b} buckets: ${pct(sh)} of users share their bucket (uniform hashing predicts ${pct(ex)}); ${used} buckets used, the fullest holds ${ml}.`,
    bucketsAxis: 'buckets B', collAxis: 'share of users colliding',
    measuredWord: 'measured (FNV-1a)', expectedWord: '1 - (1 - 1/B)^(C-1)'
  },
  'zh-Hant': {
    title: '嵌入用在下游：遷移學習，以及取值很多的類別特徵',
    variant: { random: '隨機初始化、微調', frozen: '預訓練、凍結', finetuned: '預訓練、微調' },
    pretraining: '第一步先在整份語料上預訓練 skip-gram（不使用標籤），接著三個分類器才在標註句子上訓練。',
    accTitle: '沒看過的句子上的測試準確率',
    accCaption: (s, tr, te, r, fr, ft) => `第 ${s} 步；${tr} 個標註句子、${te} 個測試句子、7 個主題（亂猜為 0.14）。測試準確率：隨機初始化 ${f(r)}，預訓練凍結 ${f(fr)}，預訓練微調 ${f(ft)}。`,
    stepWord: '步數', accAxis: '準確率',
    finalTitle: '訓練準確率與測試準確率',
    trainWord: '訓練', testWord: '測試',
    transferNote: '三者在自己那幾個標註句子上都達到 100%；差別在於從沒看過的句子，那些句子裡的詞只有預訓練幫它們找好了位置。',
    modelName: (k, d, b) => (k === 'onehot' ? '獨熱編碼（每個編號一個權重）' : k === 'embedding' ? `嵌入 d = ${d}` : `雜湊，B = ${b}，d = ${d}`),
    paramsTitle: '參數量',
    paramsHead: ['模型', '參數量（變數）', '公式', '測試準確率'],
    formula: (k, c, i, d, b) => (k === 'onehot' ? `(${c} + ${i}) + 1` : k === 'embedding' ? `(${c} + ${i}) × ${d} + 1` : `(${b} + ${i}) × ${d} + 1`),
    paramsCaption: (c, pairs) => `${c} 位使用者與 50 件物品，各有隱藏的 4 維偏好；兩者一致時就點擊。共觀察到 ${pairs} 組配對；測試問的是 1,000 組從未觀察過的配對。參數量直接從模型的變數讀出。`,
    catAccTitle: '各模型的測試準確率',
    catAccCaption: (s, names, acc) => `第 ${s} 步：` + names.map((n, i) => `${n} ${f(acc[i])}`).join('，') + '。亂猜約為 0.5。',
    collTitle: '雜湊碰撞與桶數的關係',
    collCaption: (c, b, sh, ex, used, ml) => `${c} 位使用者分到 ${b} 個桶：${pct(sh)} 的使用者和別人共用一個桶（均勻雜湊的預測為 ${pct(ex)}）；用到 ${used} 個桶，最滿的桶有 ${ml} 位。`,
    bucketsAxis: '桶數 B', collAxis: '發生碰撞的使用者比例',
    measuredWord: '實測（FNV-1a）', expectedWord: '1 − (1 − 1/B)^(C−1)'
  }
};
