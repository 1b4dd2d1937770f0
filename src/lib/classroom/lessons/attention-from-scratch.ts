import { defineLesson } from '../types';

export default defineLesson({
  slug: 'attention-from-scratch',
  order: 2,
  minutes: 15,
  title: { en: 'Attention from scratch', 'zh-Hant': '從零開始認識注意力' },
  summary: {
    en: 'Queries, keys and values on a sentence the class types; why we divide by √d_k; the causal mask of GPT; and a head that learns a pattern by training.',
    'zh-Hant': '用全班輸入的句子看查詢、鍵與值；為什麼要除以 √d_k；GPT 的因果遮罩；最後看一個注意力頭如何在訓練中學會一種模式。'
  },
  steps: [
    {
      page: 'llm-07',
      preset: 'basics',
      hide: ['seed'],
      note: {
        en: 'Ask a student for a short sentence and type it. Click a token: its row of the heat map is how much it attends to every token. Each row sums to 1, and the output is exactly those weights times the value vectors.',
        'zh-Hant': '請一位學生說一個短句並輸入。點一個詞元：熱圖中它那一列就是它對每個詞元的注意力。每一列加起來都是 1，輸出正好是這些權重乘上值向量。'
      }
    },
    {
      page: 'llm-07',
      preset: 'no-scaling',
      hide: ['seed'],
      note: {
        en: 'Without dividing by √d_k the scores grow with the dimension and the softmax saturates: rows become one-hot. Move the temperature slider: lower sharpens the rows, higher flattens them toward uniform.',
        'zh-Hant': '不除以 √d_k，分數會隨維度變大，softmax 就會飽和：每一列幾乎只剩一個 1。拖曳溫度滑桿：溫度越低，每一列越尖銳；越高則越接近均勻。'
      }
    },
    {
      page: 'llm-07',
      preset: 'causal',
      hide: ['seed'],
      note: {
        en: 'The causal mask: everything above the diagonal is zero, and each row renormalises over the earlier tokens only. This is why a GPT can be trained to predict the next token at every position at once.',
        'zh-Hant': '因果遮罩：對角線以上全部為零，每一列只在前面的詞元上重新正規化。這就是 GPT 能在每個位置同時學習預測下一個詞元的原因。'
      }
    },
    {
      page: 'llm-07',
      preset: 'learn',
      hide: ['seed', 'lr'],
      note: {
        en: 'Now the weights are learned. The task is to reverse a short sequence, so the right pattern is an anti-diagonal. Press Play: it forms within a few dozen steps, and the weight on the correct position passes 0.9.',
        'zh-Hant': '現在權重是學出來的。任務是把短序列倒轉，所以正確的模式是一條反對角線。按播放：幾十步之內它就會出現，正確位置上的權重超過 0.9。'
      }
    }
  ]
});
