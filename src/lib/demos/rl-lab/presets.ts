import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  baseline: {
    label: { en: 'REINFORCE with and without a baseline', 'zh-Hant': 'REINFORCE：有無基線' },
    values: { mode: 'baseline', target: 'CAFE', rewardOffset: 1, batch: 64, lr: 1 },
    predict: {
      question: {
        en: 'Both copies estimate the same gradient from the same kind of samples. Which one\'s per-sample gradient estimates are more spread out?',
        'zh-Hant': '兩份副本用同樣的取樣估計同一個梯度。哪一份的逐樣本梯度估計分散得更厲害？'
      },
      choices: {
        without: { en: 'Without the baseline', 'zh-Hant': '沒有基線的' },
        with: { en: 'With the baseline', 'zh-Hant': '有基線的' },
        same: { en: 'The same: the baseline does not change the gradient', 'zh-Hant': '一樣：基線不改變梯度' }
      },
      answer: 'without',
      why: {
        en: 'Look at the variance chart (log scale): on the same batches, subtracting the other answers\' mean reward cuts the spread of the estimates to a fraction. The expected gradient is unchanged (the baseline term has mean zero); only the noise goes.',
        'zh-Hant': '看變異數圖（對數刻度）：在同一批樣本上，減去其他答案的平均獎勵，估計值的分散程度只剩一小部分。期望梯度不變（基線那一項的期望為零），少掉的只是雜訊。'
      },
      revealAt: 50
    }
  },
  'big-offset': {
    label: { en: 'Same task, rewards shifted by +3', 'zh-Hant': '同樣的任務，獎勵整體加 3' },
    values: { mode: 'baseline', target: 'CAFE', rewardOffset: 3, batch: 64, lr: 1 }
  },
  'reward-hacking': {
    label: { en: 'A flawed reward that likes length', 'zh-Hant': '偏好長度的有缺陷獎勵' },
    values: { mode: 'hacking', target: 'CAFE', lengthBonus: 0.5, batch: 64, lr: 1 },
    predict: {
      question: {
        en: 'The right-hand copy is graded by a reward that adds 0.5 per letter. After 60 steps, what does it write?',
        'zh-Hant': '右側副本的獎勵每多一個字母加 0.5 分。訓練 60 步後，它會寫出什麼？'
      },
      choices: {
        word: { en: 'CAFE, like the honest copy', 'zh-Hant': '和誠實的副本一樣寫 CAFE' },
        padded: { en: 'CAFE followed by filler letters, as long as allowed', 'zh-Hant': 'CAFE 後面接一串填充字母，寫到長度上限' },
        nothing: { en: 'Random letters: it fails to learn', 'zh-Hant': '隨機字母：學不起來' }
      },
      answer: 'padded',
      why: {
        en: 'Each extra letter costs 0.25 of true reward but earns 0.5 of flawed reward, so the policy learns CAFE plus four filler letters: its flawed reward climbs towards 4 while its true reward falls towards 0, below the honest copy\'s.',
        'zh-Hant': '每多一個字母，真實獎勵扣 0.25，有缺陷的獎勵卻加 0.5，所以策略學會寫 CAFE 再加四個填充字母：有缺陷的獎勵升向 4，真實獎勵卻降向 0，低於誠實副本。'
      },
      revealAt: 60
    }
  },
  rlhf: {
    label: { en: 'RLHF with a moderate KL penalty', 'zh-Hant': 'RLHF：適中的 KL 懲罰' },
    values: { mode: 'rlhf', beta: 0.1, pairs: 256, taste: 'vowels', batch: 64, lr: 3 }
  },
  'rlhf-low-beta': {
    label: { en: 'RLHF, tiny β: drift', 'zh-Hant': 'RLHF，極小的 β：漂移' },
    values: { mode: 'rlhf', beta: 0.01, pairs: 256, taste: 'vowels', batch: 64, lr: 3 },
    predict: {
      question: {
        en: 'With β = 0.01 the KL penalty is almost off. After 50 steps, how far is the policy from the reference model?',
        'zh-Hant': 'β = 0.01 時 KL 懲罰幾乎關閉。訓練 50 步後，策略離參考模型有多遠？'
      },
      choices: {
        close: { en: 'Close: KL below 2 nats', 'zh-Hant': '很近：KL 小於 2 奈特' },
        far: { en: 'Far: KL above 3 nats, the answers no longer look like words', 'zh-Hant': '很遠：KL 大於 3 奈特，答案不再像單字' }
      },
      answer: 'far',
      why: {
        en: 'Nothing holds the policy back, so it walks to whatever the reward model scores highest (long runs of A and E) and the exact KL to the reference grows past 3 nats. Move β to 1 and rerun: the policy keeps the reference\'s short, word-like answers and shifts them only towards vowels.',
        'zh-Hant': '沒有東西拉住策略，它就走向獎勵模型打分最高的答案（一長串 A 和 E），與參考模型的精確 KL 超過 3 奈特。把 β 調到 1 再跑一次：策略保留參考模型那種短而像單字的答案，只往母音偏一點。'
      },
      revealAt: 50
    }
  },
  'rlhf-high-beta': {
    label: { en: 'RLHF, large β: stays close', 'zh-Hant': 'RLHF，較大的 β：保持接近' },
    values: { mode: 'rlhf', beta: 1, pairs: 256, taste: 'vowels', batch: 64, lr: 3 }
  },
  'rlhf-few-pairs': {
    label: { en: 'RLHF from only 12 preference pairs', 'zh-Hant': '只用 12 組偏好配對的 RLHF' },
    values: { mode: 'rlhf', beta: 0.01, pairs: 12, taste: 'vowels', batch: 64, lr: 3 }
  }
});
