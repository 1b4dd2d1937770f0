/**
 * toy-clip's measurements in plain TypeScript: the evaluation set (every colour-shape
 * combination equally often), retrieval and zero-shot accuracy, the 2-D map of a joint
 * embedding (PCA of images and captions together), and the CCA baseline (linear CCA between
 * pooled pixels and bags of words, Hotelling 1936).
 */
import { cca, ccaProject, pca, matMul, type Cca } from '$lib/ml/multimodal/cca';
import { cosineMatrix } from '$lib/ml/multimodal/contrastive';
import { classify, accuracy, pairSeparation, perClassAccuracy, type PairSeparation } from '$lib/ml/multimodal/eval';
import { comboCaption, sceneKey } from '$lib/ml/multimodal/captions';
import { makePairs, type PairSet } from '$lib/ml/multimodal/data';
import { COLOURS, COMBOS, SHAPES, comboOf, type Lang } from '$lib/ml/multimodal/vocab';
import { VOCAB_SIZE } from '$lib/ml/multimodal/tokenizer';

/** The combination the skew knob makes rare: the yellow triangle. */
export const RARE = comboOf(3, 2);
export const SIDE = 16;

/** Class captions of the 12 combinations, in combination order. */
export const classCaptions = (lang: Lang): string[] =>
  Array.from({ length: COMBOS }, (_, c) => comboCaption(Math.floor(c / SHAPES.length), c % SHAPES.length, lang));

/** A balanced evaluation set: `per` pictures of every combination, captions in `lang`. */
export function evalSet(per: number, seed: number, lang: 'en' | 'zh-Hant' | 'both'): PairSet {
  const parts = Array.from({ length: COMBOS }, (_, c) => makePairs(per, seed * 31 + c, { side: SIDE, only: [c] }, { lang }));
  const n = per * COMBOS;
  const px = SIDE * SIDE * 3;
  const images = new Float32Array(n * px);
  const bags = new Float32Array(n * VOCAB_SIZE);
  const combos = new Int32Array(n);
  parts.forEach((p, c) => {
    images.set(p.world.images, c * per * px);
    bags.set(p.bags, c * per * VOCAB_SIZE);
    combos.fill(c, c * per, (c + 1) * per);
  });
  return {
    world: { n, side: SIDE, images, scenes: parts.flatMap((p) => p.world.scenes), combos },
    captions: {
      text: parts.flatMap((p) => p.captions.text),
      lang: parts.flatMap((p) => p.captions.lang),
      mismatched: new Uint8Array(n),
      source: Int32Array.from({ length: n }, (_, i) => i)
    },
    ids: parts.flatMap((p) => p.ids),
    bags
  };
}

export interface Scores {
  /** Share of pictures whose nearest caption among the evaluation captions describes them. */
  retrieval: number;
  /** Zero-shot accuracy against the 12 class captions, per language. */
  zeroShot: Record<Lang, number>;
  /** Zero-shot accuracy per combination (class captions in the training language). */
  perClass: number[];
  separation: PairSeparation;
}

export function score(
  img: number[][], txt: number[][], set: PairSet, classEmb: Record<Lang, number[][]>, mainLang: Lang
): Scores {
  const keys = set.world.scenes.map(sceneKey);
  const nearest = classify(img, txt);
  const retrieval = nearest.filter((j, i) => keys[j] === keys[i]).length / img.length;
  const predEn = classify(img, classEmb.en);
  const predZh = classify(img, classEmb['zh-Hant']);
  const zeroShot = { en: accuracy(predEn, set.world.combos), 'zh-Hant': accuracy(predZh, set.world.combos) };
  const perClass = perClassAccuracy(mainLang === 'en' ? predEn : predZh, set.world.combos, COMBOS);
  return { retrieval, zeroShot, perClass, separation: pairSeparation(img, txt, keys) };
}

/** Pixels averaged over `cell` x `cell` blocks: [n, (side / cell)^2 * 3] rows (CCA's image view). */
export function pooled(images: Float32Array, n: number, side = SIDE, cell = 4): number[][] {
  const g = side / cell;
  const px = side * side * 3;
  return Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(g * g * 3).fill(0);
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++)
        for (let c = 0; c < 3; c++) row[(Math.floor(y / cell) * g + Math.floor(x / cell)) * 3 + c] += images[i * px + 3 * (y * side + x) + c] / (cell * cell);
    return row;
  });
}

export const bagRows = (bags: Float32Array, n: number): number[][] =>
  Array.from({ length: n }, (_, i) => Array.from(bags.subarray(i * VOCAB_SIZE, (i + 1) * VOCAB_SIZE)));

/** The CCA baseline fitted on training pairs: k canonical directions. */
export function fitCca(train: { images: Float32Array; bags: Float32Array; n: number }, k = 8): Cca {
  return cca(pooled(train.images, train.n), bagRows(train.bags, train.n), k, 0.05);
}

/** Canonical variates of pictures and captions (the CCA joint space). */
export function ccaEmbed(model: Cca, images: Float32Array, bags: Float32Array, n: number): { img: number[][]; txt: number[][] } {
  return { img: ccaProject(model, pooled(images, n), 'x'), txt: ccaProject(model, bagRows(bags, n), 'y') };
}

/**
 * A 2-D map of a joint space: the first two principal axes of the images' and captions' rows
 * together, so the same projection places both (x then y arrays, images first).
 */
export function map2d(img: number[][], txt: number[][]): { img: [number[], number[]]; txt: [number[], number[]] } {
  const all = [...img, ...txt];
  const { mean, axes } = pca(all, 2);
  const proj = (rows: number[][]) => matMul(rows.map((r) => r.map((v, j) => v - mean[j])), axes);
  const pi = proj(img);
  const pt = proj(txt);
  return { img: [pi.map((r) => r[0]), pi.map((r) => r[1] ?? 0)], txt: [pt.map((r) => r[0]), pt.map((r) => r[1] ?? 0)] };
}

/** Softmax over the prompts of cos / temperature, one row per picture. */
export function promptProbs(img: number[][], prompts: number[][], temperature: number): number[][] {
  return cosineMatrix(img, prompts).map((row) => {
    const m = Math.max(...row);
    const e = row.map((v) => Math.exp((v - m) / temperature));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });
}

/** Readers' prompts: comma-separated (either comma), trimmed, non-empty, at most 8. */
export const splitPrompts = (s: string): string[] =>
  s.split(/[,，、;；\n]/).map((p) => p.trim()).filter((p) => p.length > 0).slice(0, 8);

export { COLOURS, SHAPES };
