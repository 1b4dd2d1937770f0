import type { Lang } from '$lib/params/schema';
import type { Distortion } from './kinds';
import type { PerceptualSnapshot, Scores } from './trainer';

export const f3 = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) >= 0.1 ? v.toFixed(2) : v.toFixed(4)) : '—');

interface PText {
  title: string;
  intro: string;
  idle: string;
  training: (step: number, n: number, acc: number) => string;
  version: Record<Distortion | 'target', (p: { shift: number; blur: number; noise: number }) => string>;
  versionsTitle: string;
  versionsCaption: (s: PerceptualSnapshot) => string;
  cols: Record<keyof Scores, string>;
  meanNote: string;
  optTitle: string;
  optCaption: (s: PerceptualSnapshot) => string;
  optWaiting: (n: number) => string;
  pixelCopy: string;
  featureCopy: string;
  chartTitle: string;
  chartCaption: (s: PerceptualSnapshot) => string;
  stepWord: string;
  distWord: string;
  series: { pixelMse: string; pixelFeat: string; featureMse: string; featureFeat: string };
  live: (s: PerceptualSnapshot) => string;
}

const last = (a: number[]) => a[a.length - 1];

export const text: Record<Lang, PText> = {
  en: {
    title: 'Losses for image synthesis: pixels vs features',
    intro: 'A small conv net first learns to name the colour and shape of generated scenes; its pooled feature maps are the feature space. A target scene and distorted copies are scored by pixel MSE and MAE (lower = closer), SSIM (higher = closer) and the feature distance (lower = closer). Then two images are optimised toward the target, one under each loss.',
    idle: 'Press Play: the feature net trains first, then the two images are optimised.',
    training: (s, n, a) => `Step ${s} of ${n} training the feature net; it names ${(100 * a).toFixed(0)} % of held-out scenes correctly.`,
    version: {
      target: () => 'Target',
      shift: (p) => `Shifted ${p.shift} px right`,
      blur: (p) => `Blurred, σ ${p.blur}`,
      noise: (p) => `Noise, σ ${p.noise}`,
      other: () => 'A different scene'
    },
    versionsTitle: 'The target and its distorted copies',
    versionsCaption: (s) =>
      `Step ${s.step}. Averaged over 12 targets: shift MSE ${f3(s.mean.shift.mse)}, feature ${f3(s.mean.shift.feature)}; blur MSE ${f3(s.mean.blur.mse)}, feature ${f3(s.mean.blur.feature)}; noise MSE ${f3(s.mean.noise.mse)}, feature ${f3(s.mean.noise.feature)}; different scene MSE ${f3(s.mean.other.mse)}, feature ${f3(s.mean.other.feature)}.`,
    cols: { mse: 'Pixel MSE', mae: 'Pixel MAE', ssim: 'SSIM', feature: 'Feature distance' },
    meanNote: 'Table: means over 12 held-out target scenes (the images show the first).',
    optTitle: 'Optimising an image toward the target',
    optCaption: (s) =>
      s.opt.step.length
        ? `Step ${s.step}. Pixel-loss image: MSE ${f3(last(s.opt.pixel.mse))}, feature ${f3(last(s.opt.pixel.feature))}. Feature-loss image: MSE ${f3(last(s.opt.feature.mse))}, feature ${f3(last(s.opt.feature.feature))}.`
        : 'Both images still at their grey-noise start.',
    optWaiting: (n) => `The images start changing after step ${n}, once the feature net is trained.`,
    pixelCopy: 'Under the pixel loss',
    featureCopy: 'Under the feature loss',
    chartTitle: 'Both distances while optimising',
    chartCaption: (s) =>
      s.opt.step.length
        ? `Log scale. Feature-loss image: feature distance ${f3(last(s.opt.feature.feature))} with pixel MSE ${f3(last(s.opt.feature.mse))}; pixel-loss image: MSE ${f3(last(s.opt.pixel.mse))}.`
        : 'No optimisation step yet.',
    stepWord: 'step',
    distWord: 'distance to target',
    series: { pixelMse: 'pixel loss: MSE', pixelFeat: 'pixel loss: feature', featureMse: 'feature loss: MSE', featureFeat: 'feature loss: feature' },
    live: (s) => `Step ${s.step}: shift MSE ${f3(s.mean.shift.mse)} feature ${f3(s.mean.shift.feature)}; blur MSE ${f3(s.mean.blur.mse)} feature ${f3(s.mean.blur.feature)}`
  },
  'zh-Hant': {
    title: '影像生成的損失：像素 vs 特徵',
    intro: '一個小型卷積網路先學會說出生成場景的顏色與形狀；它池化後的特徵圖就是特徵空間。目標場景與它的變形版本分別用像素 MSE、MAE（越低越接近）、SSIM（越高越接近）與特徵距離（越低越接近）評分。接著兩張影像朝目標最佳化，各用一種損失。',
    idle: '按下播放：先訓練特徵網路，再最佳化兩張影像。',
    training: (s, n, a) => `特徵網路訓練中：第 ${s} / ${n} 步；保留場景答對 ${(100 * a).toFixed(0)} %。`,
    version: {
      target: () => '目標',
      shift: (p) => `向右平移 ${p.shift} 像素`,
      blur: (p) => `模糊，σ ${p.blur}`,
      noise: (p) => `雜訊，σ ${p.noise}`,
      other: () => '另一個場景'
    },
    versionsTitle: '目標與它的變形版本',
    versionsCaption: (s) =>
      `第 ${s.step} 步。12 個目標的平均：平移 MSE ${f3(s.mean.shift.mse)}、特徵 ${f3(s.mean.shift.feature)}；模糊 MSE ${f3(s.mean.blur.mse)}、特徵 ${f3(s.mean.blur.feature)}；雜訊 MSE ${f3(s.mean.noise.mse)}、特徵 ${f3(s.mean.noise.feature)}；另一個場景 MSE ${f3(s.mean.other.mse)}、特徵 ${f3(s.mean.other.feature)}。`,
    cols: { mse: '像素 MSE', mae: '像素 MAE', ssim: 'SSIM', feature: '特徵距離' },
    meanNote: '表格：12 個保留目標場景的平均（圖片顯示第一個）。',
    optTitle: '把一張影像朝目標最佳化',
    optCaption: (s) =>
      s.opt.step.length
        ? `第 ${s.step} 步。像素損失影像：MSE ${f3(last(s.opt.pixel.mse))}、特徵 ${f3(last(s.opt.pixel.feature))}。特徵損失影像：MSE ${f3(last(s.opt.feature.mse))}、特徵 ${f3(last(s.opt.feature.feature))}。`
        : '兩張影像仍停在灰色雜訊的起點。',
    optWaiting: (n) => `特徵網路訓練好之後，影像從第 ${n} 步開始改變。`,
    pixelCopy: '以像素損失最佳化',
    featureCopy: '以特徵損失最佳化',
    chartTitle: '最佳化過程中的兩種距離',
    chartCaption: (s) =>
      s.opt.step.length
        ? `對數刻度。特徵損失影像：特徵距離 ${f3(last(s.opt.feature.feature))}，像素 MSE ${f3(last(s.opt.feature.mse))}；像素損失影像：MSE ${f3(last(s.opt.pixel.mse))}。`
        : '尚未開始最佳化。',
    stepWord: '步數',
    distWord: '與目標的距離',
    series: { pixelMse: '像素損失：MSE', pixelFeat: '像素損失：特徵', featureMse: '特徵損失：MSE', featureFeat: '特徵損失：特徵' },
    live: (s) => `第 ${s.step} 步：平移 MSE ${f3(s.mean.shift.mse)} 特徵 ${f3(s.mean.shift.feature)}；模糊 MSE ${f3(s.mean.blur.mse)} 特徵 ${f3(s.mean.blur.feature)}`
  }
};
