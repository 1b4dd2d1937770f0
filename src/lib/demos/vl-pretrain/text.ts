import type { Lang } from '$lib/params/schema';
import type { VlSnapshot } from './trainer';

export const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');

interface VlText {
  title: Record<VlSnapshot['mode'], string>;
  intro: Record<VlSnapshot['mode'], string>;
  phase: (s: VlSnapshot) => string;
  pretrained: Record<VlSnapshot['mode'], string>;
  scratch: string;
  curveTitle: Record<VlSnapshot['mode'], string>;
  curveCaption: (s: VlSnapshot) => string;
  stepWord: string;
  accuracyWord: string;
  chance: string;
  galleryLabel: string;
  galleryCaption: (s: VlSnapshot, names: string[]) => string;
  heldOut: (names: string[]) => string;
  live: (s: VlSnapshot) => string;
}

const acc = (s: VlSnapshot, k: 0 | 1) => (s.accuracy ? pct(s.accuracy[k]) : '—');

export const text: Record<Lang, VlText> = {
  en: {
    title: { finetune: 'Pre-train on pairs, then learn a small labelled task', sparse: 'Few pairs: pretrained encoders vs from scratch' },
    intro: {
      finetune:
        'Phase 1: a toy CLIP learns from 800 pictures with captions, no labels. Phase 2: two copies of the same picture encoder learn 12 colour-shape classes from a few labelled pictures, one starting from CLIP, one from random weights. Same data, same steps.',
      sparse:
        'Two toy CLIPs are aligned on a few pairs in which three colour-shape combinations never appear. Phase 1 only for the left copy: its picture encoder and caption encoder each learn colour and shape alone, from plenty of unpaired pictures and captions. Phase 2: both copies align on the same pairs; the left one trains only its two final projections.'
    },
    phase: (s) =>
      s.phase === 'pretrain'
        ? `Phase 1, pre-training: step ${s.step} of ${s.pretrainSteps}. The comparison starts after it.`
        : `Phase 2: ${s.step - s.pretrainSteps} steps ${s.mode === 'finetune' ? 'of fine-tuning' : 'of alignment'} on ${s.dataSize} ${s.mode === 'finetune' ? 'labelled pictures' : 'pairs'}.`,
    pretrained: { finetune: 'Starts from CLIP', sparse: 'Pretrained encoders' },
    scratch: 'From scratch',
    curveTitle: { finetune: 'Accuracy on 240 new pictures (12 classes)', sparse: 'Zero-shot accuracy on the unseen combinations' },
    curveCaption: (s) =>
      s.accuracy
        ? s.mode === 'finetune'
          ? `After ${s.step - s.pretrainSteps} fine-tuning steps on ${s.dataSize} labelled pictures: starting from CLIP ${acc(s, 0)}, from scratch ${acc(s, 1)} (chance 8 %).`
          : `After ${s.step - s.pretrainSteps} alignment steps on ${s.dataSize} pairs, naming new pictures of the three combinations never paired: pretrained ${acc(s, 0)}, from scratch ${acc(s, 1)}; on combinations seen in pairs ${pct(s.seenAccuracy?.[0] ?? NaN)} and ${pct(s.seenAccuracy?.[1] ?? NaN)} (chance 8 %).`
        : 'The comparison starts when pre-training ends.',
    stepWord: 'steps after pre-training',
    accuracyWord: 'accuracy',
    chance: 'chance',
    galleryLabel: 'Eight new test pictures',
    galleryCaption: (s, names) =>
      s.galleryPred
        ? s.galleryTruth.map((t, i) => `${names[t]}: ${names[s.galleryPred![0][i]]} / ${names[s.galleryPred![1][i]]}`).join('; ')
        : '',
    heldOut: (names) => `Never in the pairs: ${names.join(', ')}.`,
    live: (s) => `${s.phase === 'pretrain' ? 'Pre-training' : 'Comparison'}, step ${s.step}: pretrained ${acc(s, 0)}, from scratch ${acc(s, 1)}.`
  },
  'zh-Hant': {
    title: { finetune: '先在配對上預訓練，再學小型標註任務', sparse: '配對很少：預訓練編碼器對上從頭訓練' },
    intro: {
      finetune:
        '第一階段：迷你 CLIP 從 800 張附描述文字的圖片學習，沒有任何標籤。第二階段：同一個影像編碼器的兩份副本，從少量標註圖片學 12 種顏色形狀類別，一份從 CLIP 出發，一份從隨機權重出發。資料相同、步數相同。',
      sparse:
        '兩個迷你 CLIP 用少量配對對齊，其中有三種顏色形狀組合從未出現。第一階段只有左邊的副本：它的影像編碼器和文字編碼器各自從大量沒有配對的圖片和描述文字中單獨學習顏色和形狀。第二階段：兩份副本在同樣的配對上對齊；左邊那份只訓練兩個最後的投影層。'
    },
    phase: (s) =>
      s.phase === 'pretrain'
        ? `第一階段，預訓練：第 ${s.step} / ${s.pretrainSteps} 步。比較在它結束後開始。`
        : `第二階段：在 ${s.dataSize} ${s.mode === 'finetune' ? '張標註圖片上微調' : '組配對上對齊'} ${s.step - s.pretrainSteps} 步。`,
    pretrained: { finetune: '從 CLIP 出發', sparse: '預訓練編碼器' },
    scratch: '從頭訓練',
    curveTitle: { finetune: '240 張新圖片上的準確率（12 類）', sparse: '沒見過的組合上的零樣本準確率' },
    curveCaption: (s) =>
      s.accuracy
        ? s.mode === 'finetune'
          ? `在 ${s.dataSize} 張標註圖片上微調 ${s.step - s.pretrainSteps} 步後：從 CLIP 出發 ${acc(s, 0)}，從頭訓練 ${acc(s, 1)}（亂猜 8 %）。`
          : `在 ${s.dataSize} 組配對上對齊 ${s.step - s.pretrainSteps} 步後，說出三種從未配對過的組合的新圖片：預訓練 ${acc(s, 0)}，從頭訓練 ${acc(s, 1)}；在配對中見過的組合上分別是 ${pct(s.seenAccuracy?.[0] ?? NaN)} 和 ${pct(s.seenAccuracy?.[1] ?? NaN)}（亂猜 8 %）。`
        : '預訓練結束後才開始比較。',
    stepWord: '預訓練之後的步數',
    accuracyWord: '準確率',
    chance: '亂猜',
    galleryLabel: '八張新的測試圖片',
    galleryCaption: (s, names) =>
      s.galleryPred
        ? s.galleryTruth.map((t, i) => `${names[t]}：${names[s.galleryPred![0][i]]}／${names[s.galleryPred![1][i]]}`).join('；')
        : '',
    heldOut: (names) => `從未出現在配對中：${names.join('、')}。`,
    live: (s) => `${s.phase === 'pretrain' ? '預訓練' : '比較'}，第 ${s.step} 步：預訓練 ${acc(s, 0)}，從頭訓練 ${acc(s, 1)}。`
  }
};
