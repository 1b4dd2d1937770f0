import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'small-task': {
    label: { en: 'Pretrain, then 24 labelled pictures', 'zh-Hant': '先預訓練，再用 24 張標註圖片' },
    values: { mode: 'finetune', pretrainSteps: 80, labelled: 24 },
    predict: {
      question: {
        en: 'Both copies learn 12 colour-shape classes from the same 24 labelled pictures (two per class). One starts from the image encoder of a CLIP pretrained on 800 unlabelled pairs, the other from random weights. After 60 fine-tuning steps, which classifies new pictures better?',
        'zh-Hant': '兩份副本都從同樣 24 張標註圖片（每類兩張）學 12 種顏色形狀類別。一份從在 800 組無標籤配對上預訓練的 CLIP 影像編碼器出發，另一份從隨機權重出發。微調 60 步後，哪一份對新圖片分類得更好？'
      },
      choices: {
        pretrained: { en: 'The pretrained copy, by a wide margin', 'zh-Hant': '預訓練的副本，差距很大' },
        scratch: { en: 'The scratch copy: it was built for this task', 'zh-Hant': '從頭訓練的副本：它是專為這個任務訓練的' },
        same: { en: 'About the same', 'zh-Hant': '差不多' }
      },
      answer: 'pretrained',
      why: {
        en: 'Two pictures per class are too few to learn what colour and shape look like, so the scratch copy memorises its 24 pictures. The pretrained encoder already separates colours and shapes (the captions taught it), and the small task only has to name the regions.',
        'zh-Hant': '每類兩張圖片太少，不足以學會顏色和形狀長什麼樣子，所以從頭訓練的副本只是背下那 24 張圖。預訓練的編碼器早已把顏色和形狀分開（描述文字教會了它），小任務只需要替這些區域命名。'
      },
      revealAt: 140
    }
  },
  'more-labels': {
    label: { en: 'Same, with 240 labelled pictures', 'zh-Hant': '同樣實驗，改用 240 張標註圖片' },
    values: { mode: 'finetune', pretrainSteps: 80, labelled: 240 }
  },
  'unseen-combinations': {
    label: { en: 'Few pairs, three unseen combinations', 'zh-Hant': '少量配對、三種沒見過的組合' },
    values: { mode: 'sparse', pretrainSteps: 80, pairs: 36 },
    predict: {
      question: {
        en: 'Two CLIPs are aligned on just 36 pairs in which red triangles, green circles and blue squares never appear. One has encoders pretrained alone on pictures and on captions; the other starts from scratch. After 80 alignment steps, which names the unseen combinations better?',
        'zh-Hant': '兩個 CLIP 只用 36 組配對對齊，其中從未出現紅色三角形、綠色圓形和藍色方形。一個的編碼器先各自在圖片和描述文字上單獨預訓練；另一個從頭開始。對齊 80 步後，哪一個更能說出沒見過的組合？'
      },
      choices: {
        pretrained: { en: 'The one with pretrained encoders', 'zh-Hant': '有預訓練編碼器的那個' },
        scratch: { en: 'The one from scratch', 'zh-Hant': '從頭訓練的那個' },
        neither: { en: 'Neither: unseen is unseen', 'zh-Hant': '都不行：沒見過就是沒見過' }
      },
      answer: 'pretrained',
      why: {
        en: 'Unpaired data is plentiful: the pretrained encoders learned colour and shape as separate features from pictures and captions of every combination. Alignment then only matches those features across modalities, which carries over to a new pairing of a known colour and a known shape. From scratch, 36 pairs are too few to discover the parts.',
        'zh-Hant': '沒有配對的資料很多：預訓練的編碼器從各種組合的圖片和描述文字中，把顏色和形狀學成各自獨立的特徵。對齊時只需要在兩種模態間對應這些特徵，而這能延伸到「已知顏色＋已知形狀」的新組合。從頭訓練時，36 組配對太少，學不出這些組成部分。'
      },
      revealAt: 160
    }
  }
});
