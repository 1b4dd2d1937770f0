import type { Lang } from '$lib/params/schema';
import type { CopySnapshot } from './trainer';

const pct = (v: number) => `${(100 * v).toFixed(0)} %`;
const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');

interface MoeText {
  title: string;
  intro: string;
  copyTitle: (withLoss: boolean, alpha: number) => string;
  mapCaption: (step: number, c: CopySnapshot) => string;
  idle: string;
  legend: string;
  loadTitle: string;
  loadCaption: (w: CopySnapshot, wo: CopySnapshot) => string;
  expert: (e: number) => string;
  without: string;
  with: string;
  historyTitle: string;
  historyCaption: (wMax: number, woMax: number) => string;
  stepWord: string;
  maxShareWord: string;
  shareWord: string;
  tableCaption: string;
  rows: { accuracy: string; maxShare: string; cv: string; dropped: string; balance: string };
  live: (step: number, w: CopySnapshot, wo: CopySnapshot) => string;
  evenLine: (n: number) => string;
}

const owners = (c: CopySnapshot, word: (e: number) => string, sep: string) =>
  c.regionOwner.map((o, q) => `Q${q + 1}→${word(o.expert)} ${pct(o.purity)}`).join(sep);

export const text: Record<Lang, MoeText> = {
  en: {
    title: 'Mixture of experts: a router, four experts, and the balancing loss',
    intro: 'Each point of the plane is a token. A linear router sends it to its top-k experts (small networks); the task uses a different rule in each quadrant. Both copies start from the same weights and see the same batches; only the right one adds the Switch Transformer balancing loss.',
    copyTitle: (w, a) => (w ? `With the balancing loss (α = ${a})` : 'Without the balancing loss'),
    mapCaption: (s, c) =>
      `Step ${s}. Colours: the expert the router picks first. Load share per expert ${c.share.map(pct).join(', ')}; busiest ${pct(c.maxShare)}. Quadrant owners: ${owners(c, (e) => `E${e + 1}`, ', ')}. Accuracy ${pct(c.accuracy)}, dropped ${pct(c.dropped)}.`,
    idle: 'Press Play: the router learns which expert should handle which part of the plane.',
    legend: 'Region colour = the router\'s first choice; point colour = the expert the point is sent to (filled = class 1, hollow = class 0). Dashed lines: the quadrants, each with its own rule.',
    loadTitle: 'Expert load now',
    loadCaption: (w, wo) => `Share of the points each expert serves. Without the loss: ${wo.share.map(pct).join(', ')}. With it: ${w.share.map(pct).join(', ')}. An even split is ${pct(1 / w.share.length)} each.`,
    expert: (e) => `E${e + 1}`,
    without: 'without balancing loss',
    with: 'with balancing loss',
    historyTitle: 'Busiest expert\'s share over training',
    historyCaption: (w, wo) => `Now: ${pct(wo)} without the loss, ${pct(w)} with it.`,
    stepWord: 'step',
    maxShareWord: 'busiest expert\'s share',
    shareWord: 'load share',
    tableCaption: 'Both copies at this step',
    rows: { accuracy: 'accuracy', maxShare: 'busiest expert\'s share', cv: 'load CV (std / mean)', dropped: 'dropped assignments', balance: 'balance term N Σ fᵢPᵢ (1 = even)' },
    live: (s, w, wo) => `Step ${s}: busiest expert ${pct(wo.maxShare)} without, ${pct(w.maxShare)} with the balancing loss.`,
    evenLine: (n) => `even (1/${n})`
  },
  'zh-Hant': {
    title: '混合專家模型：路由器、四個專家與負載平衡損失',
    intro: '平面上的每個點都是一個詞元。線性路由器把它送往得分最高的 k 個專家（小型網路）；這個任務在每個象限用不同的規則。兩份副本從相同的權重出發、看到相同的批次，只有右側副本加上 Switch Transformer 的負載平衡損失。',
    copyTitle: (w, a) => (w ? `有負載平衡損失（α = ${a}）` : '沒有負載平衡損失'),
    mapCaption: (s, c) =>
      `第 ${s} 步。顏色：路由器的第一選擇。各專家負載占比 ${c.share.map(pct).join('、')}；最忙的專家 ${pct(c.maxShare)}。各象限的主要專家：${owners(c, (e) => `E${e + 1}`, '、')}。準確率 ${pct(c.accuracy)}，丟棄 ${pct(c.dropped)}。`,
    idle: '按下「播放」：路由器會學到平面上哪個區域該交給哪個專家。',
    legend: '區域顏色＝路由器的第一選擇；點的顏色＝該點被送往的專家（實心為類別 1，空心為類別 0）。虛線：四個象限，各有自己的規則。',
    loadTitle: '目前的專家負載',
    loadCaption: (w, wo) => `每個專家處理的點所占比例。沒有平衡損失：${wo.share.map(pct).join('、')}。有平衡損失：${w.share.map(pct).join('、')}。平均分配時每個專家 ${pct(1 / w.share.length)}。`,
    expert: (e) => `E${e + 1}`,
    without: '沒有平衡損失',
    with: '有平衡損失',
    historyTitle: '訓練過程中最忙專家的占比',
    historyCaption: (w, wo) => `目前：沒有平衡損失 ${pct(wo)}，有平衡損失 ${pct(w)}。`,
    stepWord: '步數',
    maxShareWord: '最忙專家的占比',
    shareWord: '負載占比',
    tableCaption: '此步兩份副本的比較',
    rows: { accuracy: '準確率', maxShare: '最忙專家的占比', cv: '負載變異係數（標準差／平均）', dropped: '被丟棄的指派', balance: '平衡項 N Σ fᵢPᵢ（1 為平均）' },
    live: (s, w, wo) => `第 ${s} 步：最忙的專家在沒有平衡損失時占 ${pct(wo.maxShare)}，有平衡損失時占 ${pct(w.maxShare)}。`,
    evenLine: (n) => `平均（1/${n}）`
  }
};

export { f2 };
