import type { Lang } from '$lib/params/schema';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '—');

/** Label of a circular offset o on a ring of T: self, +1, −1, ... */
export const offsetLabel = (o: number, T: number, self: string) => (o === 0 ? self : o <= T / 2 ? `+${o}` : `−${T - o}`);

interface HeadsText {
  title: string;
  intro: string;
  exampleLine: (x: string, y: string) => string;
  copyTitle: (heads: number, d: number) => string;
  copySummary: (acc: number, spec: number, heads: number) => string;
  headMapTitle: (h: number, heads: number) => string;
  headMapCaption: (h: number, top: string, share: number) => string;
  profileTitle: (heads: number) => string;
  profileCaption: (step: number, tops: string[], spec: number) => string;
  head: (h: number) => string;
  self: string;
  offsetWord: string;
  weightWord: string;
  accTitle: string;
  accCaption: (step: number, one: number, multi: number, heads: number) => string;
  stepWord: string;
  accWord: string;
  oneName: string;
  multiName: (h: number) => string;
  idle: string;
  live: (step: number, one: number, multi: number, spec: number) => string;
}

export const text: Record<Lang, HeadsText> = {
  en: {
    title: 'Why several heads: two relations at once',
    intro:
      'Symbols sit on a ring. At every position the model must name BOTH neighbours: the symbol on its left and the one on its right (one of k × k answers). Two copies of a one-layer, attention-only transformer of the same width train on the same batches: one with a single head, one with several narrower heads.',
    exampleLine: (x, y) => `Held-out example: ${x} → ${y}`,
    copyTitle: (h, d) => (h === 1 ? `One head (d_model ${d}, head width ${d})` : `${h} heads (d_model ${d}, head width ${d / h})`),
    copySummary: (a, s, h) => `Accuracy ${pct(a)}${h > 1 ? `; heads differ by ${s.toFixed(2)} (total variation of their offset profiles)` : ''}.`,
    headMapTitle: (h, n) => (n === 1 ? 'The single head' : `Head ${h + 1}`),
    headMapCaption: (h, top, share) => `Head ${h + 1}: rows are the positions reading, columns the positions read. Over the held-out set it puts ${pct(share)} of its weight on offset ${top}.`,
    profileTitle: (h) => (h === 1 ? 'Attention by offset: one head' : `Attention by offset: ${h} heads`),
    profileCaption: (s, tops, spec) => `Step ${s}. Share of each head's attention at each offset on the ring, averaged over 64 held-out rings. Strongest offset per head: ${tops.join(', ')}. Specialisation (mean total variation between heads): ${spec.toFixed(2)}.`,
    head: (h) => `head ${h + 1}`,
    self: 'self',
    offsetWord: 'offset',
    weightWord: 'attention',
    accTitle: 'Held-out accuracy',
    accCaption: (s, o, m, h) => `Step ${s}. One head ${pct(o)}, ${h} heads ${pct(m)}.`,
    stepWord: 'step',
    accWord: 'accuracy',
    oneName: 'one head',
    multiName: (h) => `${h} heads`,
    idle: 'Press Play to train both copies. Before training every head spreads its attention over the whole ring.',
    live: (s, o, m, sp) => `Step ${s}: accuracy one head ${pct(o)}, several heads ${pct(m)}; head specialisation ${sp.toFixed(2)}.`
  },
  'zh-Hant': {
    title: '為什麼要多個頭：同時需要兩種關係',
    intro:
      '符號排成一個環。在每個位置，模型都必須同時說出兩個鄰居：左邊的符號和右邊的符號（共 k × k 種答案）。兩份寬度相同、只有一層注意力的 Transformer 在相同批次上訓練：一份只有一個頭，另一份有幾個較窄的頭。',
    exampleLine: (x, y) => `保留範例：${x} → ${y}`,
    copyTitle: (h, d) => (h === 1 ? `一個頭（d_model ${d}，頭寬 ${d}）` : `${h} 個頭（d_model ${d}，頭寬 ${d / h}）`),
    copySummary: (a, s, h) => `準確率 ${pct(a)}${h > 1 ? `；各頭差異 ${s.toFixed(2)}（位移分布的總變異距離）` : ''}。`,
    headMapTitle: (h, n) => (n === 1 ? '唯一的頭' : `第 ${h + 1} 個頭`),
    headMapCaption: (h, top, share) => `第 ${h + 1} 個頭：列是正在讀取的位置，行是被讀取的位置。在保留資料上，它把 ${pct(share)} 的權重放在位移 ${top}。`,
    profileTitle: (h) => (h === 1 ? '依位移的注意力：一個頭' : `依位移的注意力：${h} 個頭`),
    profileCaption: (s, tops, spec) => `第 ${s} 步。每個頭在環上各位移的注意力比例，取 64 個保留環的平均。各頭最強的位移：${tops.join('、')}。專門化程度（各頭之間的平均總變異距離）：${spec.toFixed(2)}。`,
    head: (h) => `第 ${h + 1} 個頭`,
    self: '自己',
    offsetWord: '位移',
    weightWord: '注意力',
    accTitle: '保留資料準確率',
    accCaption: (s, o, m, h) => `第 ${s} 步。一個頭 ${pct(o)}，${h} 個頭 ${pct(m)}。`,
    stepWord: '步數',
    accWord: '準確率',
    oneName: '一個頭',
    multiName: (h) => `${h} 個頭`,
    idle: '按下播放，訓練兩份副本。訓練前，每個頭的注意力都分散在整個環上。',
    live: (s, o, m, sp) => `第 ${s} 步：準確率一個頭 ${pct(o)}，多個頭 ${pct(m)}；頭的專門化程度 ${sp.toFixed(2)}。`
  }
};
