import { definePresets } from '$lib/params/schema';
import { params } from './params';

/** The step of the claim (claims.test.ts) and of the question's reveal. */
export const REVEAL = 400;

export const presets = definePresets(params, {
  look: {
    label: { en: 'Where each word looks', 'zh-Hant': '每個詞看向哪裡' },
    values: { lang: 'en', objects: 'two' },
    predict: {
      question: {
        en: `The captioner learns to describe scenes of two shapes ("a blue square left of a red circle"). After ${REVEAL} steps, when it writes the word "circle", where does its attention over the image go?`,
        'zh-Hant': `說明文字產生器學習描述有兩個形狀的場景（「紅色圓形左邊有一個藍色方形」）。訓練 ${REVEAL} 步後，當它寫出「圓形」這個詞時，它對影像的注意力落在哪裡？`
      },
      choices: {
        object: { en: 'Mostly on the circle', 'zh-Hant': '大多落在圓形上' },
        even: { en: 'Spread evenly over the image', 'zh-Hant': '平均分散在整張影像' },
        other: { en: 'On the other shape, which it has not named yet', 'zh-Hant': '落在還沒說到的另一個形狀上' }
      },
      answer: 'object',
      why: {
        en: 'Each word is chosen from what the attention collects. To write "circle" after "red", the model must read the shape of the red object, so the colour word it has just written steers the attention onto the red cells: at least half of the attention lands on the circle, which covers about a quarter of the image. Untrained, the attention is spread evenly.',
        'zh-Hant': '每個詞都根據注意力收集到的內容選出。要在「紅色」之後寫出「圓形」，模型必須讀出紅色物體的形狀，所以剛寫下的顏色詞會把注意力導向紅色的區塊：至少一半的注意力落在只佔影像約四分之一的圓形上。未訓練時，注意力平均分散。'
      },
      revealAt: REVEAL
    }
  },
  chinese: {
    label: { en: 'Captions in Chinese', 'zh-Hant': '中文說明文字' },
    values: { lang: 'zh-Hant', objects: 'two' }
  },
  one: {
    label: { en: 'One object per scene', 'zh-Hant': '每個場景一個物體' },
    values: { lang: 'en', objects: 'one' }
  }
});
