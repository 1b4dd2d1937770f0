import type { Lang } from '$lib/params/schema';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');
const list = (ws: string[], sep: string) => (ws.length ? ws.join(sep) : '—');

export type Kind = 'causal' | 'masked' | 'permutation';

interface ObjText {
  title: string;
  intro: string;
  sentenceLabel: string;
  pickBlank: (w: string, i: number) => string;
  unknownNote: (ws: string[]) => string;
  visHeading: string;
  visTitle: Record<Kind, string>;
  visCaption: Record<Kind, (blankWord: string, reads: string[], right: number) => string>;
  orderLine: (order: string[]) => string;
  nextOrder: string;
  predHeading: string;
  modelName: { clm: string; mlm: string };
  predTitle: (model: 'clm' | 'mlm', blank: string) => string;
  predCaption: (model: 'clm' | 'mlm', step: number, top: { word: string; p: number }[], truth: string, pTrue: number) => string;
  reads: { clm: (left: string[]) => string; mlm: (left: string[], right: string[]) => string };
  fillTitle: string;
  fillCaption: (step: number, clm: number, mlm: number, n: number) => string;
  stepWord: string;
  accWord: string;
  probWord: string;
  idle: string;
  tryIt: string;
  live: (step: number, clm: number, mlm: number) => string;
}

