import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : String(v));
const r = (v: number) => (Number.isFinite(v) ? (v >= 0.01 ? v.toPrecision(2) : v.toExponential(1)) : '–');

export interface DemoText {
  title: string;
  stepWord: string;
  lossWord: string;
  lrWord: string;
  logLrWord: string;
  lossTitle: string;
  lrTitle: string;
  rangeTitle: string;
  copyName: (name: string, kind: string, lr: number) => string;
  divergedMark: (name: string) => string;
  startLine: string;
  idle: string;
  status: (name: string, lr: number, divergedAt: number, loss: number, above: number, last: number) => string;
  lossCaption: (step: number, start: number, above: number, parts: string[]) => string;
  lrCaption: (parts: string[]) => string;
  rangeCaption: (minLr: number, suggested: number, stopLr: number) => string;
  rangeIdle: string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Learning rates on a tiny transformer, trained in your browser',
    stepWord: 'step',
    lossWord: 'training loss (nats per character)',
    lrWord: 'learning rate',
    logLrWord: 'log₁₀ learning rate',
    lossTitle: 'Training loss of each copy (same start, same batches)',
    lrTitle: 'Learning rate at each step',
    rangeTitle: 'Range test: smoothed loss as the rate grows',
    copyName: (n, k, lr) => `${n === k ? k : `${k} ${n}`} (lr ${r(lr)})`,
    divergedMark: (n) => `${n}: diverged`,
    startLine: 'uniform guess ln V',
    idle: 'Press Play: every copy starts from the same weights.',
    status: (n, lr, at, loss, above, last) =>
      at >= 0
        ? `${n} (peak lr ${r(lr)}): diverged at step ${at}, loss ${f(loss)} (the limit is ${f(above)}); frozen there.`
        : `${n} (peak lr ${r(lr)}): training, loss ${f(last)}.`,
    lossCaption: (s, st, ab, parts) => `Step ${s}. Every copy starts near ln V = ${f(st)}; a loss above ${f(ab)} or not a number counts as diverged. ${parts.join(' ')}`,
    lrCaption: (parts) => `Peak rates: ${parts.join(', ')}.`,
    rangeCaption: (m, s, st) =>
      `The smoothed loss is lowest at lr ${r(m)}; the usual pick is ten times smaller, ${r(s)}.` +
      (Number.isFinite(st) ? ` The test stopped at lr ${r(st)}, where the smoothed loss passed 4 times its minimum: the rate diverges.` : ''),
    rangeIdle: 'The rate grows exponentially at every step; the curve appears as it goes.'
  },
  'zh-Hant': {
    title: '在瀏覽器裡訓練的微型 Transformer 與學習率',
    stepWord: '步數',
    lossWord: '訓練損失（每個字元的奈特數）',
    lrWord: '學習率',
    logLrWord: 'log₁₀ 學習率',
    lossTitle: '每份副本的訓練損失（相同起點、相同批次）',
    lrTitle: '每一步的學習率',
    rangeTitle: '範圍測試：學習率增加時的平滑損失',
    copyName: (n, k, lr) => `${n === k ? k : `${k} ${n}`}（學習率 ${r(lr)}）`,
    divergedMark: (n) => `${n}：發散`,
    startLine: '平均亂猜 ln V',
    idle: '按下「播放」：每份副本都從相同的權重出發。',
    status: (n, lr, at, loss, above, last) =>
      at >= 0
        ? `${n}（峰值學習率 ${r(lr)}）：在第 ${at} 步發散，損失 ${f(loss)}（上限是 ${f(above)}）；停在那裡。`
        : `${n}（峰值學習率 ${r(lr)}）：訓練中，損失 ${f(last)}。`,
    lossCaption: (s, st, ab, parts) => `第 ${s} 步。每份副本都從 ln V ＝ ${f(st)} 附近出發；損失超過 ${f(ab)} 或不是數字就算發散。${parts.join('')}`,
    lrCaption: (parts) => `峰值學習率：${parts.join('、')}。`,
    rangeCaption: (m, s, st) =>
      `平滑損失在學習率 ${r(m)} 時最低；常見的選法是再小十倍，即 ${r(s)}。` +
      (Number.isFinite(st) ? `測試在學習率 ${r(st)} 停止，此時平滑損失超過最低值的 4 倍：學習率已經讓訓練發散。` : ''),
    rangeIdle: '學習率每一步都以指數成長；曲線會隨之出現。'
  }
};
