import { definePresets } from '$lib/params/schema';
import { params } from './params';

export const presets = definePresets(params, {
  'curriculum-vs-shuffled': {
    label: { en: 'Curriculum vs shuffled', 'zh-Hant': '課程學習 vs 隨機順序' },
    predict: {
      question: { en: "Which run reaches the target held-out error in fewer steps?", 'zh-Hant': "哪一個訓練在較少步數內達到目標驗證誤差？" },
      choices: { curriculum: { en: "Easy-to-hard (curriculum)", 'zh-Hant': "由易到難（課程學習）" }, shuffled: { en: "Shuffled order", 'zh-Hant': "隨機順序" } },
      answer: "curriculum",
      why: { en: "Starting on the clean, easy examples points the model the right way before the noisy ones arrive, so on this task the curriculum copy crosses the target first (asserted over five seeds). It is a property of this task and pace, not a law: the anti-curriculum preset shows the opposite order hurting.", 'zh-Hant': "先用乾淨、容易的樣本，讓模型在雜訊多的樣本出現前就朝對的方向走，所以在這個任務上課程學習那一份先達到目標（測試在五個種子上確認）。這是這個任務與進度安排的性質，不是定律：反課程預設顯示先學難的反而吃虧。" },
      revealAt: 600
    },
    values: { order: 'easy-first', startShare: 0.3, paceSteps: 400, totalSteps: 600, lr: 0.25, batch: 32, noise: 3, target: 0.03 }
  },
  'anti-curriculum': {
    label: { en: 'Anti-curriculum (hard first)', 'zh-Hant': '反課程（先難後易）' },
    values: { order: 'hard-first', startShare: 0.3, paceSteps: 400, totalSteps: 600, lr: 0.25, batch: 32, noise: 3, target: 0.03 }
  }
});