export const text: Record<Lang, ObjText> = {
  en: {
    title: 'Pre-training objectives: what each prediction may read',
    intro:
      'One sentence, three ways to turn it into training examples. A causal LM (GPT) predicts each next word from the words before it; a masked LM (BERT) hides some words and predicts them from both sides; a permutation LM (XLNet) predicts the words in a random order, each from the words earlier in that order. Below, the same tiny transformer is trained twice on our animal sentences: once causal, once masked.',
    sentenceLabel: 'Click a word to blank it out:',
    pickBlank: (w, i) => `Blank out word ${i + 1}, “${w}”`,
    unknownNote: (ws) => `Not in the training vocabulary (read as <unk>): ${ws.join(', ')}.`,
    visHeading: 'What each prediction reads',
    visTitle: {
      causal: 'Causal LM (GPT): attention mask',
      masked: 'Masked LM (BERT): the blank is hidden',
      permutation: 'Permutation LM (XLNet): query stream'
    },
    visCaption: {
      causal: (b, r, n) => `Row = the token that is reading, column = a token it may read (dark = 1). Lower-triangular: each row reads itself and the words before it, and predicts the next word. The prediction of “${b}” reads ${list(r, ', ')}; words to its right: ${n}.`,
      masked: (b, r, n) => `Only the hidden position is predicted, so only its row is filled. The prediction of “${b}” reads ${list(r, ', ')} (its own row shows <mask>, not the word); words to its right: ${n}.`,
      permutation: (b, r, n) => `Row i reads exactly the words that come earlier in the sampled order, on either side. The prediction of “${b}” reads ${list(r, ', ')}; words to its right: ${n}.`
    },
    orderLine: (o) => `Sampled prediction order: ${o.join(' → ')}`,
    nextOrder: 'Sample another order',
    predHeading: 'Fill in the blank: the two trained copies',
    modelName: { clm: 'GPT-style (causal)', mlm: 'BERT-style (masked)' },
    predTitle: (m, b) => (m === 'clm' ? `GPT-style: next word after the words before “${b}”` : `BERT-style: the word under <mask>`),
    predCaption: (m, s, top, t, p) =>
      `Step ${s}. ${m === 'clm' ? 'Causal' : 'Masked'} model's top guesses: ${top.map((g) => `${g.word} ${pct(g.p)}`).join(', ')}. Probability of the hidden word “${t}”: ${pct(p)}.`,
    reads: {
      clm: (l) => `Reads: ${list(l, ' ')}`,
      mlm: (l, r) => `Reads: ${list(l, ' ')} ___ ${list(r, ' ')}`
    },
    fillTitle: 'Filling the noun of unseen sentences',
    fillCaption: (s, c, m, n) => `Step ${s}. In each of ${n} held-out sentences the noun is hidden; the verb after it decides which noun it is. Top-1 accuracy: masked ${pct(m)}, causal ${pct(c)}.`,
    stepWord: 'step',
    accWord: 'accuracy',
    probWord: 'probability',
    idle: 'Press Play to train both copies (a few seconds). The matrices above need no training: they are the masks themselves.',
    tryIt: 'Try it: change the verb in your sentence (barks → sleeps, swims, hoots…). The masked model’s guess follows the verb; the causal model’s bars stay exactly where they were, because it never reads past the blank.',
    live: (s, c, m) => `Step ${s}: noun fill-in accuracy masked ${pct(m)}, causal ${pct(c)}.`
  },
  'zh-Hant': {
    title: '預訓練目標：每個預測讀得到什麼',
    intro:
      '同一個句子，有三種方式變成訓練樣本。因果語言建模（GPT）由前面的詞預測下一個詞；遮罩語言建模（BERT）遮住一些詞，再由兩側預測它們；排列語言建模（XLNet）以隨機順序預測各個詞，每個詞只讀順序在它之前的詞。下面把同一個小型 Transformer 在我們的動物句子上訓練兩次：一次用因果目標，一次用遮罩目標。',
    sentenceLabel: '點一個詞把它挖空：',
    pickBlank: (w, i) => `挖空第 ${i + 1} 個詞「${w}」`,
    unknownNote: (ws) => `不在訓練詞彙裡（當作 <unk> 讀入）：${ws.join('、')}。`,
    visHeading: '每個預測讀得到什麼',
    visTitle: {
      causal: '因果語言建模（GPT）：注意力遮罩',
      masked: '遮罩語言建模（BERT）：空格被遮住',
      permutation: '排列語言建模（XLNet）：查詢流'
    },
    visCaption: {
      causal: (b, r, n) => `列 ＝ 正在讀取的詞元，行 ＝ 它可以讀的詞元（深色 ＝ 1）。下三角：每一列讀自己和前面的詞，並預測下一個詞。預測「${b}」時讀得到：${list(r, '、')}；在它右邊的詞：${n} 個。`,
      masked: (b, r, n) => `只有被遮住的位置需要預測，所以只有那一列有值。預測「${b}」時讀得到：${list(r, '、')}（自己那一格是 <mask>，不是原詞）；在它右邊的詞：${n} 個。`,
      permutation: (b, r, n) => `第 i 列恰好讀得到抽樣順序中排在它之前的詞，不論在左邊或右邊。預測「${b}」時讀得到：${list(r, '、')}；在它右邊的詞：${n} 個。`
    },
    orderLine: (o) => `抽到的預測順序：${o.join(' → ')}`,
    nextOrder: '再抽一種順序',
    predHeading: '填空：兩份訓練好的副本',
    modelName: { clm: 'GPT 式（因果）', mlm: 'BERT 式（遮罩）' },
    predTitle: (m, b) => (m === 'clm' ? `GPT 式：讀完「${b}」前面的詞後，預測下一個詞` : 'BERT 式：<mask> 底下是哪個詞'),
    predCaption: (m, s, top, t, p) =>
      `第 ${s} 步。${m === 'clm' ? '因果' : '遮罩'}模型的前幾名猜測：${top.map((g) => `${g.word} ${pct(g.p)}`).join('、')}。被遮住的詞「${t}」的機率：${pct(p)}。`,
    reads: {
      clm: (l) => `讀得到：${list(l, ' ')}`,
      mlm: (l, r) => `讀得到：${list(l, ' ')} ___ ${list(r, ' ')}`
    },
    fillTitle: '在沒看過的句子上填名詞',
    fillCaption: (s, c, m, n) => `第 ${s} 步。在 ${n} 個保留句子中各遮住名詞；名詞由它後面的動詞決定。第一名準確率：遮罩模型 ${pct(m)}，因果模型 ${pct(c)}。`,
    stepWord: '步數',
    accWord: '準確率',
    probWord: '機率',
    idle: '按下播放，訓練兩份副本（幾秒鐘）。上面的矩陣不需要訓練：它們就是遮罩本身。',
    tryIt: '試試看：把句子裡的動詞換掉（barks → sleeps、swims、hoots……）。遮罩模型的答案會跟著動詞改變；因果模型的長條則完全不動，因為它從來不讀空格後面的詞。',
    live: (s, c, m) => `第 ${s} 步：名詞填空準確率，遮罩模型 ${pct(m)}，因果模型 ${pct(c)}。`
  }
};
