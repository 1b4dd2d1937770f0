import type { Lang } from '$lib/params/schema';
import type { MaskSnapshot } from './trainer';
import { EVAL_RATIOS } from './shared';

export const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');
export const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');

interface MaskText {
  title: string;
  intro: string;
  idle: string;
  rowOriginal: string;
  rowMasked: string;
  rowWith: string;
  rowWithout: string;
  picturesTitle: string;
  picturesCaption: (s: MaskSnapshot) => string;
  ratioTitle: string;
  ratioCaption: (s: MaskSnapshot) => string;
  ratioLabel: (r: number) => string;
  errorWord: string;
  historyTitle: string;
  historyCaption: (s: MaskSnapshot) => string;
  stepWord: string;
  withCaption: string;
  withoutCaption: string;
  live: (s: MaskSnapshot) => string;
}

const ratios = (e: number[]) => EVAL_RATIOS.map((r, k) => `${pct(r)}: ${f3(e[k])}`).join(', ');

export const text: Record<Lang, MaskText> = {
  en: {
    title: 'Masked image and caption modelling',
    intro:
      'Each 8 × 8 picture is cut into 16 patches of 2 × 2 pixels. Training hides between 10 % and 95 % of the patches of each picture and, with some chance, the colour and shape words of the caption; a small network fills in the hidden pixels (starting from a blur of the visible ones) and words from what is left. The slider sets how much is hidden in the pictures shown. Two copies train on the same batches and masks: one reads the caption, one gets an empty caption.',
    idle: 'Press Play: the untrained network paints grey noise in the gaps.',
    rowOriginal: 'Picture',
    rowMasked: 'What the model sees',
    rowWith: 'Filled in, reading the caption',
    rowWithout: 'Filled in, no caption',
    picturesTitle: 'Six new pictures, hidden patches filled in',
    picturesCaption: (s) => `Step ${s.step}. Captions: ${s.captions.join('; ')}.`,
    ratioTitle: 'Hidden-pixel error against the mask ratio (new pictures)',
    ratioCaption: (s) =>
      `Step ${s.step}. Relative error: squared error over the hidden pixels ÷ that of painting them black (1 = no better than black). Reading the caption: ${ratios(s.errors.with)}. No caption: ${ratios(s.errors.without)}. Hidden colour and shape words recovered: ${pct(s.wordAccuracy.with)} and ${pct(s.wordAccuracy.without)}.`,
    ratioLabel: (r) => `${pct(r)} hidden`,
    errorWord: 'relative error',
    historyTitle: 'Error at the chosen mask ratio during training',
    historyCaption: (s) => {
      const k = s.history.step.length - 1;
      return k >= 0 ? `Step ${s.step}: reading the caption ${f3(s.history.with[k])}, no caption ${f3(s.history.without[k])}.` : '';
    },
    stepWord: 'step',
    withCaption: 'Reads the caption',
    withoutCaption: 'No caption',
    live: (s) => `Step ${s.step}: error with caption ${f3(s.history.with.at(-1) ?? NaN)}, without ${f3(s.history.without.at(-1) ?? NaN)}.`
  },
  'zh-Hant': {
    title: '遮罩影像與描述文字建模',
    intro:
      '每張 8 × 8 的圖片切成 16 個 2 × 2 像素的影像區塊。訓練時每張圖片遮住 10 % 到 95 % 的區塊，並以一定機率遮住描述文字中的顏色詞和形狀詞；一個小型網路從剩下的內容補回被遮住的像素（從看得見像素的模糊填補出發）和詞。滑桿設定顯示的圖片遮住多少。兩份副本用相同的批次和遮罩訓練：一份能讀描述文字，一份拿到的是空白描述文字。',
    idle: '按下播放：未訓練的網路只會在空缺中畫出灰色雜訊。',
    rowOriginal: '原圖',
    rowMasked: '模型看到的',
    rowWith: '讀描述文字後補上',
    rowWithout: '沒有描述文字時補上',
    picturesTitle: '六張新圖片，補上被遮住的區塊',
    picturesCaption: (s) => `第 ${s.step} 步。描述文字：${s.captions.join('；')}。`,
    ratioTitle: '被遮像素的誤差與遮罩比例（新圖片）',
    ratioCaption: (s) =>
      `第 ${s.step} 步。相對誤差：被遮像素的平方誤差 ÷ 把它們塗黑的平方誤差（1 表示不比塗黑好）。讀描述文字：${ratios(s.errors.with)}。沒有描述文字：${ratios(s.errors.without)}。被遮的顏色與形狀詞補對的比例：${pct(s.wordAccuracy.with)} 與 ${pct(s.wordAccuracy.without)}。`,
    ratioLabel: (r) => `遮住 ${pct(r)}`,
    errorWord: '相對誤差',
    historyTitle: '訓練過程中，在所選遮罩比例下的誤差',
    historyCaption: (s) => {
      const k = s.history.step.length - 1;
      return k >= 0 ? `第 ${s.step} 步：讀描述文字 ${f3(s.history.with[k])}，沒有描述文字 ${f3(s.history.without[k])}。` : '';
    },
    stepWord: '步數',
    withCaption: '讀描述文字',
    withoutCaption: '沒有描述文字',
    live: (s) => `第 ${s.step} 步：讀描述文字的誤差 ${f3(s.history.with.at(-1) ?? NaN)}，沒有描述文字 ${f3(s.history.without.at(-1) ?? NaN)}。`
  }
};
