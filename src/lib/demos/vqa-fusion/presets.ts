import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  fusion: {
    label: { en: 'Fusion vs one modality', 'zh-Hant': '融合 vs 單一模態' },
    values: { experiment: 'fusion' },
    predict: {
      question: {
        en: 'Five models learn to answer "what colour is the circle?", "what shape is the red object?" and "how many shapes are there?" about fresh scenes. After 100 steps, which does best?',
        'zh-Hant': '五個模型學習回答新場景的「圓形是什麼顏色？」「紅色的是什麼形狀？」「有幾個形狀？」。訓練 100 步後，哪一個表現最好？'
      },
      choices: {
        text: { en: 'The text-only model', 'zh-Hant': '只看文字的模型' },
        image: { en: 'The image-only model', 'zh-Hant': '只看影像的模型' },
        fusion: { en: 'A model that fuses both', 'zh-Hant': '融合兩者的模型' }
      },
      answer: 'fusion',
      why: {
        en: 'The text-only model knows the question but not the scene: it can only guess the most common answer for each question. The image-only model sees the scene but not what is asked. Each fusion (concatenation, product, cross-attention) gets both and ends up far above either baseline on the accuracy chart.',
        'zh-Hant': '只看文字的模型知道問題卻看不到場景，只能猜每種問題最常見的答案；只看影像的模型看得到場景，卻不知道問的是什麼。三種融合（串接、乘積、交叉注意力）同時拿到兩者，在準確率圖上遠高於兩個基準。'
      },
      revealAt: 100
    }
  },
  spatial: {
    label: { en: 'Spatial questions: what is on the left?', 'zh-Hant': '空間問題：左邊是什麼？' },
    values: { experiment: 'spatial' },
    predict: {
      question: {
        en: 'Every scene holds two objects of different colours, and the question is "what colour is on the left?" (or right, above, below). Which model answers it?',
        'zh-Hant': '每個場景都有兩個顏色不同的物體，問題是「左邊是什麼顏色？」（或右邊、上面、下面）。哪個模型答得出來？'
      },
      choices: {
        pooled: { en: 'The pooled-feature model', 'zh-Hant': '池化特徵模型' },
        cross: { en: 'The cross-attention model with positions', 'zh-Hant': '帶位置的交叉注意力模型' },
        all: { en: 'All three about equally', 'zh-Hant': '三個差不多' }
      },
      answer: 'cross',
      why: {
        en: 'Averaging the patch features keeps which colours are in the image and throws away where they are, so the pooled model is stuck near 50 %: it knows both colours, not which is on the left. The cross-attention model lets the question weigh every patch, and the patches carry their positions: "left" learns to look left. Remove the positions and the same attention is back at 50 %.',
        'zh-Hant': '把區塊特徵取平均，保留了影像裡有哪些顏色，卻丟掉了它們在哪裡，所以池化模型卡在 50 % 左右：它知道兩個顏色，卻不知道哪個在左邊。交叉注意力讓問題為每個區塊打分數，而區塊帶著自己的位置：「左邊」學會往左看。拿掉位置，同樣的注意力又回到 50 %。'
      },
      revealAt: 100
    }
  },
  imbalance: {
    label: { en: 'Modality imbalance and modality dropout', 'zh-Hant': '模態不平衡與模態丟棄' },
    values: { experiment: 'imbalance', dropout: 0.6 },
    predict: {
      question: {
        en: 'Both copies learn to name the scene (colour and shape) from the image and its caption, which names it too. Then the caption is blanked. Which copy still names the scene from the image alone?',
        'zh-Hant': '兩份副本都從影像和說明文字學習說出場景（顏色和形狀），而說明文字本身就寫出了答案。接著把說明文字拿掉，哪一份副本只看影像仍然說得出來？'
      },
      choices: {
        plain: { en: 'The copy trained on every pair as is', 'zh-Hant': '每組資料都原樣訓練的副本' },
        dropout: { en: 'The copy trained with modality dropout', 'zh-Hant': '以模態丟棄訓練的副本' },
        same: { en: 'Both equally well', 'zh-Hant': '兩者一樣好' }
      },
      answer: 'dropout',
      why: {
        en: 'The caption gives the answer away, so the plain copy learns it from the words in a few steps and its image branch stops getting a useful gradient: with the caption blanked it falls far below its score with both. Modality dropout hides the caption from some examples, and those can only be answered from the image.',
        'zh-Hant': '說明文字直接洩漏了答案，原樣訓練的副本幾步就從文字學會，影像分支從此得不到有用的梯度：拿掉說明文字後，它的分數遠低於兩者都有時。模態丟棄讓部分樣本看不到說明文字，這些樣本只能靠影像回答。'
      },
      revealAt: 80
    }
  },
  attention: {
    label: { en: 'Where the question looks', 'zh-Hant': '問題看向哪裡' },
    values: { experiment: 'attention' },
    predict: {
      question: {
        en: 'The object a question points to ("what colour is on the left?") covers about a quarter of the image patches. After 100 steps, how much of the question\'s attention falls on it?',
        'zh-Hant': '問題所指的物體（「左邊是什麼顏色？」）大約占影像區塊的四分之一。訓練 100 步後，問題的注意力有多少落在它上面？'
      },
      choices: {
        quarter: { en: 'About a quarter, spread evenly', 'zh-Hant': '大約四分之一，平均分散' },
        half: { en: 'More than half', 'zh-Hant': '超過一半' }
      },
      answer: 'half',
      why: {
        en: 'The attention maps show it: each question\'s weights gather on the patches of the object on the side it names, well above the quarter an even spread would give. The answer is read from those patches, which is what cross-modal attention buys over one pooled vector.',
        'zh-Hant': '注意力圖顯示：每個問題的權重集中在它所指那一側物體的區塊上，遠高於平均分散時的四分之一。答案就從這些區塊讀出，這正是跨模態注意力勝過單一池化向量之處。'
      },
      revealAt: 100
    }
  }
});
