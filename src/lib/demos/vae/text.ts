import type { Lang } from '$lib/params/schema';
import type { ShapeKind } from '$lib/ml/vae/shapes';

export interface LossFigures {
  step: number;
  recon: number;
  kl: number;
  beta: number;
  evalRecon?: number;
  evalKl?: number;
}

export interface LatentFigures {
  n: number;
  mean: [number, number];
  sd: [number, number];
  dist: number;
  inside: number;
  maxR: number;
  sigma: number;
}

export interface DemoText {
  title: string;
  kinds: Record<ShapeKind, string>;
  stepWord: string;
  nats: string;
  idle: string;
  reconTitle: string;
  inputRow: string;
  reconRow: string;
  reconCaption: (n: number, mae: number, bce: number) => string;
  reconAlt: string;
  latentTitle: string;
  latentCaption: (f: LatentFigures) => string;
  axesLabel: string;
  axesFit: string;
  axesGrid: string;
  outsideView: (k: number) => string;
  unitCircle: string;
  gridRegion: string;
  gridTitle: string;
  gridCaption: (n: number, extent: number, variety: number) => string;
  gridAlt: string;
  showCodes: string;
  lossTitle: string;
  lossIdle: string;
  lossCaption: (f: LossFigures) => string;
  reconName: string;
  klName: string;
  lossName: string;
  betaLine: (beta: number) => string;
  reparamTitle: string;
  reparamCaption: (mu: number[], sigma: number[], eps: number[], z: number[], kl: number) => string;
  dimWord: string;
  ellipseWord: string;
  earlierDraws: string;
  muWord: string;
  zWord: string;
  inputWord: string;
  decodeMu: string;
  decodeZ: string;
  klOne: string;
}

const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const fb = (v: number) => String(+v.toFixed(2));
const pct = (v: number) => `${Math.round(100 * v)}%`;
/** Two decimals, or two significant digits for small non-zero values (sigma can be ~0.002). */
const g2 = (v: number) => (v !== 0 && Math.abs(v) < 0.01 ? v.toPrecision(2) : f2(v));
const vec = (v: number[]) => `(${v.map(g2).join(', ')})`;

