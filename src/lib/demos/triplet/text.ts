import type { Lang } from '$lib/params/schema';

const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)}%` : '–');

export interface TripletFigures {
  anchor: number;
  cls: number;
  dAP: number;
  dAN: number;
  margin: number;
  loss: number;
  radius: number;
  squared: boolean;
}

export interface DemoText {
  title: string;
  classWord: (k: number) => string;
  embTitle: string;
  embTitleMargin: (m: number, second: boolean) => string;
  embCaption: (step: number, margin: number, ratio: number, between: number, within: number, active: number) => string;
  tripletCaption: (t: TripletFigures) => string;
  pickLabel: string;
  anchorValue: (t: TripletFigures) => string;
  pickHint: string;
  anchorWord: string;
  positiveWord: string;
  negativeWord: string;
  bandWord: string;
  compareSummary: (m1: number, r1: number, m2: number, r2: number) => string;
  oversized: (m: number, max: number, squared: boolean) => string;
  infeasible: (m: number, bound: number, classes: number) => string;
  zeroMargin: string;
  lossTitle: string;
  lossIdle: string;
  lossCaption: (step: number, loss: number, compare: number | null) => string;
  activeTitle: string;
  activeCaption: (step: number, all: number, batch: number, compareAll: number | null) => string;
  activeAll: (m: number) => string;
  activeBatch: (m: number) => string;
  ratioTitle: string;
  ratioCaption: (start: number, now: number, compare: number | null) => string;
  ratioName: (m: number) => string;
  stepWord: string;
  lossWord: string;
  shareWord: string;
  ratioWord: string;
}

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'Triplet loss: an embedding pulled together and pushed apart',
    classWord: (k) => `class ${k + 1}`,
    embTitle: 'The 2-D embedding (inside the unit disc)',
    embTitleMargin: (m, second) => `${second ? 'Second copy' : 'Embedding'}, margin ${f(m)}`,
    embCaption: (s, m, r, b, w, a) =>
      `${s === 0 ? 'Before training' : `Step ${s}`}, margin ${f(m)}: between/within ratio ${f(r)} (mean distance between class centres ${f(b)}, mean distance to the own centre ${f(w)}); ${pct(a)} of all triplets are still active.`,
    tripletCaption: (t) =>
      `Anchor ${t.anchor + 1} (class ${t.cls + 1}): d(a,p) = ${f(t.dAP)}, d(a,n) = ${f(t.dAN)}${t.squared ? ' (squared distances)' : ''}, so the loss is max(${f(t.dAP)} − ${f(t.dAN)} + ${f(t.margin)}, 0) = ${f(t.loss, 3)}. ` +
      (t.loss > 0
        ? `The negative is inside the shaded band (out to radius ${f(t.radius)}), so this triplet still pulls and pushes.`
        : `The negative is beyond the band (radius ${f(t.radius)}): this triplet costs nothing and no longer moves the points.`),
    pickLabel: 'Anchor of the shown triplet: click a point in the embedding, or use the arrow keys',
    anchorValue: (t) => `anchor ${t.anchor + 1}, class ${t.cls + 1}, d(a,p) ${f(t.dAP)}, d(a,n) ${f(t.dAN)}, loss ${f(t.loss, 3)}`,
    pickHint: 'Click a point to make it the anchor. Keyboard: focus the plot, then the arrow keys step through the points, Page Up and Page Down jump to the same slot in the next or previous class.',
    anchorWord: 'anchor (a)',
    positiveWord: 'positive (p)',
    negativeWord: 'negative (n)',
    bandWord: 'margin band: negatives inside it still cost something',
    compareSummary: (m1, r1, m2, r2) => `Between/within ratio: margin ${f(m1)} → ${f(r1)}, margin ${f(m2)} → ${f(r2)}.`,
    oversized: (m, max, sq) =>
      `The margin (${f(m)}) is at least the largest possible ${sq ? 'squared ' : ''}distance in the disc (${f(max, 0)}), so d(a,p) − d(a,n) + margin stays above zero for every triplet. The loss can never reach zero: every triplet stays active and keeps pushing, and the layout never settles.`,
    infeasible: (m, bound, c) =>
      `A margin of ${f(m)} cannot be met by every triplet at once: ${c} classes in the unit disc cannot all be ${f(bound)} or more apart, so some triplets always stay active.`,
    zeroMargin: 'With margin 0 a triplet is satisfied as soon as the negative is no closer than the positive: nothing asks for a gap, so the classes barely separate.',
    lossTitle: 'Triplet loss on the mined batch',
    lossIdle: 'Press Play: the network maps 4-D points of five overlapping classes to the plane, trained on mined triplets.',
    lossCaption: (s, l, c) => `Step ${s}: mean triplet loss ${f(l, 3)}${c === null ? '' : `, second copy ${f(c, 3)}`}.`,
    activeTitle: 'Share of triplets still active (loss above zero)',
    activeCaption: (s, all, batch, c) =>
      `Step ${s}: ${pct(all)} of all triplets in the data are still active${c === null ? '' : ` (second copy ${pct(c)})`}; among the mined triplets of the last batch, ${pct(batch)}.`,
    activeAll: (m) => `all triplets, margin ${f(m)}`,
    activeBatch: (m) => `mined batch, margin ${f(m)}`,
    ratioTitle: 'Between/within ratio over training',
    ratioCaption: (a, b, c) => `The ratio went from ${f(a)} at the start to ${f(b)} now${c === null ? '' : ` (second copy ${f(c)})`}. Higher means tighter classes, further apart; it does not change if the whole embedding is scaled.`,
    ratioName: (m) => `margin ${f(m)}`,
    stepWord: 'step',
    lossWord: 'loss',
    shareWord: 'share active',
    ratioWord: 'between / within'
  },
  'zh-Hant': {
    title: '三元組損失：把嵌入拉近與推遠',
    classWord: (k) => `第 ${k + 1} 類`,
    embTitle: '二維嵌入（位於單位圓盤內）',
    embTitleMargin: (m, second) => `${second ? '第二份模型' : '嵌入'}，邊界距離 ${f(m)}`,
    embCaption: (s, m, r, b, w, a) =>
      `${s === 0 ? '訓練前' : `第 ${s} 步`}，邊界距離 ${f(m)}：類間／類內比值 ${f(r)}（類別中心之間的平均距離 ${f(b)}，點到自己類別中心的平均距離 ${f(w)}）；所有三元組中仍有 ${pct(a)} 處於作用中。`,
    tripletCaption: (t) =>
      `錨點 ${t.anchor + 1}（第 ${t.cls + 1} 類）：d(a,p) = ${f(t.dAP)}、d(a,n) = ${f(t.dAN)}${t.squared ? '（距離平方）' : ''}，所以損失是 max(${f(t.dAP)} − ${f(t.dAN)} + ${f(t.margin)}, 0) = ${f(t.loss, 3)}。` +
      (t.loss > 0
        ? `負樣本落在陰影帶內（半徑 ${f(t.radius)} 以內），所以這個三元組仍在拉近與推遠資料點。`
        : `負樣本已在陰影帶之外（半徑 ${f(t.radius)}）：這個三元組的損失為零，不再移動任何點。`),
    pickLabel: '所顯示三元組的錨點：在嵌入圖上點選一個點，或使用方向鍵',
    anchorValue: (t) => `錨點 ${t.anchor + 1}，第 ${t.cls + 1} 類，d(a,p) ${f(t.dAP)}，d(a,n) ${f(t.dAN)}，損失 ${f(t.loss, 3)}`,
    pickHint: '點選任一點即可設為錨點。鍵盤操作：先把焦點移到圖上，方向鍵逐一切換資料點，Page Up 與 Page Down 跳到下一類或上一類的同一位置。',
    anchorWord: '錨點（a）',
    positiveWord: '正樣本（p）',
    negativeWord: '負樣本（n）',
    bandWord: '邊界距離帶：落在帶內的負樣本仍有損失',
    compareSummary: (m1, r1, m2, r2) => `類間／類內比值：邊界距離 ${f(m1)} → ${f(r1)}，邊界距離 ${f(m2)} → ${f(r2)}。`,
    oversized: (m, max, sq) =>
      `邊界距離（${f(m)}）不小於圓盤內可能的最大${sq ? '距離平方' : '距離'}（${f(max, 0)}），所以每個三元組的 d(a,p) − d(a,n) + 邊界距離 都大於零。損失永遠無法降到零：所有三元組都一直處於作用中、持續推擠，散佈圖上的點永遠停不下來。`,
    infeasible: (m, bound, c) =>
      `邊界距離 ${f(m)} 無法讓所有三元組同時滿足：單位圓盤裡的 ${c} 個類別不可能兩兩相距 ${f(bound)} 以上，所以總有一些三元組一直處於作用中。`,
    zeroMargin: '邊界距離為 0 時，只要負樣本不比正樣本近，三元組就算滿足了：沒有任何力量要求拉開距離，所以類別幾乎分不開。',
    lossTitle: '挖掘出的批次上的三元組損失',
    lossIdle: '按下「播放」：網路把五個互相重疊類別的四維資料點映射到平面上，並以挖掘出的三元組訓練。',
    lossCaption: (s, l, c) => `第 ${s} 步：三元組損失平均 ${f(l, 3)}${c === null ? '' : `，第二份模型 ${f(c, 3)}`}。`,
    activeTitle: '仍處於作用中（損失大於零）的三元組比例',
    activeCaption: (s, all, batch, c) =>
      `第 ${s} 步：資料中所有三元組有 ${pct(all)} 仍處於作用中${c === null ? '' : `（第二份模型 ${pct(c)}）`}；上一個批次挖掘出的三元組則是 ${pct(batch)}。`,
    activeAll: (m) => `所有三元組，邊界距離 ${f(m)}`,
    activeBatch: (m) => `挖掘出的批次，邊界距離 ${f(m)}`,
    ratioTitle: '訓練過程中的類間／類內比值',
    ratioCaption: (a, b, c) => `比值從一開始的 ${f(a)} 變成現在的 ${f(b)}${c === null ? '' : `（第二份模型 ${f(c)}）`}。數值越高，代表類別越緊密、彼此越遠；整個嵌入等比例縮放時，這個比值不會改變。`,
    ratioName: (m) => `邊界距離 ${f(m)}`,
    stepWord: '步數',
    lossWord: '損失',
    shareWord: '作用中比例',
    ratioWord: '類間／類內'
  }
};
