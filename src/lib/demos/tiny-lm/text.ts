import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const pct = (v: number) => (Number.isFinite(v) ? `${Math.round(100 * v)}%` : '–');

export interface DemoText {
  title: string;
  stepWord: string;
  lossWord: string;
  plain: string;
  reg: string;
  trainLoss: (c: string) => string;
  heldLoss: (c: string) => string;
  lossTitle: string;
  lossIdle: string;
  lossCaption: (step: number, train: number, held: number, bestStep: number, best: number, reg: { held: number; stoppedAt: number; bestStep: number } | null) => string;
  corpusNote: (n: number, held: number, vocab: number, ctx: number, words: boolean) => string;
  trainListTitle: string;
  samplesTitle: (copy: string) => string;
  kinds: Record<'copy' | 'novel' | 'wrong' | 'right', string>;
  rates: (copy: number, novel: number, wrong: number) => string;
  analysedNote: (step: number) => string;
  analysing: string;
  repTitle: string;
  variedTitle: string;
  scoreLine: (ppl: number, d2: number) => string;
  pplCaption: (rep: number, varied: number, repD2: number, variedD2: number) => string;
  shadeNote: string;
  tempTitle: string;
  tempWord: string;
  pplWord: string;
  d2Word: string;
  correctWord: string;
  tempCaption: (rows: { temperature: number; perplexity: number; distinct2: number; correct: number }[]) => string;
  askTitle: (t: number) => string;
  askNote: (flag: number) => string;
  answerWord: string;
  flagged: string;
  agreeLine: (a: number) => string;
  consTitle: string;
  agreeWord: string;
  accWord: string;
  consCaption: (rows: { temperature: number; agreement: number; accuracy: number }[]) => string;
  flagCaption: (flaggedWrong: number, flagged: number, unflaggedWrong: number, unflagged: number) => string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'A tiny language model, trained in your browser',
    stepWord: 'step',
    lossWord: 'cross-entropy (nats per token)',
    plain: 'plain',
    reg: 'regularised',
    trainLoss: (c) => `training loss (${c})`,
    heldLoss: (c) => `held-out loss (${c})`,
    lossTitle: 'Training vs held-out loss',
    lossIdle: 'Press Play: the model starts from random weights.',
    lossCaption: (s, tr, he, bs, b, reg) =>
      `Step ${s}: the plain copy's training loss is ${f(tr)} and its held-out loss ${f(he)}; the held-out loss was lowest (${f(b)}) at step ${bs}` +
      (he > b + 0.05 ? `, and has risen ${f(he - b)} since.` : '.') +
      (reg ? ` Regularised copy: held-out loss ${f(reg.held)}, best at step ${reg.bestStep}${reg.stoppedAt >= 0 ? `, stopped early at step ${reg.stoppedAt}` : ''}.` : ''),
    corpusNote: (n, h, v, c, w) => `The model trains on ${n} sentences and is measured on ${h} held-out ones; its vocabulary has ${v} tokens (${w ? 'words' : 'characters'}, punctuation and 5 special tokens). It reads up to ${c} tokens and predicts the next.`,
    trainListTitle: 'The training sentences',
    samplesTitle: (c) => `What the ${c} copy writes`,
    kinds: { copy: 'verbatim copy', novel: 'new, correct', wrong: 'wrong', right: 'right' },
    rates: (c, n, w) => `${pct(c)} verbatim copies of a training sentence, ${pct(n)} correct sentences it never saw, ${pct(w)} wrong.`,
    analysedNote: (s) => `Computed at step ${s}; refreshed every 25 steps.`,
    analysing: 'Sampling…',
    repTitle: 'The model’s own greedy text (repetitive)',
    variedTitle: 'Held-out correct sentences (varied)',
    scoreLine: (p, d) => `perplexity ${f(p)} · distinct-2 ${f(d)}`,
    pplCaption: (r, v, rd, vd) =>
      `The repetitive text scores perplexity ${f(r)}, the varied correct sentences ${f(v)}: ${r < v ? 'the repetitive text looks better' : 'the varied text looks better'} to perplexity, although only ${pct(rd)} of its word pairs are distinct (varied text: ${pct(vd)}).`,
    shadeNote: 'Each token is shaded by the probability the model gave it: pale = likely, dark red = surprising.',
    tempTitle: 'Sampled text vs temperature (scored at temperature 1)',
    tempWord: 'sampling temperature',
    pplWord: 'perplexity',
    d2Word: 'distinct-2',
    correctWord: 'share of correct sentences',
    tempCaption: (rows) => `Perplexity of sampled text by temperature: ${rows.map((r) => `${r.temperature}: ${f(r.perplexity)}`).join(', ')}. Distinct-2: ${rows.map((r) => f(r.distinct2)).join(', ')}. Correct sentences: ${rows.map((r) => pct(r.correct)).join(', ')}.`,
    askTitle: (t) => `Each question asked several times at temperature ${f(t)}`,
    askNote: (fl) => `The prompt is in grey; the answer is shaded by each token's probability. ⚑ marks answers whose mean log-probability (length-normalised) is below ${f(fl)}.`,
    answerWord: 'correct answer',
    flagged: 'flagged',
    agreeLine: (a) => `agreement ${pct(a)}`,
    consTitle: 'Self-consistency vs temperature',
    agreeWord: 'agreement among the answers',
    accWord: 'share of right answers',
    consCaption: (rows) => `Share of answers equal to the most common one, by temperature: ${rows.map((r) => `${r.temperature}: ${pct(r.agreement)}`).join(', ')}; right answers: ${rows.map((r) => pct(r.accuracy)).join(', ')}.`,
    flagCaption: (fw, fl, uw, un) => `Flagged answers: ${fw} of ${fl} wrong. Unflagged: ${uw} of ${un} wrong.`
  },
  'zh-Hant': {
    title: '在瀏覽器裡訓練的微型語言模型',
    stepWord: '步數',
    lossWord: '交叉熵（每個詞元的奈特數）',
    plain: '未正則化',
    reg: '正則化',
    trainLoss: (c) => `訓練損失（${c}）`,
    heldLoss: (c) => `保留損失（${c}）`,
    lossTitle: '訓練損失與保留損失',
    lossIdle: '按下「播放」：模型從隨機權重開始。',
    lossCaption: (s, tr, he, bs, b, reg) =>
      `第 ${s} 步：未正則化副本的訓練損失是 ${f(tr)}，保留損失是 ${f(he)}；保留損失在第 ${bs} 步最低（${f(b)}）` +
      (he > b + 0.05 ? `，之後上升了 ${f(he - b)}。` : '。') +
      (reg ? `正則化副本：保留損失 ${f(reg.held)}，第 ${reg.bestStep} 步最佳${reg.stoppedAt >= 0 ? `，在第 ${reg.stoppedAt} 步提前停止` : ''}。` : ''),
    corpusNote: (n, h, v, c, w) => `模型用 ${n} 個句子訓練，並在 ${h} 個保留句子上衡量；詞彙表共 ${v} 個詞元（${w ? '詞' : '字元'}、標點與 5 個特殊詞元）。它最多讀 ${c} 個詞元來預測下一個。`,
    trainListTitle: '訓練句子',
    samplesTitle: (c) => `${c}副本寫出的句子`,
    kinds: { copy: '一字不差照抄', novel: '沒看過但正確', wrong: '錯誤', right: '正確' },
    rates: (c, n, w) => `${pct(c)} 是一字不差照抄訓練句子，${pct(n)} 是它沒看過的正確句子，${pct(w)} 是錯的。`,
    analysedNote: (s) => `於第 ${s} 步計算；每 25 步更新一次。`,
    analysing: '取樣中…',
    repTitle: '模型自己的貪婪解碼文字（重複）',
    variedTitle: '保留的正確句子（多樣）',
    scoreLine: (p, d) => `困惑度 ${f(p)} · distinct-2 ${f(d)}`,
    pplCaption: (r, v, rd, vd) =>
      `重複文字的困惑度是 ${f(r)}，多樣的正確句子是 ${f(v)}：在困惑度看來${r < v ? '重複文字比較好' : '多樣文字比較好'}，儘管重複文字只有 ${pct(rd)} 的相鄰詞對不重複（多樣文字是 ${pct(vd)}）。`,
    shadeNote: '每個詞元依模型給它的機率上色：淺色代表很可能，深紅色代表出乎意料。',
    tempTitle: '取樣文字與溫度（以溫度 1 評分）',
    tempWord: '取樣溫度',
    pplWord: '困惑度',
    d2Word: 'distinct-2',
    correctWord: '正確句子的比例',
    tempCaption: (rows) => `各溫度下取樣文字的困惑度：${rows.map((r) => `${r.temperature}：${f(r.perplexity)}`).join('、')}。Distinct-2：${rows.map((r) => f(r.distinct2)).join('、')}。正確句子比例：${rows.map((r) => pct(r.correct)).join('、')}。`,
    askTitle: (t) => `每個問題在溫度 ${f(t)} 下問好幾次`,
    askNote: (fl) => `灰色是提示；答案依每個詞元的機率上色。⚑ 標記平均對數機率（依長度正規化）低於 ${f(fl)} 的答案。`,
    answerWord: '正確答案',
    flagged: '已標記',
    agreeLine: (a) => `一致性 ${pct(a)}`,
    consTitle: '自我一致性與溫度',
    agreeWord: '答案之間的一致性',
    accWord: '答對的比例',
    consCaption: (rows) => `與最常見答案相同的比例（依溫度）：${rows.map((r) => `${r.temperature}：${pct(r.agreement)}`).join('、')}；答對比例：${rows.map((r) => pct(r.accuracy)).join('、')}。`,
    flagCaption: (fw, fl, uw, un) => `被標記的答案：${fl} 個中有 ${fw} 個錯。未標記的：${un} 個中有 ${uw} 個錯。`
  }
};
