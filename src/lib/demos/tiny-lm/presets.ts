import { definePresets } from '$lib/params/schema';
import { params } from './params';

/** tie-05 and tie-07 train the same model (same values); only the view differs. */
const FULL = { corpus: 'en', tokens: 'word', trainSize: 100, context: 8, dModel: 24, batch: 8, lr: 0.02, regularise: false } as const;

export const presets = definePresets(params, {
  memorise: {
    label: { en: 'Six sentences: watch it memorise', 'zh-Hant': '六個句子：看它死記硬背' },
    values: { view: 'overfit', corpus: 'en', tokens: 'word', trainSize: 6, context: 8, dModel: 24, batch: 8, lr: 0.02, regularise: true, dropout: 0.3, weightDecay: 0.1, patience: 2, temperature: 1, samples: 8 },
    predict: {
      question: {
        en: 'The plain copy trains on only 6 sentences. Its training loss keeps falling for 100 steps. What does its loss on the held-out sentences do?',
        'zh-Hant': '沒有正則化的副本只用 6 個句子訓練，它的訓練損失在 100 步內一路下降。它在保留句子上的損失會怎樣？'
      },
      choices: {
        falls: { en: 'It keeps falling too', 'zh-Hant': '也一路下降' },
        turns: { en: 'It bottoms out, then turns up', 'zh-Hant': '先降到最低，然後回升' },
        flat: { en: 'It never moves', 'zh-Hant': '完全不動' }
      },
      answer: 'turns',
      why: {
        en: 'Within the first few dozen steps the model has learned what the sentences share (word order, which verb goes with which animal); from then on it lowers its training loss by memorising the 6 sentences, and becomes confidently wrong on the others. Its samples turn into verbatim copies of training sentences.',
        'zh-Hant': '最初幾十步內，模型已學會句子共有的規律（詞序、哪種動物配哪個動詞）；之後它靠背下這 6 個句子來壓低訓練損失，對其他句子則變得很有把握地答錯。它寫出的句子也變成一字不差地照抄訓練句子。'
      },
      revealAt: 100
    }
  },
  'no-regularisation': {
    label: { en: 'Plain copy only', 'zh-Hant': '只有未正則化的副本' },
    values: { view: 'overfit', trainSize: 6, regularise: false }
  },
  'more-data': {
    label: { en: 'More data: 60 sentences', 'zh-Hant': '更多資料：60 個句子' },
    values: { view: 'overfit', trainSize: 60, regularise: true }
  },
  repetition: {
    label: { en: 'Repetitive vs varied text', 'zh-Hant': '重複的文字與多樣的文字' },
    values: { ...FULL, view: 'perplexity', temperature: 1, samples: 8 },
    predict: {
      question: {
        en: 'The model scores two texts: its own greedy output, which repeats one sentence over and over, and correct sentences it never saw. Which gets the lower (better) perplexity?',
        'zh-Hant': '模型替兩段文字打分：它自己貪婪解碼的輸出（同一句話不斷重複），以及它從沒看過的正確句子。哪一段的困惑度比較低（比較「好」）？'
      },
      choices: {
        repetitive: { en: 'The repetitive text', 'zh-Hant': '重複的文字' },
        varied: { en: 'The varied, correct sentences', 'zh-Hant': '多樣而正確的句子' }
      },
      answer: 'repetitive',
      why: {
        en: 'Perplexity only asks how likely each next character was. Greedy decoding picks the most likely character every time, so its text is the most probable there is, even though it says the same thing again and again. Varied text spends probability on less common (but correct) choices and is "punished" for it.',
        'zh-Hant': '困惑度只問每個下一個字元有多可能。貪婪解碼每一步都挑最可能的字元，所以它的文字是機率最高的文字，即使一直重複同一句話。多樣的文字會選到較不常見（但正確）的字，因此被「扣分」。'
      },
      revealAt: 150
    }
  },
  confidence: {
    label: { en: 'Confidence and self-consistency', 'zh-Hant': '信心與自我一致性' },
    values: { ...FULL, view: 'hallucination', temperature: 1, samples: 8, flagBelow: -0.5 },
    predict: {
      question: {
        en: 'Each question is asked 8 times at temperatures from 0.25 to 2. As the temperature rises, how often do the 8 answers agree?',
        'zh-Hant': '每個問題在溫度 0.25 到 2 之間各問 8 次。溫度升高時，8 個答案彼此一致的比例會怎樣？'
      },
      choices: {
        falls: { en: 'Agreement falls', 'zh-Hant': '一致性下降' },
        same: { en: 'It stays the same', 'zh-Hant': '維持不變' },
        rises: { en: 'Agreement rises', 'zh-Hant': '一致性上升' }
      },
      answer: 'falls',
      why: {
        en: 'At low temperature the model nearly always picks its top choice, so the answers agree (right or wrong). Higher temperature gives the unlikely characters a chance, the answers scatter, and the wrong ones are the ones with low mean log-probability: disagreement and low confidence are both warnings.',
        'zh-Hant': '溫度低時模型幾乎總是選第一名，所以答案彼此一致（不論對錯）。溫度升高後，不太可能的字元也有機會被選中，答案開始分散，而答錯的正是平均對數機率低的那些：答案不一致與信心低都是警訊。'
      },
      revealAt: 150
    }
  }
});
