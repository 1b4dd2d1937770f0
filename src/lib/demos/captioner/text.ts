import type { Lang } from '$lib/params/schema';
import type { WordKind } from './words';
import type { CaptionerSnapshot } from './trainer';

export const pct = (v: number): string => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');
const p2 = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '—');

interface CaptionerText {
  title: string;
  intro: string;
  idle: string;
  massTitle: string;
  massCaption: (s: CaptionerSnapshot) => string;
  massSeries: string;
  areaSeries: string;
  stepWord: string;
  massWord: string;
  wordsTitle: string;
  wordsCaption: (s: CaptionerSnapshot, example: number) => string;
  truth: string;
  generated: string;
  wordLabel: (word: string, p: number) => string;
  end: string;
  balanceTitle: string;
  kind: Record<WordKind, string>;
  withImage: string;
  blank: string;
  balanceNote: string;
  live: (s: CaptionerSnapshot) => string;
}

export const text: Record<Lang, CaptionerText> = {
  en: {
    title: 'A captioner that shows where each word looks',
    intro:
      'A small captioner learns to describe generated scenes. The image is a 4 × 4 grid of patches; at each word the decoder reads the words it has written so far (the last two and its position), spreads its attention over the patches, and picks the next word from what the attention collects. Shown: the captions it writes for fresh scenes, and for each word where its attention went.',
    idle: 'Press Play: the captioner starts training. Untrained, its attention is spread evenly.',
    massTitle: 'Attention on the object a shape word names',
    massCaption: (s) =>
      `Step ${s.step}. When it writes a shape word, ${pct(s.shapeMass)} of its attention falls on that object (reading the true captions: ${pct(s.forcedShapeMass)}); the object covers ${pct(s.areaShare)} of the cells, what evenly spread attention would give it. Captions exactly right: ${pct(s.exact)}.`,
    massSeries: 'attention on the named object',
    areaSeries: 'share of the cells it covers',
    stepWord: 'step',
    massWord: 'share',
    wordsTitle: 'Word by word: where the attention goes',
    wordsCaption: (s, i) => `Step ${s.step}. Held-out scene ${i}: each picture is the attention when that word was chosen (bright = more weight); a magenta box marks the cells of the object a shape word names.`,
    truth: 'True caption',
    generated: 'Written by the model',
    wordLabel: (w, p) => `Attention when writing "${w}" (probability ${p2(p)})`,
    end: '(end)',
    balanceTitle: 'Which words need the image',
    kind: { colour: 'Colour words', shape: 'Shape words', relation: 'Relation words', function: 'Function words ("a", "of", 有, 一個)' },
    withImage: 'With the image',
    blank: 'Image blanked',
    balanceNote: 'Mean probability the model gives each word of the true captions of 96 fresh scenes, with the image and with an empty background instead: the content words fall to about chance, the function words come from the language alone.',
    live: (s) => `Step ${s.step}: ${pct(s.shapeMass)} of a shape word's attention on its object`
  },
  'zh-Hant': {
    title: '看得到每個詞看向哪裡的說明文字產生器',
    intro:
      '一個小型說明文字產生器學習描述生成的場景。影像是 4 × 4 的區塊網格；每寫一個詞，解碼器讀取目前已寫的詞（最後兩個詞和它的位置），把注意力分配到各區塊，再根據注意力收集到的內容選出下一個詞。下方顯示它為新場景寫的說明文字，以及每個詞的注意力落在哪裡。',
    idle: '按下播放：說明文字產生器開始訓練。未訓練時，注意力平均分散。',
    massTitle: '形狀詞落在所指物體上的注意力',
    massCaption: (s) =>
      `第 ${s.step} 步。寫出形狀詞時，${pct(s.shapeMass)} 的注意力落在該物體上（讀取正確說明文字時：${pct(s.forcedShapeMass)}）；該物體佔 ${pct(s.areaShare)} 的區塊，也就是注意力平均分散時它會分到的比例。完全正確的說明文字：${pct(s.exact)}。`,
    massSeries: '落在所指物體上的注意力',
    areaSeries: '物體所佔區塊比例',
    stepWord: '步數',
    massWord: '比例',
    wordsTitle: '逐字檢視：注意力落在哪裡',
    wordsCaption: (s, i) => `第 ${s.step} 步。保留場景 ${i}：每張圖是選出該詞時的注意力（越亮權重越大）；洋紅色框標出形狀詞所指物體的區塊。`,
    truth: '正確說明文字',
    generated: '模型寫出的',
    wordLabel: (w, p) => `寫出「${w}」時的注意力（機率 ${p2(p)}）`,
    end: '（結束）',
    balanceTitle: '哪些詞需要影像',
    kind: { colour: '顏色詞', shape: '形狀詞', relation: '方位詞', function: '功能詞（a、of、有、一個）' },
    withImage: '有影像',
    blank: '影像換成空白',
    balanceNote: '模型給 96 個新場景正確說明文字中每個詞的平均機率：有影像時，以及換成空白背景時。內容詞掉到接近亂猜，功能詞則光靠語言就能預測。',
    live: (s) => `第 ${s.step} 步：形狀詞有 ${pct(s.shapeMass)} 的注意力落在所指物體上`
  }
};
