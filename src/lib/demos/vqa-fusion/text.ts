import type { Lang } from '$lib/params/schema';
import type { CopyKey, Experiment } from './copies';
import type { CopySnap, VqaSnapshot } from './trainer';

export const pct = (v: number): string => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');

interface VqaText {
  title: string;
  intro: Record<Experiment, string>;
  copy: Record<CopyKey, string>;
  idle: string;
  accTitle: string;
  accCaption: (s: VqaSnapshot) => string;
  stepWord: string;
  accWord: string;
  tableCaption: string;
  overall: string;
  kinds: Record<string, string>;
  imageOnly: string;
  textOnly: string;
  withBoth: string;
  examplesTitle: string;
  examplesCaption: (s: VqaSnapshot) => string;
  truth: string;
  sceneLabel: (q: string, answer: string) => string;
  attnNote: string;
  massLine: (c: CopySnap, area: number) => string;
  live: (s: VqaSnapshot) => string;
}

const line = (s: VqaSnapshot, copy: Record<CopyKey, string>) => s.copies.map((c) => `${copy[c.key]} ${pct(c.accuracy)}`).join(', ');

export const text: Record<Lang, VqaText> = {
  en: {
    title: 'Toy visual question answering: how the image and the question are fused',
    intro: {
      fusion: 'Each model gets the patch features of a generated scene and the bag of words of a question about it, and fuses them a different way. The text-only and image-only models see one input each. All train on the same batches; accuracy is measured on 240 fresh scenes.',
      spatial: 'Two objects of different colours; the question asks which colour is on the left, right, top or bottom. The pooled model averages the patch features (what is there, not where). The cross-attention model lets the question weigh every patch, and each patch carries its (x, y) position; the third copy is the same model with the positions zeroed.',
      imbalance: 'The text is the scene\'s caption ("a red circle"), which names the label by itself: modality imbalance. Two concatenation models train on the same pairs; the second drops one modality (caption or image, 50/50) from a share of its training examples. Both are scored with both inputs, with the caption blanked, and with the image blanked.',
      attention: 'One cross-attention model answers "what colour is on the left?". The maps show where the question\'s attention falls over the 4 × 4 image patches (bright = more weight); the magenta boxes mark the patches of the object the question points to.'
    },
    copy: {
      text: 'Text only', image: 'Image only', concat: 'Concatenation', product: 'Product', cross: 'Cross-attention',
      crossNoPos: 'Cross-attention, no positions', plain: 'No dropout', dropout: 'Modality dropout'
    },
    idle: 'Press Play: the models start training on the generated scenes.',
    accTitle: 'Accuracy on fresh scenes',
    accCaption: (s) => `Step ${s.step}. Held-out accuracy: ${line(s, text.en.copy)}.`,
    stepWord: 'step',
    accWord: 'accuracy',
    tableCaption: 'Accuracy by question kind (240 fresh scenes)',
    overall: 'All',
    kinds: { colour: 'Colour', shape: 'Shape', count: 'Count', spatial: 'Spatial', caption: 'Scene' },
    imageOnly: 'Image only (caption blanked)',
    textOnly: 'Caption only (image blanked)',
    withBoth: 'Caption and image',
    examplesTitle: 'Questions about fresh scenes',
    examplesCaption: (s) => `Step ${s.step}. Six held-out scenes with their question, the right answer and each model's answer.`,
    truth: 'answer',
    sceneLabel: (q, a) => `Scene for the question "${q}", answer ${a}`,
    attnNote: 'Overlay: the cross-attention head that weighs the named object most (bright = more weight).',
    massLine: (c, area) => `Attention on the object the question points to: ${pct(c.namedMass)} (it covers ${pct(area)} of the patches).`,
    live: (s) => `Step ${s.step}: ${line(s, text.en.copy)}`
  },
  'zh-Hant': {
    title: '玩具版視覺問答：影像與問題如何融合',
    intro: {
      fusion: '每個模型都拿到生成場景的區塊特徵，以及一個關於它的問題的詞袋，再用不同方式融合。只看文字與只看影像的模型各自只看一種輸入。所有模型用同樣的批次訓練，準確率在 240 個新場景上計算。',
      spatial: '兩個顏色不同的物體；問題問左邊、右邊、上面或下面是什麼顏色。池化模型把區塊特徵取平均（知道有什麼，不知道在哪裡）。交叉注意力模型讓問題為每個區塊打分數，每個區塊帶著自己的 (x, y) 位置；第三份是同一個模型，但把位置歸零。',
      imbalance: '文字是場景的說明文字（「一個紅色圓形」），本身就說出了標籤：這就是模態不平衡。兩個串接模型用同樣的資料配對訓練；第二個在一部分訓練樣本中丟掉一種模態（說明文字或影像，各半）。兩者分別在兩種輸入都有、拿掉說明文字、拿掉影像時評分。',
      attention: '一個交叉注意力模型回答「左邊是什麼顏色？」。注意力圖顯示問題的注意力落在 4 × 4 影像區塊的哪裡（越亮權重越大）；洋紅色框標出問題所指物體的區塊。'
    },
    copy: {
      text: '只看文字', image: '只看影像', concat: '串接', product: '乘積', cross: '交叉注意力',
      crossNoPos: '交叉注意力（無位置）', plain: '不丟棄', dropout: '模態丟棄'
    },
    idle: '按下播放：模型開始在生成的場景上訓練。',
    accTitle: '新場景上的準確率',
    accCaption: (s) => `第 ${s.step} 步。保留資料準確率：${line(s, text['zh-Hant'].copy)}。`,
    stepWord: '步數',
    accWord: '準確率',
    tableCaption: '各類問題的準確率（240 個新場景）',
    overall: '全部',
    kinds: { colour: '顏色', shape: '形狀', count: '數量', spatial: '空間', caption: '場景' },
    imageOnly: '只看影像（拿掉說明文字）',
    textOnly: '只看說明文字（拿掉影像）',
    withBoth: '說明文字與影像',
    examplesTitle: '關於新場景的問題',
    examplesCaption: (s) => `第 ${s.step} 步。六個保留場景，附上問題、正確答案與每個模型的回答。`,
    truth: '答案',
    sceneLabel: (q, a) => `問題「${q}」的場景，答案是${a}`,
    attnNote: '疊圖：對所指物體權重最大的交叉注意力頭（越亮權重越大）。',
    massLine: (c, area) => `落在問題所指物體上的注意力：${pct(c.namedMass)}（該物體占 ${pct(area)} 的區塊）。`,
    live: (s) => `第 ${s.step} 步：${line(s, text['zh-Hant'].copy)}`
  }
};
