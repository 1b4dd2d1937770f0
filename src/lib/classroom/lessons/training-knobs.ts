import { defineLesson } from '../types';

export default defineLesson({
  slug: 'training-knobs',
  order: 4,
  minutes: 20,
  title: { en: 'Training knobs: rates, schedules, clipping', 'zh-Hant': '訓練的旋鈕：學習率、排程與裁剪' },
  summary: {
    en: 'The same model trained six ways: a constant rate that is too high, schedules that decay, warmup; a cliff in the loss and what clipping does to the step; and the order of the data.',
    'zh-Hant': '同一個模型用六種方式訓練：過高的固定學習率、會衰減的排程、暖身；損失曲面上的懸崖與裁剪如何限制步伐；還有資料的順序。'
  },
  steps: [
    {
      page: 'gen-10',
      preset: 'compare',
      hide: ['seed'],
      note: {
        en: 'One plot shows the six schedules’ learning rates, the other the same model trained under each. Check a point or two against the formulas in the answer.',
        'zh-Hant': '一張圖畫出六種排程的學習率，另一張是同一個模型在各排程下的訓練結果。拿解答中的公式對照一兩個點。'
      }
    },
    {
      page: 'gen-10',
      preset: 'too-high-constant',
      hide: ['seed'],
      note: {
        en: 'Too high a constant rate: the loss falls at first, then bounces at a high level and never settles. Ask: what would make the late steps smaller?',
        'zh-Hant': '固定學習率過高：損失一開始下降，接著在高處彈跳，始終穩定不下來。問全班：怎樣讓後期的步伐變小？'
      }
    },
    {
      page: 'gen-10',
      preset: 'warmup-cosine',
      hide: ['seed'],
      note: {
        en: 'Warmup then cosine decay, from the same high peak: the early steps are calm and the decaying rate ends clearly lower than the too-high constant one.',
        'zh-Hant': '先暖身再餘弦衰減，峰值一樣高：前期的步伐很平穩，衰減後的學習率最後得到的損失明顯比過高的固定學習率低。'
      }
    },
    {
      page: 'gen-07',
      preset: 'cliff',
      hide: ['seed'],
      note: {
        en: 'Three runs toward a cliff. Without clipping one step throws the parameters far away; with clipping by global norm the step is never longer than learning rate × threshold. The gradient-norm plot still shows the spike.',
        'zh-Hant': '三種做法同時走向懸崖。不裁剪時，一步就把參數甩得老遠；依全域範數裁剪時，步長永遠不超過「學習率 × 門檻」。梯度範數圖上仍看得到那個尖峰。'
      }
    },
    {
      page: 'gen-07',
      preset: 'by-value',
      hide: ['seed'],
      note: {
        en: 'Clipping by value clips each coordinate on its own, so the clipped step no longer points along the gradient: watch the trajectory bend.',
        'zh-Hant': '按值裁剪會各自裁剪每個座標，所以裁剪後的步伐不再沿著梯度方向：看軌跡如何轉彎。'
      }
    },
    {
      page: 'gen-09',
      preset: 'curriculum-vs-shuffled',
      hide: ['seed'],
      note: {
        en: 'The last knob is the order of the data. Easy to hard against shuffled, same model, same seed: compare the steps each needs to reach the target loss on the full task.',
        'zh-Hant': '最後一個旋鈕是資料的順序。由易到難與隨機順序，同一個模型、同一個隨機種子：比較兩者在完整任務上達到目標損失各需要幾步。'
      }
    }
  ]
});
