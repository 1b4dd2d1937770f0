import { definePresets } from '$lib/params/schema';
import { params } from './params';

/** Fine-tuning steps each claim is read at (after the pre-training steps). */
export const CLAIM_STEPS = { transfer: 30, strategies: 40, forgetting: 40 } as const;

export const presets = definePresets(params, {
  transfer: {
    label: { en: 'Pre-trained vs from scratch, 16 examples', 'zh-Hant': '預訓練 vs 從零開始，16 個樣本' },
    values: { experiment: 'transfer', examples: 16, pretrainSteps: 80, lr: 0.01 },
    predict: {
      question: {
        en: 'One copy starts from a model pre-trained for 80 steps on next-word prediction; the other starts from the same random weights. Both fine-tune on the same 16 labelled sentences ("the small cats sleep" → mat). After 30 fine-tuning steps, which has the lower loss on the 28 held-out sentences?',
        'zh-Hant': '一份副本從預訓練 80 步（預測下一個詞）的模型出發；另一份從同樣的隨機權重出發。兩份都用同樣 16 句標註句子微調（「the small cats sleep」→ mat）。微調 30 步後，哪一份在 28 句保留句子上的損失較低？'
      },
      choices: {
        pretrained: { en: 'The pre-trained copy', 'zh-Hant': '預訓練的副本' },
        scratch: { en: 'The copy trained from scratch', 'zh-Hant': '從零開始的副本' },
        same: { en: 'About the same', 'zh-Hant': '差不多' }
      },
      answer: 'pretrained',
      why: {
        en: 'The pre-trained copy ends well below the scratch copy on held-out loss (and above it in accuracy). Next-word prediction already taught it that "cat", "cats", "sleeps" and "sleep" all lead to "on the mat"; from 16 examples the scratch copy can only memorise the words it saw, and its held-out loss climbs again as it overfits.',
        'zh-Hant': '預訓練的副本在保留資料上的損失遠低於從零開始的副本（準確率也較高）。預測下一個詞時，它已經學到「cat」、「cats」、「sleeps」、「sleep」後面都接「on the mat」；只有 16 個樣本時，從零開始的副本只能記住看過的詞，而且一過擬合，保留資料上的損失又會回升。'
      },
      revealAt: 110
    }
  },
  'many-examples': {
    label: { en: 'Pre-trained vs from scratch, 96 examples', 'zh-Hant': '預訓練 vs 從零開始，96 個樣本' },
    values: { experiment: 'transfer', examples: 96, pretrainSteps: 80, lr: 0.01 }
  },
  strategies: {
    label: { en: 'Full, layer-wise, gradual, frozen, LoRA', 'zh-Hant': '全部微調、分層學習率、逐步解凍、凍結、LoRA' },
    values: { experiment: 'strategies', examples: 24, pretrainSteps: 80, lr: 0.01, loraRank: 2 },
    predict: {
      question: {
        en: 'Five copies of the same pre-trained model learn the "where does it live?" task for 40 steps. Which keeps its ORIGINAL skill (next-word loss on the source sentences) closer to where it was: full fine-tuning, or the copy with its embedding and lower layer frozen?',
        'zh-Hant': '同一個預訓練模型的五份副本，各用 40 步學「牠住在哪裡？」任務。哪一份比較能保住原本的能力（在來源句子上預測下一個詞的損失）：全部微調，還是凍結嵌入與下層的那一份？'
      },
      choices: {
        frozen: { en: 'Frozen lower layers', 'zh-Hant': '凍結下層' },
        full: { en: 'Full fine-tuning', 'zh-Hant': '全部微調' },
        same: { en: 'Both drift the same', 'zh-Hant': '兩者偏移一樣多' }
      },
      answer: 'frozen',
      why: {
        en: 'On the source-loss chart the full fine-tuning line climbs far above its starting value, while the frozen copy stays close to it: only its top layer and the new classifier move, so the features the next-word head reads barely change. Layer-wise rates and LoRA drift even less, at some cost in target loss.',
        'zh-Hant': '在來源損失圖上，全部微調的曲線遠遠爬高到起點之上，凍結的副本則留在起點附近：它只有最上層與新的分類器在動，下一個詞的輸出層讀到的特徵幾乎沒變。分層學習率與 LoRA 偏移得更少，代價是目標任務的損失稍高。'
      },
      revealAt: 120
    }
  },
  'lora-rank': {
    label: { en: 'LoRA with a larger rank (r = 8)', 'zh-Hant': '秩較大的 LoRA（r = 8）' },
    values: { experiment: 'strategies', examples: 24, pretrainSteps: 80, lr: 0.01, loraRank: 8 }
  },
  forgetting: {
    label: { en: 'Task A, then task B: replay and EWC', 'zh-Hant': '先學任務 A 再學任務 B：重播與 EWC' },
    values: { experiment: 'forgetting', pretrainSteps: 80, lr: 0.01, replay: 0.3, ewc: 3000 },
    predict: {
      question: {
        en: 'The model learns English next-word prediction (task A, 80 steps), then Chinese (task B, 40 steps). What happens to its English accuracy in the plain copy, and in the copies with replay or EWC?',
        'zh-Hant': '模型先學英文的下一個詞預測（任務 A，80 步），再學中文（任務 B，40 步）。單純接著訓練的副本，以及有重播或 EWC 的副本，英文準確率各會怎樣？'
      },
      choices: {
        'all-keep': { en: 'All three keep it', 'zh-Hant': '三份都保得住' },
        'plain-drops': { en: 'The plain copy loses most of it; replay and EWC keep much more', 'zh-Hant': '單純訓練的副本幾乎全忘；重播與 EWC 保住的多得多' },
        'all-drop': { en: 'All three lose it equally', 'zh-Hant': '三份忘得一樣多' }
      },
      answer: 'plain-drops',
      why: {
        en: 'On the task-A accuracy chart the plain copy falls from about 78 % to a few per cent within 40 steps of task B: nothing in its loss asks it to keep English. Replay mixes English windows back into each batch, EWC pulls the weights English relied on back toward their old values; both stay far above it, paying with a slower rise on task B.',
        'zh-Hant': '在任務 A 準確率圖上，單純訓練的副本在任務 B 的 40 步內從約 78% 跌到只剩幾個百分點：它的損失函數裡沒有任何東西要它保留英文。重播把英文樣本混回每個批次，EWC 把英文依賴的權重拉回原值；兩者都遠高於它，代價是任務 B 進步得慢一些。'
      },
      revealAt: 120
    }
  }
});
