import { definePresets } from '$lib/params/schema';
import { params } from './params';

const transfer = { task: 'transfer', dim: 16, pretrainSteps: 120, lr: 0.05 } as const;
const categorical = { task: 'categorical', cardinality: 1000, perUser: 15, hashDim: 4, lr: 0.05 } as const;

export const presets = definePresets(params, {
  'small-n': {
    label: { en: 'Three labelled sentences per topic', 'zh-Hant': '每個主題只有三個標註句子' },
    values: { ...transfer, perClass: 3, steps: 40 },
    predict: {
      question: {
        en: 'Three classifiers see the same 21 labelled sentences (3 per topic). One starts from random word vectors, two from skip-gram vectors pretrained on unlabelled text (one frozen, one fine-tuned). On unseen sentences, which does best?',
        'zh-Hant': '三個分類器看到同樣的 21 個標註句子（每個主題 3 個）。一個從隨機的詞向量開始，兩個從在未標註文本上預訓練的 skip-gram 向量開始（一個凍結、一個微調）。在沒看過的句子上，哪一個最好？'
      },
      choices: {
        pretrained: { en: 'The pretrained ones, frozen best', 'zh-Hant': '預訓練的，凍結的最好' },
        random: { en: 'Random init: it is free to fit the task', 'zh-Hant': '隨機初始化：它可以自由貼合任務' },
        same: { en: 'All about the same', 'zh-Hant': '三者差不多' }
      },
      answer: 'pretrained',
      why: {
        en: 'Most test sentences contain words none of the 21 labelled sentences contains. Random vectors of unseen words carry no information; pretrained vectors place them near words of their topic. Over seeds 1 to 3, frozen pretrained scores about 0.57 to 0.75 against 0.38 to 0.48 for random init; fine-tuning moves only the seen words away from their pretrained places and lands in between (0.46 to 0.56).',
        'zh-Hant': '大部分測試句子含有 21 個標註句子裡都沒有的詞。沒看過的詞，隨機向量不帶任何資訊；預訓練向量則把它們放在同主題詞的附近。在種子 1 到 3 上，凍結的預訓練模型約 0.57 到 0.75，隨機初始化約 0.38 到 0.48；微調只把看過的詞移離預訓練的位置，結果介於兩者之間（0.46 到 0.56）。'
      },
      revealAt: 40
    }
  },
  'large-n': {
    label: { en: 'Thirty per topic: random init catches up', 'zh-Hant': '每個主題三十個：隨機初始化追上來' },
    values: { ...transfer, perClass: 30, steps: 60 }
  },
  categorical: {
    label: { en: '1,000 users: one-hot, embeddings, hashing', 'zh-Hant': '1,000 位使用者：獨熱編碼、嵌入、雜湊' },
    values: { ...categorical, buckets: 125, steps: 300 },
    predict: {
      question: {
        en: '1,000 user ids are hashed into 125 buckets. What share of the users share their bucket (and so their vector) with another user?',
        'zh-Hant': '1,000 個使用者編號被雜湊到 125 個桶裡。有多少比例的使用者和別人共用同一個桶（也就是同一個向量）？'
      },
      choices: {
        almost: { en: 'Almost all of them', 'zh-Hant': '幾乎全部' },
        eighth: { en: 'About one in eight', 'zh-Hant': '大約八分之一' },
        none: { en: 'None: a good hash avoids collisions', 'zh-Hant': '沒有：好的雜湊函數會避開碰撞' }
      },
      answer: 'almost',
      why: {
        en: 'With 8 users per bucket on average, a user is alone with probability (1 - 1/125)^999, about 0.03%. The collision curve falls as buckets rise, 1 - (1 - 1/B)^(C-1); even B = C leaves about 63% of users colliding.',
        'zh-Hant': '平均每個桶有 8 位使用者，一位使用者獨占一個桶的機率是 (1 − 1/125)^999，約 0.03%。碰撞曲線隨桶數增加而下降，為 1 − (1 − 1/B)^(C−1)；即使 B = C，仍有約 63% 的使用者發生碰撞。'
      },
      revealAt: 1
    }
  },
  'many-buckets': {
    label: { en: 'Eight times more buckets than users', 'zh-Hant': '桶數是使用者數的八倍' },
    values: { ...categorical, buckets: 8000, steps: 300 }
  }
});
