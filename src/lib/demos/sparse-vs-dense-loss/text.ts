import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const g = (v: number) => (!Number.isFinite(v) ? '–' : Math.abs(v) >= 0.01 || v === 0 ? v.toFixed(3) : v.toExponential(1));
const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)}%` : '–');

export interface DemoText {
  title: string;
  ce: string;
  mse: string;
  ceRun: string;
  mseRun: string;
  autodiff: (loss: string) => string;
  probeWord: string;
  stepWord: string;
  pWord: string;
  gradWord: string;
  gradTitle: string;
  gradCaption: (p: number, V: number, ce: number, mse: number, err: number | null, spreadOne: boolean) => string;
  lossTitle: string;
  lossWord: string;
  lossIdle: string;
  lossCaption: (step: number, ce: number, mse: number, uniform: number) => string;
  accTitle: string;
  accWord: string;
  accCaption: (step: number, ce: number, mse: number) => string;
  pushTitle: string;
  pushWord: string;
  pushCaption: (step: number, ce: number, mse: number) => string;
  histTitle: string;
  shareWord: string;
  bins: string[];
  histCaption: (step: number, ceLow: number, mseLow: number, ceHigh: number, mseHigh: number) => string;
  samplesTitle: string;
  samplesNote: (step: number) => string;
  samplesIdle: string;
  corpusNote: (windows: number, vocab: number) => string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Cross-entropy vs squared error: the gradient, and the same language model trained with each',
    ce: 'cross-entropy',
    mse: 'squared error',
    ceRun: 'trained with cross-entropy',
    mseRun: 'trained with squared error',
    autodiff: (l) => `${l}, tfjs autodiff`,
    probeWord: 'your p',
    stepWord: 'step',
    pWord: 'p = probability of the true class',
    gradWord: 'gradient on the true logit',
    gradTitle: 'Gradient of each loss with respect to the true-class logit',
    gradCaption: (p, V, ce, mse, err, one) =>
      `With ${V} classes and the wrong probability ${one ? 'all on one class' : 'spread evenly'}: at p = ${g(p)} the cross-entropy gradient is ${g(ce)} (p − 1) and the squared-error gradient ${g(mse)}, ${Number.isFinite(ce / mse) && mse !== 0 ? `${f(ce / mse, 0)} times weaker` : 'zero'}. As p goes to 0 the squared-error gradient goes to 0 with it, while cross-entropy's tends to −1.` +
      (err === null ? '' : ` The tfjs autodiff points differ from the formulas by at most ${g(err)}.`),
    lossTitle: 'Cross-entropy on the text, both runs (the same measure for both)',
    lossWord: 'cross-entropy (nats per character)',
    lossIdle: 'Press Play: both copies start from the same weights and see the same batches.',
    lossCaption: (s, ce, mse, u) =>
      `Step ${s}: cross-entropy of the next character over the whole text ${f(ce, 3)} for the cross-entropy run and ${f(mse, 3)} for the squared-error run (a uniform guess scores ${f(u, 2)}).`,
    accTitle: 'Next-character accuracy',
    accWord: 'accuracy',
    accCaption: (s, ce, mse) => `Step ${s}: the most likely next character is right ${pct(ce)} of the time for the cross-entropy run and ${pct(mse)} for the squared-error run.`,
    pushTitle: 'Mean push on the true logit (size of each run’s own gradient)',
    pushWord: 'mean |gradient on the true logit|',
    pushCaption: (s, ce, mse) =>
      `Step ${s}: averaged over the text, cross-entropy pushes the true logit by ${g(ce)} and squared error by ${g(mse)}. Squared error's push is small precisely on the characters the model gets most wrong.`,
    histTitle: 'Probability each run gives to the true next character',
    shareWord: 'share of the text',
    bins: ['below 0.01', '0.01–0.1', '0.1–0.5', '0.5 and above'],
    histCaption: (s, cl, ml, ch, mh) =>
      `Step ${s}: ${pct(cl)} of the characters get a probability below 0.01 from the cross-entropy run and ${pct(ml)} from the squared-error run; ${pct(ch)} and ${pct(mh)} get 0.5 or more.`,
    samplesTitle: 'What each run writes (sampled from its predictions)',
    samplesNote: (s) => `Sampled at step ${s}; _ marks the start-of-sentence pad.`,
    samplesIdle: 'Untrained: both copies write the same noise.',
    corpusNote: (n, v) => `The model reads the last 3 characters and predicts the next: ${n} examples from 30 short sentences, ${v} distinct characters.`
  },
  'zh-Hant': {
    title: '交叉熵與均方誤差：梯度，以及用兩者各訓練一次的同一個語言模型',
    ce: '交叉熵',
    mse: '均方誤差',
    ceRun: '用交叉熵訓練',
    mseRun: '用均方誤差訓練',
    autodiff: (l) => `${l}（tfjs 自動微分）`,
    probeWord: '你選的 p',
    stepWord: '步數',
    pWord: 'p ＝ 正確類別的機率',
    gradWord: '對正確 logit 的梯度',
    gradTitle: '兩種損失對正確類別 logit 的梯度',
    gradCaption: (p, V, ce, mse, err, one) =>
      `共 ${V} 個類別，錯誤的機率${one ? '全部集中在一個類別' : '平均分給其他類別'}：在 p ＝ ${g(p)} 時，交叉熵的梯度是 ${g(ce)}（p − 1），均方誤差的梯度是 ${g(mse)}，${Number.isFinite(ce / mse) && mse !== 0 ? `弱了 ${f(ce / mse, 0)} 倍` : '等於零'}。p 趨近 0 時，均方誤差的梯度也跟著趨近 0，交叉熵的梯度則趨近 −1。` +
      (err === null ? '' : `tfjs 自動微分算出的點與公式最多相差 ${g(err)}。`),
    lossTitle: '兩份模型在文字上的交叉熵（兩者用同一個指標衡量）',
    lossWord: '交叉熵（每個字元的奈特數）',
    lossIdle: '按下「播放」：兩份副本從相同的權重出發，看到相同的批次。',
    lossCaption: (s, ce, mse, u) =>
      `第 ${s} 步：在整段文字上預測下一個字元的交叉熵，交叉熵那一份是 ${f(ce, 3)}，均方誤差那一份是 ${f(mse, 3)}（平均亂猜是 ${f(u, 2)}）。`,
    accTitle: '下一個字元的準確率',
    accWord: '準確率',
    accCaption: (s, ce, mse) => `第 ${s} 步：機率最高的下一個字元猜對的比例，交叉熵那一份是 ${pct(ce)}，均方誤差那一份是 ${pct(mse)}。`,
    pushTitle: '對正確 logit 的平均推力（各自損失的梯度大小）',
    pushWord: '對正確 logit 的平均 |梯度|',
    pushCaption: (s, ce, mse) =>
      `第 ${s} 步：在整段文字上平均，交叉熵對正確 logit 的推力是 ${g(ce)}，均方誤差是 ${g(mse)}。均方誤差的推力偏偏在模型錯得最離譜的字元上最小。`,
    histTitle: '兩份模型給正確下一個字元的機率',
    shareWord: '佔文字的比例',
    bins: ['低於 0.01', '0.01–0.1', '0.1–0.5', '0.5 以上'],
    histCaption: (s, cl, ml, ch, mh) =>
      `第 ${s} 步：交叉熵那一份有 ${pct(cl)} 的字元機率低於 0.01，均方誤差那一份有 ${pct(ml)}；機率達到 0.5 以上的分別是 ${pct(ch)} 與 ${pct(mh)}。`,
    samplesTitle: '兩份模型寫出的文字（從各自的預測取樣）',
    samplesNote: (s) => `第 ${s} 步取樣；_ 代表句首的填充字元。`,
    samplesIdle: '尚未訓練：兩份副本寫出一樣的雜訊。',
    corpusNote: (n, v) => `模型讀取最後 3 個字元來預測下一個：30 個短句共 ${n} 個例子，${v} 種不同的字元。`
  }
};
