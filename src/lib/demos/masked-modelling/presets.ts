import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'caption-helps': {
    label: { en: 'Hide three quarters of the picture', 'zh-Hant': '遮住四分之三的圖片' },
    values: { imageMask: 0.75, textMask: 0.3 },
    predict: {
      question: {
        en: 'Two copies fill in the 12 hidden patches of each new picture (of 16). One can read the caption (“a red circle”), the other cannot. After 200 steps, which reconstructs the hidden pixels better, and does either do as well as with only a quarter hidden?',
        'zh-Hant': '兩份副本要補上每張圖片 16 個區塊中被遮住的 12 個。一份能讀描述文字（「一個紅色圓形」），另一份不能。訓練 200 步後，哪一份重建被遮住的像素更好？有沒有哪一份能和只遮住四分之一時一樣好？'
      },
      choices: {
        caption: { en: 'The caption reader; and error is higher than at a quarter hidden for both', 'zh-Hant': '能讀描述文字的那份；而且兩者的誤差都比只遮四分之一時高' },
        same: { en: 'About the same: pixels come from pixels', 'zh-Hant': '差不多：像素只能從像素推得' },
        flat: { en: 'The caption reader, and the mask ratio makes no difference', 'zh-Hant': '能讀描述文字的那份，而且遮罩比例沒有影響' }
      },
      answer: 'caption',
      why: {
        en: 'With 12 of 16 patches gone, the visible corner rarely tells the colour and shape of the whole object; the caption does, so the caption reader paints the right thing in the gaps. The bar chart scores both at four mask ratios: error climbs with the ratio for both copies, and from three quarters hidden on the caption reader is usually a little lower.',
        'zh-Hant': '16 個區塊遮掉 12 個後，剩下看得見的角落很少能說明整個物件的顏色和形狀；描述文字卻可以，所以能讀描述文字的副本在空缺中畫出對的東西。長條圖在四種遮罩比例下替兩者評分：兩份副本的誤差都隨比例上升，而從遮住四分之三開始，能讀描述文字的副本通常略低一些。'
      },
      revealAt: 200
    }
  },
  'light-mask': {
    label: { en: 'Hide a quarter of the picture', 'zh-Hant': '只遮住四分之一的圖片' },
    values: { imageMask: 0.25, textMask: 0.3 }
  },
  'caption-hidden': {
    label: { en: 'Hide every caption word', 'zh-Hant': '遮住描述文字的所有詞' },
    values: { imageMask: 0.75, textMask: 1 }
  }
});