export const text: Record<Lang, DemoText> = {
  en: {
    title: 'A tiny VAE with a 2-D latent space',
    kinds: { circle: 'circle', square: 'square', triangle: 'triangle', hbar: 'horizontal bar', vbar: 'vertical bar' },
    stepWord: 'step',
    nats: 'nats',
    idle: 'Press Play to train the VAE on 2,048 generated 16 × 16 shapes.',
    reconTitle: 'Inputs and their reconstructions',
    inputRow: 'input x',
    reconRow: 'decoded from μ',
    reconCaption: (n, mae, bce) =>
      `${n} evaluation images (top) and what the decoder draws from their latent means μ (bottom): mean absolute pixel error ${mae.toFixed(3)}, reconstruction term ${f1(bce)} nats per image.`,
    reconAlt: 'Top row: input shapes. Bottom row: their reconstructions.',
    latentTitle: 'Latent means μ of the evaluation images',
    latentCaption: (f) =>
      `${f.n} evaluation images, each placed at the mean μ of its code q(z | x). Centre (${f2(f.mean[0])}, ${f2(f.mean[1])}), standard deviations ${f2(f.sd[0])} and ${f2(f.sd[1])} (N(0, I): centre (0, 0), standard deviations 1); distance from N(0, I)'s moments ${f2(f.dist)}. ${pct(f.inside)} lie inside the unit circle, the farthest at radius ${f1(f.maxR)}; average encoder σ ${f.sigma.toFixed(3)}.`,
    axesLabel: 'Axes',
    axesFit: 'fit all codes',
    axesGrid: 'same as decoded grid',
    outsideView: (k) => ` ${k} codes lie outside this view.`,
    unitCircle: 'circles of radius 1 and 2 (N(0, I))',
    gridRegion: 'area of the decoded grid (dashed square)',
    gridTitle: 'Decoded grid: what each point of the latent plane draws',
    gridCaption: (n, e, v) =>
      `${n} × ${n} images decoded from evenly spaced latent points z₁, z₂ from −${e} to ${e} (z₂ grows upward, as in the scatter). Variety across cells (mean per-pixel standard deviation) ${v.toFixed(3)}: near 0 means every cell draws the same blur.`,
    gridAlt: 'Grid of images decoded from a lattice over the latent plane.',
    showCodes: 'Show the codes on the grid',
    lossTitle: 'Loss = reconstruction + KL (the negative ELBO), log scale',
    lossIdle: 'Press Play: the reconstruction term starts near 177 nats (every pixel a coin flip) and falls; the KL term shows how far the codes sit from N(0, I).',
    lossCaption: (f) =>
      `Step ${f.step}, last batch: reconstruction ${f1(f.recon)} nats, KL ${f2(f.kl)} nats, loss (−ELBO) ${f1(f.recon + f.kl)}; the optimiser minimises reconstruction + ${fb(f.beta)} × KL = ${f1(f.recon + f.beta * f.kl)}.` +
      (f.evalRecon !== undefined && f.evalKl !== undefined ? ` Evaluation images (decoded from μ): reconstruction ${f1(f.evalRecon)}, KL ${f2(f.evalKl)}.` : ''),
    reconName: 'reconstruction (BCE)',
    klName: 'KL(q(z | x) ‖ N(0, I))',
    lossName: 'loss = −ELBO',
    betaLine: (b) =>
      `β = ${fb(b)} weighs the KL term: β = 0 ignores the prior, so codes scatter wherever reconstruction is easiest; β = 1 is the true ELBO; a larger β pulls every code toward N(0, I) at the price of blurrier images.`,
    reparamTitle: 'Reparameterisation: z = μ + σ ⊙ ε',
    reparamCaption: (mu, s, e, z, kl) =>
      `For the first evaluation image the encoder gives μ = ${vec(mu)} and σ = ${vec(s)}; the sampler draws ε = ${vec(e)} from N(0, I) and sets z = μ + σ ⊙ ε = ${vec(z)}. This image's KL term is ${f2(kl)} nats. All randomness sits in ε, so gradients flow through μ and σ. A new ε is drawn at every refresh; grey dots are earlier draws, placed with the current μ and σ.`,
    dimWord: 'dimension',
    ellipseWord: 'q(z | x): 1σ and 2σ ellipses',
    earlierDraws: 'earlier samples',
    muWord: 'μ (mean)',
    zWord: 'z (sample)',
    inputWord: 'input',
    decodeMu: 'decode(μ)',
    decodeZ: 'decode(z)',
    klOne: 'KL for this image'
  },
  'zh-Hant': {
    title: '潛在空間只有二維的小型 VAE',
    kinds: { circle: '圓形', square: '正方形', triangle: '三角形', hbar: '橫條', vbar: '直條' },
    stepWord: '步數',
    nats: 'nat',
    idle: '按下「播放」，用 2,048 張自動產生的 16 × 16 形狀影像訓練 VAE。',
    reconTitle: '輸入影像與重建結果',
    inputRow: '輸入 x',
    reconRow: '由 μ 解碼',
    reconCaption: (n, mae, bce) =>
      `${n} 張評估影像（上排），以及解碼器從它們的潛在平均值 μ 畫出的結果（下排）：像素平均絕對誤差 ${mae.toFixed(3)}，重建項每張 ${f1(bce)} nat。`,
    reconAlt: '上排：輸入的形狀。下排：重建結果。',
    latentTitle: '評估影像的潛在平均值 μ',
    latentCaption: (f) =>
      `${f.n} 張評估影像，各自畫在編碼分布 q(z | x) 的平均值 μ。中心 (${f2(f.mean[0])}, ${f2(f.mean[1])})，標準差 ${f2(f.sd[0])} 與 ${f2(f.sd[1])}（N(0, I) 的中心為 (0, 0)、標準差為 1）；與 N(0, I) 動差的距離 ${f2(f.dist)}。${pct(f.inside)} 落在單位圓內，最遠的半徑 ${f1(f.maxR)}；編碼器的 σ 平均為 ${f.sigma.toFixed(3)}。`,
    axesLabel: '座標範圍',
    axesFit: '容納所有編碼',
    axesGrid: '與解碼網格相同',
    outsideView: (k) => `有 ${k} 個編碼落在此範圍之外。`,
    unitCircle: '半徑 1 與 2 的圓（N(0, I)）',
    gridRegion: '解碼網格涵蓋的範圍（虛線方框）',
    gridTitle: '解碼網格：潛在平面上每一點畫出什麼',
    gridCaption: (n, e, v) =>
      `從 z₁、z₂ 介於 −${e} 到 ${e} 的等距格點解碼出的 ${n} × ${n} 張影像（z₂ 向上遞增，與散布圖相同）。格點之間的差異（每個像素標準差的平均）為 ${v.toFixed(3)}：接近 0 表示每一格都畫出同一團模糊。`,
    gridAlt: '從潛在平面格點解碼出的影像網格。',
    showCodes: '在網格上顯示編碼',
    lossTitle: '損失 = 重建項 + KL（即負的 ELBO），對數刻度',
    lossIdle: '按下「播放」：重建項從約 177 nat（每個像素都像擲硬幣）開始下降；KL 項顯示編碼離 N(0, I) 有多遠。',
    lossCaption: (f) =>
      `第 ${f.step} 步，最後一個批次：重建項 ${f1(f.recon)} nat，KL ${f2(f.kl)} nat，損失（−ELBO）${f1(f.recon + f.kl)}；最佳化器最小化的是重建項 + ${fb(f.beta)} × KL = ${f1(f.recon + f.beta * f.kl)}。` +
      (f.evalRecon !== undefined && f.evalKl !== undefined ? `評估影像（由 μ 解碼）：重建項 ${f1(f.evalRecon)}，KL ${f2(f.evalKl)}。` : ''),
    reconName: '重建項（BCE）',
    klName: 'KL(q(z | x) ‖ N(0, I))',
    lossName: '損失 = −ELBO',
    betaLine: (b) =>
      `β = ${fb(b)} 是 KL 項的權重：β = 0 時完全不管先驗分布，編碼散落在最方便重建的地方；β = 1 就是真正的 ELBO；β 越大，每個編碼越被拉向 N(0, I)，代價是影像更模糊。`,
    reparamTitle: '重參數化：z = μ + σ ⊙ ε',
    reparamCaption: (mu, s, e, z, kl) =>
      `對第一張評估影像，編碼器給出 μ = ${vec(mu)}、σ = ${vec(s)}；取樣器從 N(0, I) 抽出 ε = ${vec(e)}，令 z = μ + σ ⊙ ε = ${vec(z)}。這張影像的 KL 項為 ${f2(kl)} nat。隨機性全在 ε 身上，所以梯度能流經 μ 與 σ。每次更新畫面都會抽一個新的 ε；灰點是先前抽出的樣本，以目前的 μ 與 σ 放置。`,
    dimWord: '維度',
    ellipseWord: 'q(z | x)：1σ 與 2σ 橢圓',
    earlierDraws: '先前的樣本',
    muWord: 'μ（平均值）',
    zWord: 'z（樣本）',
    inputWord: '輸入',
    decodeMu: '解碼(μ)',
    decodeZ: '解碼(z)',
    klOne: '這張影像的 KL'
  }
};
