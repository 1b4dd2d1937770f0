import { definePresets } from '$lib/params/schema';
import { params } from './params';

/** Training shared by 'map' and 'evaluate' (they differ only in what is shown). */
const trained = { languages: 'both', mix: 0, weat: false, dim: 16, window: 2, negatives: 5, lr: 0.05, heldOut: 0.2, l2: 0, dropout: 0, noise: 0, compare: false, steps: 100 } as const;
/** emb-06: English only, half the sentences held out, an unregularised twin alongside. */
const regular = { ...trained, languages: 'en', heldOut: 0.5, compare: true, steps: 100 } as const;

export const presets = definePresets(params, {
  map: {
    label: { en: 'Skip-gram from scratch: watch the groups form', 'zh-Hant': '從零訓練 skip-gram：看詞組成形' },
    values: { ...trained, view: 'map', word: 'dog', k: 5 },
    predict: {
      question: {
        en: 'Nobody tells the model which words are animals or colours. After 100 steps, how does the mean cosine between words of the same group compare with words of different groups?',
        'zh-Hant': '沒有人告訴模型哪些詞是動物、哪些是顏色。訓練 100 步之後，同組詞之間的平均餘弦相似度，和不同組詞之間的相比如何？'
      },
      choices: {
        closer: { en: 'Clearly higher within groups', 'zh-Hant': '同組之間明顯比較高' },
        same: { en: 'About the same: without labels there is nothing to group by', 'zh-Hant': '差不多：沒有標籤就無從分組' },
        lower: { en: 'Lower within groups', 'zh-Hant': '同組之間反而比較低' }
      },
      answer: 'closer',
      why: {
        en: 'Words of a group fill the same sentence templates, so they predict the same context words and their vectors turn the same way. The separation figure (within minus between) starts near 0 and reaches about 0.26 to 0.32 after 100 steps (seeds 1 to 3).',
        'zh-Hant': '同一組的詞填在同樣的句型裡，所以它們預測相同的上下文詞，向量也轉向同一個方向。分離度（同組減不同組）一開始接近 0，100 步後約為 0.26 到 0.32（種子 1 到 3）。'
      },
      revealAt: 100
    }
  },
  translations: {
    label: { en: 'Code-switching pulls translations together', 'zh-Hant': '語碼轉換讓翻譯詞靠在一起' },
    values: { ...trained, mix: 0.3, steps: 400, view: 'map', word: 'dog', k: 5 }
  },
  evaluate: {
    label: { en: 'Score the vectors: precision@k, recall@k', 'zh-Hant': '幫向量打分數：precision@k、recall@k' },
    values: { ...trained, view: 'evaluate', word: 'red', k: 5 },
    predict: {
      question: {
        en: 'Each labelled word asks for its 5 nearest labelled words of its language; 5 of the other 41 share its group. What precision@5 do the vectors reach after 100 steps, against the untrained ones?',
        'zh-Hant': '每個有標籤的詞，找出同語言中最近的 5 個有標籤的詞；其他 41 個詞中有 5 個和它同組。訓練 100 步之後的向量，precision@5 和未訓練的相比是多少？'
      },
      choices: {
        higher: { en: 'Well above the untrained vectors (about 0.12, chance)', 'zh-Hant': '明顯高於未訓練的向量（約 0.12，等於亂猜）' },
        same: { en: 'About the same as untrained', 'zh-Hant': '和未訓練的差不多' }
      },
      answer: 'higher',
      why: {
        en: 'Untrained vectors are random, so about 5/41 of any neighbour list is in the right group. After 100 steps precision@5 is about 0.6 to 0.7: most of the 5 neighbours are.',
        'zh-Hant': '未訓練的向量是隨機的，任何近鄰清單中大約只有 5/41 屬於正確的組。訓練 100 步之後 precision@5 約為 0.6 到 0.7：5 個近鄰中多半都屬於同一組。'
      },
      revealAt: 100
    }
  },
  'weat-bias': {
    label: { en: 'WEAT finds an association planted in the corpus', 'zh-Hant': 'WEAT 找出埋在語料裡的關聯' },
    values: { ...trained, weat: true, steps: 400, view: 'evaluate', word: 'rose', k: 5 }
  },
  l2: {
    label: { en: 'L2 against no regularisation', 'zh-Hant': 'L2 對上不加正則化' },
    values: { ...regular, l2: 0.5, view: 'regularise', word: 'dog', k: 5 },
    predict: {
      question: {
        en: 'Two runs from the same start see the same batches; one decays its weights (L2 = 0.5). After 100 steps, which has the smaller gap between held-out and training loss, and the shorter vectors?',
        'zh-Hant': '兩個從相同起點出發的模型看到相同的批次，其中一個加上權重衰減（L2 = 0.5）。100 步之後，哪一個的驗證損失與訓練損失差距比較小、向量也比較短？'
      },
      choices: {
        l2: { en: 'The L2 run: smaller gap and shorter vectors', 'zh-Hant': '加 L2 的：差距較小、向量也較短' },
        plain: { en: 'The unregularised run', 'zh-Hant': '不加正則化的' },
        mixed: { en: 'L2 has shorter vectors but a larger gap', 'zh-Hant': '加 L2 的向量較短，但差距較大' }
      },
      answer: 'l2',
      why: {
        en: 'Without a penalty, the vectors grow to push the trained pairs apart from their negatives, which fits the training sentences and not the held-out ones. Weight decay caps that growth: mean norm about 1.8 against 2.9, gap about 0.2 to 0.4 against 0.45 to 0.9.',
        'zh-Hant': '沒有懲罰時，向量會越長越大，把訓練過的詞對和負樣本推得更開；這只貼合訓練句子，對保留的句子沒有幫助。權重衰減壓住了這種成長：平均範數約 1.8 對 2.9，差距約 0.2 到 0.4 對 0.45 到 0.9。'
      },
      revealAt: 100
    }
  },
  dropout: {
    label: { en: 'Dropout on the centre vector', 'zh-Hant': '中心詞向量的 dropout' },
    values: { ...regular, dropout: 0.5, steps: 400, view: 'regularise', word: 'dog', k: 5 }
  },
  noise: {
    label: { en: 'Noise on the centre vector', 'zh-Hant': '中心詞向量加雜訊' },
    values: { ...regular, noise: 0.5, steps: 400, view: 'regularise', word: 'dog', k: 5 }
  }
});
