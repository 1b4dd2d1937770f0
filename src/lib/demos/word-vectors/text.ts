import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} kB`);

export interface WordVectorText {
  title: string;
  mapTitle: string;
  mapCaption: (step: number, sep: number, within: number, between: number, explained: number) => string;
  mapIdle: string;
  enMark: string;
  zhMark: string;
  neighboursTitle: string;
  neighboursCaption: (word: string, list: string) => string;
  unknownWord: (word: string) => string;
  cosineHead: string;
  wordHead: string;
  memoryTitle: string;
  memoryCaption: (v: number, d: number, oneHot: number, dense: number) => string;
  memoryNote: string;
  lossTitle: string;
  lossCaption: (step: number, train: number, val: number, baseTrain: number, baseVal: number) => string;
  trainWord: string;
  valWord: string;
  baseTrainWord: string;
  baseValWord: string;
  stepWord: string;
  lossWord: string;
  retrievalTitle: string;
  retrievalCaption: (k: number, p: number, r: number, p0: number, r0: number) => string;
  trainedWord: string;
  untrainedWord: string;
  precisionAxis: (k: number) => string;
  weatTitle: string;
  weatCaption: (rows: { lang: string; trained: number; untrained: number }[]) => string;
  weatOff: string;
  weatNote: string;
  langName: (l: 'en' | 'zh') => string;
  normsTitle: string;
  normsCaption: (reg: number, base: number) => string;
  normsAxis: string;
  countAxis: string;
  regWord: string;
  noRegWord: string;
  compareOff: string;
  split: (train: number, val: number) => string;
}

export const text: Record<Lang, WordVectorText> = {
  en: {
    title: 'Word vectors trained live: skip-gram on a bilingual toy corpus',
    mapTitle: 'The labelled words, projected to 2-D (PCA)',
    mapCaption: (s, sep, w, b, e) =>
      `Step ${s}. Mean cosine within groups ${f(w)}, between groups ${f(b)}: separation ${f(sep)} (per language, then averaged). The two PCA axes keep ${(e * 100).toFixed(0)}% of the variance. Circles: English; crosses: Chinese.`,
    mapIdle: 'Press Play: the vectors start random, so the map starts as a cloud.',
    enMark: 'English', zhMark: 'Chinese',
    neighboursTitle: 'Nearest neighbours by cosine',
    neighboursCaption: (w, l) => `Nearest words to "${w}": ${l}.`,
    unknownWord: (w) => `"${w}" is not in the vocabulary: skip-gram has no vector for a word it never saw (the out-of-vocabulary problem).`,
    cosineHead: 'cosine', wordHead: 'word',
    memoryTitle: 'One-hot against dense',
    memoryCaption: (v, d, o, dn) => `${v} words. One-hot: each word is a row of ${v} numbers with a single 1, so the table holds ${v} x ${v} = ${(v * v).toLocaleString('en')} floats (${kb(o)}). Dense: ${v} x ${d} = ${(v * d).toLocaleString('en')} floats (${kb(dn)}), ${(o / dn).toFixed(0)}x less.`,
    memoryNote: 'Two different one-hot vectors always have cosine 0: "dog" is as far from "cat" as from "seven". The dense vectors above are learned so that words used alike point alike.',
    lossTitle: 'Skip-gram loss: training pairs against held-out pairs',
    lossCaption: (s, t, v, bt, bv) =>
      `Step ${s}: training loss ${f(t)}, held-out ${f(v)}, gap ${f(v - t)}` + (Number.isFinite(bt) ? `; unregularised twin ${f(bt)} / ${f(bv)}, gap ${f(bv - bt)}.` : '.'),
    trainWord: 'training', valWord: 'held out', baseTrainWord: 'twin, training', baseValWord: 'twin, held out',
    stepWord: 'step', lossWord: 'loss per pair',
    retrievalTitle: 'precision@k per group: trained against untrained vectors',
    retrievalCaption: (k, p, r, p0, r0) =>
      `Each labelled word queries its ${k} nearest labelled words of the same language; relevant = the other words of its group. Trained: precision@${k} ${f(p)}, recall@${k} ${f(r)}. Untrained (the same table before step 1): ${f(p0)} and ${f(r0)}.`,
    trainedWord: 'trained', untrainedWord: 'untrained',
    precisionAxis: (k) => `precision@${k}`,
    weatTitle: 'WEAT: flowers vs insects, pleasant vs unpleasant',
    weatCaption: (rows) => 'WEAT effect size (Caliskan et al. 2017): ' + rows.map((r) => `${r.lang} ${f(r.trained, 2)} trained, ${f(r.untrained, 2)} untrained`).join('; ') + '. Positive: flowers sit nearer the pleasant words.',
    weatOff: 'Switch on "Add the WEAT groups" (or open the WEAT preset) to measure an association.',
    weatNote: 'The corpus pairs a flower with a pleasant word 80% of the time: WEAT measures what the text put there, not a truth about flowers.',
    langName: (l) => (l === 'en' ? 'English' : 'Chinese'),
    normsTitle: 'Vector norms',
    normsCaption: (r, b) => (Number.isFinite(b) ? `Mean norm of the vectors: ${f(r, 2)} with the chosen regularisers, ${f(b, 2)} without.` : `Mean norm of the vectors: ${f(r, 2)}.`),
    normsAxis: 'norm', countAxis: 'words',
    regWord: 'regularised', noRegWord: 'no regulariser',
    compareOff: 'Switch on the unregularised twin to compare.',
    split: (t, v) => `${t} training sentences, ${v} held out.`
  },
  'zh-Hant': {
    title: '即時訓練詞向量：在雙語小語料上跑 skip-gram',
    mapTitle: '有標籤的詞，以 PCA 投影到 2 維',
    mapCaption: (s, sep, w, b, e) =>
      `第 ${s} 步。同組詞的平均餘弦相似度 ${f(w)}，不同組 ${f(b)}：分離度 ${f(sep)}（每種語言分別計算再平均）。兩個 PCA 軸保留了 ${(e * 100).toFixed(0)}% 的變異。圓點：英文；叉號：中文。`,
    mapIdle: '按下播放：向量一開始是隨機的，所以地圖一開始是一團雲。',
    enMark: '英文', zhMark: '中文',
    neighboursTitle: '以餘弦相似度找最近鄰',
    neighboursCaption: (w, l) => `和「${w}」最近的詞：${l}。`,
    unknownWord: (w) => `「${w}」不在詞彙表中：skip-gram 對沒看過的詞沒有任何向量（這就是詞彙表外問題）。`,
    cosineHead: '餘弦', wordHead: '詞',
    memoryTitle: '獨熱編碼與稠密向量',
    memoryCaption: (v, d, o, dn) => `共 ${v} 個詞。獨熱編碼：每個詞是一列 ${v} 個數字、只有一個是 1，整張表有 ${v} × ${v} = ${(v * v).toLocaleString('en')} 個浮點數（${kb(o)}）。稠密向量：${v} × ${d} = ${(v * d).toLocaleString('en')} 個浮點數（${kb(dn)}），少了 ${(o / dn).toFixed(0)} 倍。`,
    memoryNote: '兩個不同的獨熱向量，餘弦相似度永遠是 0：「狗」和「貓」的距離，跟「狗」和「七」一樣遠。上面的稠密向量是學出來的，用法相近的詞會指向相近的方向。',
    lossTitle: 'Skip-gram 損失：訓練詞對與保留資料的詞對',
    lossCaption: (s, t, v, bt, bv) =>
      `第 ${s} 步：訓練損失 ${f(t)}，保留資料 ${f(v)}，差距 ${f(v - t)}` + (Number.isFinite(bt) ? `；不加正則化的對照模型 ${f(bt)} / ${f(bv)}，差距 ${f(bv - bt)}。` : '。'),
    trainWord: '訓練', valWord: '保留資料', baseTrainWord: '對照模型・訓練', baseValWord: '對照模型・保留資料',
    stepWord: '步數', lossWord: '每個詞對的損失',
    retrievalTitle: '各組的 precision@k：訓練後與未訓練的向量',
    retrievalCaption: (k, p, r, p0, r0) =>
      `每個有標籤的詞都去查同語言中最近的 ${k} 個有標籤的詞；相關的詞＝同組的其他詞。訓練後：precision@${k}（精確率）${f(p)}，recall@${k}（召回率）${f(r)}。未訓練（第 1 步之前的同一張表）：${f(p0)} 和 ${f(r0)}。`,
    trainedWord: '訓練後', untrainedWord: '未訓練',
    precisionAxis: (k) => `precision@${k}`,
    weatTitle: 'WEAT：花與昆蟲、愉快與不愉快',
    weatCaption: (rows) => 'WEAT 效果量（Caliskan 等人，2017）：' + rows.map((r) => `${r.lang} 訓練後 ${f(r.trained, 2)}、未訓練 ${f(r.untrained, 2)}`).join('；') + '。正值表示花比較靠近愉快的詞。',
    weatOff: '打開「加入 WEAT 詞組」（或開啟 WEAT 的預設）才能量測關聯。',
    weatNote: '這份語料有 80% 的時候把花和愉快的詞放在一起：WEAT 量到的是文本放進去的東西，不是關於花的真理。',
    langName: (l) => (l === 'en' ? '英文' : '中文'),
    normsTitle: '向量的範數',
    normsCaption: (r, b) => (Number.isFinite(b) ? `向量的平均範數：加上所選正則化為 ${f(r, 2)}，不加為 ${f(b, 2)}。` : `向量的平均範數：${f(r, 2)}。`),
    normsAxis: '範數', countAxis: '詞數',
    regWord: '加正則化', noRegWord: '不加正則化',
    compareOff: '打開不加正則化的對照模型才能比較。',
    split: (t, v) => `${t} 個訓練句子，${v} 個保留句子。`
  }
};
