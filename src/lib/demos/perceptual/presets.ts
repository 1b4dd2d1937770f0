import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  distortions: {
    label: { en: 'Shift, blur, noise: who scores what', 'zh-Hant': '平移、模糊、雜訊：各得幾分' },
    values: { netSteps: 150, layer: 'pooled', shift: 1, blur: 1.5, noise: 0.1 },
    predict: {
      question: {
        en: 'A scene moved right by one pixel, and the same scene blurred (σ = 1.5). Which is closer to the original under the pixel MSE, and which under the trained net\'s feature distance?',
        'zh-Hant': '一個場景往右平移一個像素，另一個是同一場景的模糊版（σ = 1.5）。以像素 MSE 來看哪個比較接近原圖？以訓練好的網路的特徵距離來看呢？'
      },
      choices: {
        'blur-then-shift': { en: 'Pixels: the blurred one. Features: the shifted one.', 'zh-Hant': '像素：模糊版；特徵：平移版' },
        'shift-both': { en: 'The shifted one under both', 'zh-Hant': '兩者都是平移版' },
        'blur-both': { en: 'The blurred one under both', 'zh-Hant': '兩者都是模糊版' }
      },
      answer: 'blur-then-shift',
      why: {
        en: 'The pixel loss compares the images pixel by pixel: a one-pixel shift moves every edge, so two whole columns of pixels change completely, while blur only softens the edges. The feature net was trained to say what is in the scene wherever it is, and its pooled features barely move under a shift, while blur wipes out the edges it uses to tell a circle from a square.',
        'zh-Hant': '像素損失逐像素比較：平移一個像素會移動每一條邊緣，整整兩欄像素完全改變；模糊只是讓邊緣變柔和。特徵網路被訓練成不論物體在哪裡都能說出場景內容，池化後的特徵在平移下幾乎不動；模糊卻抹掉了它用來分辨圓形和方形的邊緣。'
      },
      revealAt: 150
    }
  },
  optimise: {
    label: { en: 'Optimise an image: pixel vs feature loss', 'zh-Hant': '最佳化一張影像：像素損失 vs 特徵損失' },
    values: { netSteps: 150, layer: 'pooled', shift: 1, blur: 1.5, noise: 0.1, lr: 0.05 },
    predict: {
      question: {
        en: 'Two images start from the same grey noise. One is optimised to match the target\'s pixels, the other to match its features. After 100 steps, what does the feature-matched image look like?',
        'zh-Hant': '兩張影像從同樣的灰色雜訊出發，一張被最佳化去符合目標的像素，另一張去符合目標的特徵。100 步後，符合特徵的那張看起來如何？'
      },
      choices: {
        copy: { en: 'A copy of the target', 'zh-Hant': '目標的複製品' },
        far: { en: 'Nothing like it pixel by pixel, though its features match', 'zh-Hant': '逐像素看完全不像，但特徵相符' }
      },
      answer: 'far',
      why: {
        en: 'The feature distance falls to a small fraction of the distance between two different scenes, yet the pixel error stays larger than that of another scene entirely: many images share the target\'s pooled features, and the feature loss does not care which one it gets. That is why perceptual losses are paired with a pixel term, and why a shifted copy, far in pixels, is near in features.',
        'zh-Hant': '特徵距離降到兩個不同場景之間距離的一小部分，像素誤差卻比另一個完全不同的場景還大：許多影像都有和目標一樣的池化特徵，特徵損失不在乎得到的是哪一張。所以感知損失通常搭配逐像素項一起用，也說明了為什麼平移後的複本在像素上很遠、在特徵上卻很近。'
      },
      revealAt: 250
    }
  }
});
