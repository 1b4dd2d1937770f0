import type { Lang } from '$lib/params/schema';
import type { Strategy } from './oov';

export interface OovText {
  title: string;
  strategy: Record<Strategy, string>;
  how: Record<Strategy, string>;
  piecesWord: string;
  knownWord: (k: number, n: number) => string;
  noVector: string;
  inVocab: (w: string) => string;
  caption: (w: string, parts: { name: string; list: string }[]) => string;
  idle: string;
  normWord: string;
  try: string;
  step: (s: number, loss: number, merges: number) => string;
}

const list = (ns: { word: string; cosine: number }[]) => ns.map((n) => `${n.word} ${n.cosine.toFixed(2)}`).join(', ');
export { list as neighbourList };

export const text: Record<Lang, OovText> = {
  en: {
    title: 'A word the vocabulary never saw: UNK, character n-grams, BPE',
    strategy: { unk: 'UNK (one shared vector)', ngram: 'character n-grams (fastText-style)', bpe: 'BPE pieces' },
    how: {
      unk: 'Every unknown word maps to the same vector (here the mean of all word vectors).',
      ngram: "The word in '<' '>', its 3- to 6-character pieces (characters and pairs for Chinese); the pieces known words share carry fitted vectors, averaged.",
      bpe: 'Merges learned on the corpus split the word into pieces; their fitted vectors, averaged.'
    },
    piecesWord: 'pieces',
    knownWord: (k, n) => `${k} of ${n} pieces known`,
    noVector: 'No piece is known: no vector.',
    inVocab: (w) => `"${w}" is in the vocabulary and has its own trained vector; try an invented word.`,
    caption: (w, parts) => `Nearest words to "${w}": ` + parts.map((p) => `${p.name}: ${p.list || '–'}`).join('; ') + '.',
    idle: 'Press Play: skip-gram trains first; the three answers are rebuilt from its vectors.',
    normWord: 'norm',
    try: 'Try: dogs, reddish, sisters, walking, 小狗, 白貓, xyzzq.',
    step: (s, l, m) => `Skip-gram step ${s}, loss ${Number.isFinite(l) ? l.toFixed(3) : '–'}; ${m} BPE merges learned.`
  },
  'zh-Hant': {
    title: '詞彙表從沒見過的詞：UNK、字元 n-gram、BPE',
    strategy: { unk: 'UNK（共用一個向量）', ngram: '字元 n-gram（fastText 的做法）', bpe: 'BPE 片段' },
    how: {
      unk: '每個未知詞都對應到同一個向量（這裡取所有詞向量的平均）。',
      ngram: '把詞包上「<」「>」，取長度 3 到 6 的字元片段（中文取單字和相鄰兩字）；已知詞共有的片段帶著擬合出的向量，取平均。',
      bpe: '用在語料上學到的合併規則把詞切成片段；取這些片段擬合出的向量的平均。'
    },
    piecesWord: '片段',
    knownWord: (k, n) => `${n} 個片段中有 ${k} 個已知`,
    noVector: '沒有任何已知片段：沒有向量。',
    inVocab: (w) => `「${w}」在詞彙表中，有自己訓練出的向量；試試自創的詞。`,
    caption: (w, parts) => `和「${w}」最近的詞：` + parts.map((p) => `${p.name}：${p.list || '–'}`).join('；') + '。',
    idle: '按下播放：先訓練 skip-gram，三種做法再從它的向量重新建立。',
    normWord: '範數',
    try: '試試：dogs、reddish、sisters、walking、小狗、白貓、xyzzq。',
    step: (s, l, m) => `skip-gram 第 ${s} 步，損失 ${Number.isFinite(l) ? l.toFixed(3) : '–'}；學到 ${m} 條 BPE 合併規則。`
  }
};
