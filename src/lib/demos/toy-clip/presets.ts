import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'shared-map': {
    label: { en: 'Pictures and captions in one map', 'zh-Hant': '圖片與描述文字在同一張地圖上' },
    values: { lang: 'both', noise: 0, rareRatio: 1, compare: false },
    predict: {
      question: {
        en: 'Before training, a picture is as near to a caption of some other scene as to its own. After 80 steps of contrastive training, how often is a picture nearer to its own caption than to a caption of different content?',
        'zh-Hant': '訓練前，一張圖片離自己的描述文字和離其他內容的描述文字一樣近。經過 80 步對比式訓練後，圖片離自己的描述文字比離其他內容的描述文字更近的比例是多少？'
      },
      choices: {
        coin: { en: 'About half the time, as before', 'zh-Hant': '大約一半，和訓練前一樣' },
        most: { en: 'More than 9 times out of 10', 'zh-Hant': '十次中超過九次' }
      },
      answer: 'most',
      why: {
        en: 'The loss pulls each picture toward its own caption and pushes it from the other captions in the batch. On the map, pictures (squares) sit beside the captions (rings) of the same colour and shape, in both languages; the matched-nearer share climbs from about 50 % to well above 90 %.',
        'zh-Hant': '損失把每張圖片拉向自己的描述文字，並推離同一批中的其他描述文字。地圖上，圖片（方塊）落在相同顏色與形狀的描述文字（圓圈）旁邊，中英文都一樣；「相符較近」的比例從約 50 % 升到 90 % 以上。'
      },
      revealAt: 80
    }
  },
  'zero-shot': {
    label: { en: 'Zero-shot classification from captions', 'zh-Hant': '用描述文字做零樣本分類' },
    values: { lang: 'both', noise: 0, rareRatio: 1, compare: false },
    predict: {
      question: {
        en: 'The model never saw a class label, only pictures with captions. Given the 12 captions “a red circle”, “a green square”, … as classes, how accurate is it on new pictures after 80 steps? (Guessing gives 8 %.)',
        'zh-Hant': '模型從沒看過類別標籤，只看過附描述文字的圖片。把「一個紅色圓形」、「一個綠色方形」等 12 個描述文字當成類別，訓練 80 步後它對新圖片的準確率是多少？（亂猜是 8 %。）'
      },
      choices: {
        chance: { en: 'Near chance: it was never taught the classes', 'zh-Hant': '接近亂猜：它沒學過這些類別' },
        high: { en: 'Well above half, in both languages', 'zh-Hant': '遠高於一半，而且兩種語言都是' }
      },
      answer: 'high',
      why: {
        en: 'A class is just another caption: each picture goes to the caption nearest in the joint space. Because the captions were half English and half Chinese, class captions in either language work, and so do ones you type yourself.',
        'zh-Hant': '類別不過是另一段描述文字：每張圖片歸給聯合空間中最近的描述文字。因為訓練描述文字中英各半，任一種語言的類別描述文字都有效，你自己輸入的也可以。'
      },
      revealAt: 80
    }
  },
  'noisy-captions': {
    label: { en: 'Half the captions are wrong', 'zh-Hant': '一半的描述文字是錯的' },
    values: { lang: 'both', noise: 0.6, rareRatio: 1, compare: true },
    predict: {
      question: {
        en: 'Left: 60 % of the captions describe another picture. Right: the same model on clean captions. After 80 steps, which retrieves the right caption for new pictures more often?',
        'zh-Hant': '左邊：60 % 的描述文字描述的是別張圖片。右邊：同一個模型用乾淨的描述文字訓練。訓練 80 步後，哪一個更常為新圖片找到正確的描述文字？'
      },
      choices: {
        clean: { en: 'The clean copy', 'zh-Hant': '乾淨的副本' },
        same: { en: 'About the same: the noise averages out', 'zh-Hant': '差不多：雜訊會互相抵消' }
      },
      answer: 'clean',
      why: {
        en: 'A wrong caption is a confident wrong lesson: the loss pulls the picture toward words that do not describe it. With 60 % of them the clean copy retrieves clearly better, which is why annotation quality and filtering matter as much as quantity.',
        'zh-Hant': '錯誤的描述文字是一堂很篤定的錯誤課：損失把圖片拉向不描述它的字詞。錯誤比例達 60 % 時，乾淨副本的檢索明顯較好，這就是為什麼標註品質與過濾和數量一樣重要。'
      },
      revealAt: 80
    }
  },
  'rare-combination': {
    label: { en: 'The yellow triangle is rare', 'zh-Hant': '黃色三角形很少見' },
    values: { lang: 'both', noise: 0, rareRatio: 0.02, compare: true },
    predict: {
      question: {
        en: 'Yellow triangles are 50 times rarer than every other colour-shape pair in the training data. After 80 steps, how well are new yellow triangles classified?',
        'zh-Hant': '訓練資料裡黃色三角形比其他每種顏色形狀組合少 50 倍。訓練 80 步後，新的黃色三角形分類得如何？'
      },
      choices: {
        fine: { en: 'As well as the others: yellow and triangle are each common', 'zh-Hant': '和其他組合一樣好：黃色和三角形各自都很常見' },
        worse: { en: 'Worse than the others and than in the clean copy', 'zh-Hant': '比其他組合差，也比乾淨副本差' }
      },
      answer: 'worse',
      why: {
        en: 'Each word is common, but the model rarely has to tell a yellow triangle from its neighbours (yellow circle, green triangle), so it confuses them. The per-combination bars show the dip for the rare pair only; the clean copy, trained on balanced data, does not have it.',
        'zh-Hant': '每個字都很常見，但模型很少需要把黃色三角形和鄰近組合（黃色圓形、綠色三角形）分開，所以會弄混。各組合的長條圖只在這個罕見組合出現低谷；用平衡資料訓練的乾淨副本則沒有。'
      },
      revealAt: 80
    }
  },
  'chinese-only': {
    label: { en: 'Chinese captions only', 'zh-Hant': '只用中文描述文字' },
    values: { lang: 'zh-Hant', noise: 0, rareRatio: 1, compare: false, prompts: '紅色圓形, 藍色方形, 綠色三角形, a yellow circle' }
  }
});
