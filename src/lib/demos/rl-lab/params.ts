import { defineParams } from '$lib/params/schema';

export const params = defineParams({
  mode: {
    kind: 'choice', options: ['baseline', 'hacking', 'rlhf'] as const, default: 'baseline',
    label: { en: 'Experiment', 'zh-Hant': '實驗' },
    optionLabels: {
      baseline: { en: 'REINFORCE: without vs with a baseline', 'zh-Hant': 'REINFORCE：有無基線' },
      hacking: { en: 'REINFORCE: true vs flawed reward', 'zh-Hant': 'REINFORCE：真實獎勵 vs 有缺陷的獎勵' },
      rlhf: { en: 'RLHF: preferences, reward model, KL penalty', 'zh-Hant': 'RLHF：偏好、獎勵模型、KL 懲罰' }
    }
  },
  target: {
    kind: 'choice', options: ['CAFE', 'BEAD', 'FADED', 'DECADE'] as const, default: 'CAFE',
    label: { en: 'Word the task asks for', 'zh-Hant': '任務要求的單字' },
    help: { en: 'True reward: matched letters ÷ word length, minus 0.25 per letter too many or too few.', 'zh-Hant': '真實獎勵：對應位置正確的字母數 ÷ 單字長度，每多或少一個字母扣 0.25。' }
  },
  lengthBonus: {
    kind: 'number', min: 0, max: 1, step: 0.05, default: 0.5, apply: 'live',
    label: { en: 'Flawed reward: bonus per letter', 'zh-Hant': '有缺陷的獎勵：每個字母的加分' },
    help: { en: 'The flawed grader adds this much per letter, as if longer answers were better.', 'zh-Hant': '有缺陷的評分者每多一個字母就加這麼多分，彷彿答案越長越好。' }
  },
  rewardOffset: {
    kind: 'number', min: 0, max: 3, step: 0.25, default: 1, apply: 'live',
    label: { en: 'Reward offset (added to every answer)', 'zh-Hant': '獎勵偏移（每個答案都加上）' },
    help: { en: 'A constant every answer receives. It does not change which answer is best, only the noise of the estimate without a baseline.', 'zh-Hant': '每個答案都得到的常數。它不改變哪個答案最好，只改變沒有基線時梯度估計的雜訊。' }
  },
  beta: {
    kind: 'log', min: 0.001, max: 2, default: 0.1, apply: 'live',
    label: { en: 'KL penalty β', 'zh-Hant': 'KL 懲罰係數 β' },
    help: { en: 'The policy maximises reward-model score − β · log(π / π_ref).', 'zh-Hant': '策略最大化「獎勵模型分數 − β · log(π / π_ref)」。' }
  },
  pairs: {
    kind: 'int', min: 4, max: 512, default: 256,
    label: { en: 'Preference pairs (simulated labeller)', 'zh-Hant': '偏好配對數（模擬標註者）' }
  },
  taste: {
    kind: 'choice', options: ['vowels', 'short'] as const, default: 'vowels',
    label: { en: 'Labeller\'s hidden taste', 'zh-Hant': '標註者隱藏的偏好' },
    optionLabels: {
      vowels: { en: 'likes vowels (A, E)', 'zh-Hant': '喜歡母音（A、E）' },
      short: { en: 'likes short answers', 'zh-Hant': '喜歡簡短的答案' }
    }
  },
  batch: { kind: 'int', min: 8, max: 256, default: 64, label: { en: 'Answers sampled per step', 'zh-Hant': '每步取樣的答案數' } },
  lr: { kind: 'log', min: 0.01, max: 10, default: 1, apply: 'live', label: { en: 'Policy learning rate (SGD)', 'zh-Hant': '策略學習率（SGD）' } },
  seed: { kind: 'seed', default: 1, label: { en: 'Seed', 'zh-Hant': '隨機種子' } }
});
