import type { Lang } from '$lib/params/schema';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');

interface S2SText {
  title: string;
  intro: Record<'reverse' | 'translate', string>;
  source: string;
  target: string;
  forced: string;
  free: string;
  stepHeading: (k: number, n: number) => string;
  stepDetail: (k: number, prefix: string[], top: { word: string; p: number }[]) => string;
  prev: string;
  next: string;
  tableCaption: string;
  rows: { forced: string; free: string; exact: string; alignment: string };
  crossTitle: string;
  crossCaption: (step: number, a: number, chance: number, rows: string[]) => string;
  headTitle: (h: number) => string;
  rule: Record<'reverse' | 'translate', string>;
  lossTitle: string;
  lossCaption: (step: number, loss: number, acc: number) => string;
  stepWord: string;
  lossWord: string;
  accWord: string;
  idle: string;
  live: (step: number, free: number, align: number) => string;
}

export const text: Record<Lang, S2SText> = {
  en: {
    title: 'Encoder and decoder: a tiny seq2seq model, trained live',
    intro: {
      translate:
        'A made-up target language puts the verb last and adjectives after their nouns: “the big dog sees a cat” becomes “ka wan oki ko miro mita”. The encoder reads the whole source at once (bidirectional); the decoder writes one word at a time (causal), and at every step reads the encoder’s output through cross-attention.',
      reverse:
        'The target is the source written backwards. The encoder reads the whole string at once; the decoder writes it one letter at a time, finding the letter to copy through cross-attention.'
    },
    source: 'Source (encoder input)',
    target: 'Target (true)',
    forced: 'Teacher forcing (reads the true previous words)',
    free: 'Free running (reads its own previous outputs)',
    stepHeading: (k, n) => `Free-running decoding, step ${k} of ${n}`,
    stepDetail: (k, prefix, top) => `Decoder input so far: <bos> ${prefix.join(' ')}. Its top choices for word ${k}: ${top.map((g) => `${g.word} ${pct(g.p)}`).join(', ')}.`,
    prev: '◀ Previous step',
    next: 'Next step ▶',
    tableCaption: 'Held-out accuracy (48 sentences the model never trains on)',
    rows: {
      forced: 'Words right, teacher forcing',
      free: 'Words right, free running',
      exact: 'Whole outputs right, free running',
      alignment: 'Cross-attention peaks on the rule’s source word'
    },
    crossTitle: 'Cross-attention: which source word each target word reads',
    crossCaption: (s, a, c, rows) => `Step ${s}. Rows: target words; columns: source words; last decoder layer, mean over heads. The strongest cell is on the rule’s source word for ${pct(a)} of held-out target words (uniform guess ${pct(c)}). This example: ${rows.join('; ')}.`,
    headTitle: (h) => `Head ${h + 1}`,
    rule: {
      translate: 'Rule: determiner and noun stay in order, the adjective follows its noun, the verb goes last.',
      reverse: 'Rule: target word t comes from source word n − 1 − t (the anti-diagonal).'
    },
    lossTitle: 'Training (teacher forcing)',
    lossCaption: (s, l, a) => `Step ${s}. Loss ${l.toFixed(3)}; teacher-forced word accuracy on held-out sentences ${pct(a)}.`,
    stepWord: 'step',
    lossWord: 'loss',
    accWord: 'accuracy',
    idle: 'Press Play: the model trains with teacher forcing; the views decode held-out sentences as it learns.',
    live: (s, f, a) => `Step ${s}: free-running accuracy ${pct(f)}, alignment ${pct(a)}.`
  },
  'zh-Hant': {
    title: '編碼器與解碼器：即時訓練一個小型序列到序列模型',
    intro: {
      translate:
        '一種虛構的目標語言把動詞放在句尾、形容詞放在名詞後面：「the big dog sees a cat」會變成「ka wan oki ko miro mita」。編碼器一次讀完整個原文（雙向）；解碼器一次寫一個詞（因果），每一步都透過交叉注意力讀取編碼器的輸出。',
      reverse: '目標是把原文倒過來寫。編碼器一次讀完整個字串；解碼器一次寫一個字母，透過交叉注意力找到要複製的那個字母。'
    },
    source: '原文（編碼器輸入）',
    target: '目標（正確答案）',
    forced: '教師強制（讀真實的前一個詞）',
    free: '自由生成（讀自己先前的輸出）',
    stepHeading: (k, n) => `自由生成解碼，第 ${k} 步（共 ${n} 步）`,
    stepDetail: (k, prefix, top) => `目前的解碼器輸入：<bos> ${prefix.join(' ')}。第 ${k} 個詞的前幾名選擇：${top.map((g) => `${g.word} ${pct(g.p)}`).join('、')}。`,
    prev: '◀ 上一步',
    next: '下一步 ▶',
    tableCaption: '保留資料上的準確率（48 個模型從未訓練過的句子）',
    rows: {
      forced: '詞正確率，教師強制',
      free: '詞正確率，自由生成',
      exact: '整句正確率，自由生成',
      alignment: '交叉注意力最大值落在規則指定的原文詞上'
    },
    crossTitle: '交叉注意力：每個目標詞讀取哪個原文詞',
    crossCaption: (s, a, c, rows) => `第 ${s} 步。列：目標詞；行：原文詞；最後一層解碼器，各頭平均。在保留資料中，${pct(a)} 的目標詞最強的格子落在規則指定的原文詞上（平均亂猜為 ${pct(c)}）。這個範例：${rows.join('；')}。`,
    headTitle: (h) => `第 ${h + 1} 個注意力頭`,
    rule: {
      translate: '規則：限定詞與名詞順序不變，形容詞跟在名詞後面，動詞移到最後。',
      reverse: '規則：第 t 個目標詞來自第 n − 1 − t 個原文詞（反對角線）。'
    },
    lossTitle: '訓練（教師強制）',
    lossCaption: (s, l, a) => `第 ${s} 步。損失 ${l.toFixed(3)}；保留句子上教師強制的詞正確率 ${pct(a)}。`,
    stepWord: '步數',
    lossWord: '損失',
    accWord: '準確率',
    idle: '按下播放：模型以教師強制訓練；各圖會在它學習時解碼保留句子。',
    live: (s, f, a) => `第 ${s} 步：自由生成準確率 ${pct(f)}，對齊 ${pct(a)}。`
  }
};
