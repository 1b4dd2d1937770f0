import type { Lang } from '$lib/params/schema';

const f4 = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toFixed(4) : '—');
const f2 = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toFixed(2) : '—');

export const text = {
  en: {
    title: 'Word vectors, sentence vectors, contextual vectors',
    intro: 'A tiny transformer encoder learns by masked-language modelling on a small English corpus. Its embedding table gives every word one static vector; its output gives every word a vector that depends on the sentence. A sentence vector is the mean of its words\' vectors, static or contextual.',
    idle: 'Press Play: the encoder trains on its corpus; the matrices are computed from the current model.',
    staticTitle: 'Mean of static word vectors: cosine',
    contextTitle: 'Mean of the encoder\'s contextual vectors: cosine',
    sentenceCaption: (a: string, b: string, sc: number, sd: number, cc: number, cd: number) =>
      `"${a}" vs "${b}": static pooled cosine ${f4(sc)} (largest difference ${sd.toExponential(1)}); encoder pooled cosine ${f4(cc)} (largest difference ${f2(cd)}).`,
    pairNote: (cls: number) => `The encoder's state at the start token (BERT's [CLS] convention) gives cosine ${f4(cls)} for the first two sentences.`,
    needTwo: 'Type at least two sentences, separated by ";".',
    tokensLabel: 'What the model sees',
    probeStatic: (w: string) => `Static vector of "${w}": distance between contexts`,
    probeContext: (w: string) => `Contextual vector of "${w}": distance between contexts`,
    probeCaption: (w: string, minD: number, maxD: number, sMax: number) =>
      `Euclidean distances between the vectors of "${w}" in each pair of contexts. Static: at most ${f2(sMax)} (one point). Contextual: from ${f2(minD)} to ${f2(maxD)}.`,
    missing: (w: string, n: number) => `"${w}" is missing from ${n} context(s); those rows are zero.`,
    lossTitle: 'Masked-LM loss',
    lossCaption: (step: number, loss: number | undefined, acc: number | undefined) => `Step ${step}: loss ${f2(loss)}, masked-token accuracy ${f2(acc)}.`,
    stepWord: 'step',
    lossWord: 'loss',
    ctx: (i: number) => `C${i + 1}`,
    sent: (i: number) => `S${i + 1}`,
    live: (step: number, c: number) => `Step ${step}: encoder pooled cosine of the first two sentences ${f4(c)}.`
  },
  'zh-Hant': {
    title: '詞向量、句子向量與情境化向量',
    intro: '一個極小的 Transformer 編碼器在一份小型英文語料上以遮罩語言建模學習。它的嵌入表給每個字一個靜態向量；它的輸出則給每個字一個隨句子而變的向量。句子向量是各字向量的平均，可以用靜態的，也可以用情境化的。',
    idle: '按下「播放」：編碼器在語料上訓練；矩陣由目前的模型計算。',
    staticTitle: '靜態詞向量的平均：餘弦相似度',
    contextTitle: '編碼器情境化向量的平均：餘弦相似度',
    sentenceCaption: (a: string, b: string, sc: number, sd: number, cc: number, cd: number) =>
      `「${a}」與「${b}」：靜態池化的餘弦相似度 ${f4(sc)}（最大差異 ${sd.toExponential(1)}）；編碼器池化的餘弦相似度 ${f4(cc)}（最大差異 ${f2(cd)}）。`,
    pairNote: (cls: number) => `用編碼器在起始詞元上的狀態（BERT 的 [CLS] 慣例），前兩個句子的餘弦相似度為 ${f4(cls)}。`,
    needTwo: '請輸入至少兩個句子，以「;」分隔。',
    tokensLabel: '模型看到的詞元',
    probeStatic: (w: string) => `「${w}」的靜態向量：不同上下文之間的距離`,
    probeContext: (w: string) => `「${w}」的情境化向量：不同上下文之間的距離`,
    probeCaption: (w: string, minD: number, maxD: number, sMax: number) =>
      `每對上下文中「${w}」向量之間的歐氏距離。靜態：最多 ${f2(sMax)}（同一個點）。情境化：從 ${f2(minD)} 到 ${f2(maxD)}。`,
    missing: (w: string, n: number) => `有 ${n} 個上下文沒有「${w}」；那些列為零。`,
    lossTitle: '遮罩語言建模損失',
    lossCaption: (step: number, loss: number | undefined, acc: number | undefined) => `第 ${step} 步：損失 ${f2(loss)}，被遮罩詞元的準確率 ${f2(acc)}。`,
    stepWord: '步數',
    lossWord: '損失',
    ctx: (i: number) => `C${i + 1}`,
    sent: (i: number) => `S${i + 1}`,
    live: (step: number, c: number) => `第 ${step} 步：前兩個句子的編碼器池化餘弦相似度 ${f4(c)}。`
  }
} satisfies Record<Lang, unknown>;
