/**
 * Toy visual question answering on the generated world: scenes, questions about them (in
 * either language), answers, and the patch windows a fusion model reads. Plain TypeScript,
 * seeded.
 *
 * Question mixes:
 * - 'basic': colour, shape and count questions on one- and two-object scenes;
 * - 'spatial': "what colour is on the left ?" on two-object scenes (sideQuestion): both colours
 *   are present, so the model must know where they are;
 * - 'shape': "what shape is the red object ?" on two-object scenes (the named object must be found);
 * - 'caption': the text is the scene's caption and the label its combination (colour and
 *   shape of a one-object scene): the text alone predicts the label (modality imbalance).
 */
import { Rng } from '../core/random';
import { caption, question, type Question } from './captions';
import { encode, bagOfWords } from './tokenizer';
import { imageWindows } from './encoders';
import { makeWorld, type World } from './world';
import { ANSWER_WORDS, ANSWERS, answerOfColour, COMBOS, type Lang } from './vocab';

/** The VQA answers (an index into ANSWERS, words in ANSWER_WORDS). */
export const VQA_ANSWERS = ANSWERS;
export const VQA_ANSWER_WORDS = ANSWER_WORDS;

export const VQA_MIXES = ['basic', 'spatial', 'shape', 'caption'] as const;
export type VqaMix = (typeof VQA_MIXES)[number];
export type VqaLang = Lang | 'both';

export interface VqaSpec {
  mix: VqaMix;
  side?: number;
  /** Patch side (must divide side); default 4. */
  patch?: number;
  lang?: VqaLang;
  pixelNoise?: number;
}

export interface VqaSet {
  n: number;
  world: World;
  /** The text each item gives the model (question, or caption for 'caption'). */
  text: string[];
  lang: Lang[];
  /** Question kinds ('caption' for the caption mix). */
  kind: string[];
  /** Label of each item: an index into VQA_ANSWERS, or the combination (mix 'caption'). */
  label: Int32Array;
  /** The object the question is about (the landmark of a spatial question), -1 if none. */
  about: Int32Array;
  /** Bags of words [n, VOCAB_SIZE]. */
  bags: Float32Array;
  /** Patch windows [n, patches, patch * patch * 3]. */
  windows: Float32Array;
  patches: number;
  features: number;
  /** Classes of the label. */
  classes: number;
}

/** Number of label classes of a mix. */
export const classesOf = (mix: VqaMix): number => (mix === 'caption' ? COMBOS : VQA_ANSWERS.length);

/** Where a side word points: left, right, above, below (RELATIONS order). */
const SIDE_WORDS: Record<Lang, readonly string[]> = { en: ['left', 'right', 'top', 'bottom'], 'zh-Hant': ['左邊', '右邊', '上面', '下面'] };

/**
 * "what colour is on the left ?" 「左邊是什麼顏色？」 on a two-object scene, asked along the
 * axis of the scene's relation (left / right when the objects sit side by side, above /
 * below when stacked); the answer is the colour of the object on that side. Both colours
 * are in the scene, so knowing what is there without knowing where is worth 50 %.
 */
export function sideQuestion(scene: World['scenes'][number], lang: Lang, rng: Rng): Question & { about: number } {
  const horizontal = scene.relation < 2;
  const side = (horizontal ? 0 : 2) + rng.int(2); // 0 left, 1 right, 2 top, 3 bottom
  // scene.relation: objects[0] relative to objects[1]; 0 left, 1 right, 2 above, 3 below.
  const firstIsThere = side === scene.relation;
  const about = firstIsThere ? 0 : 1;
  const w = lang === 'en' ? (side < 2 ? SIDE_WORDS.en[side] : side === 2 ? 'above' : 'below') : SIDE_WORDS['zh-Hant'][side];
  const text = lang === 'en' ? (side < 2 ? `what colour is on the ${w} ?` : `what colour is ${w} ?`) : `${w}是什麼顏色？`;
  return { kind: 'spatial', text, answer: answerOfColour(scene.objects[about].colour), about };
}

export function makeVqaSet(n: number, seed: number, spec: VqaSpec): VqaSet {
  const rng = new Rng(seed);
  const side = spec.side ?? 16;
  const patch = spec.patch ?? 4;
  const objects = spec.mix === 'basic' ? 'mixed' : spec.mix === 'caption' ? 1 : 2;
  const world = makeWorld(n, rng.seed(), { side, objects, pixelNoise: spec.pixelNoise ?? 0 });
  const text: string[] = [];
  const langs: Lang[] = [];
  const kind: string[] = [];
  const label = new Int32Array(n);
  const about = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const scene = world.scenes[i];
    const lang: Lang = spec.lang === 'both' ? (rng.next() < 0.5 ? 'en' : 'zh-Hant') : (spec.lang ?? 'en');
    langs.push(lang);
    if (spec.mix === 'caption') {
      text.push(caption(scene, lang));
      kind.push('caption');
      label[i] = world.combos[i];
      about[i] = 0;
      continue;
    }
    let q: Question;
    if (spec.mix === 'spatial') {
      const s = sideQuestion(scene, lang, rng);
      q = s;
      about[i] = s.about;
    } else if (spec.mix === 'shape') {
      const k = rng.int(2);
      q = question(scene, 'shape', lang, rng, k);
      about[i] = k;
    } else {
      const kinds = ['colour', 'shape', 'count'] as const;
      const k = rng.int(scene.objects.length);
      q = question(scene, kinds[rng.int(3)], lang, rng, k);
      if (q.kind !== 'count') about[i] = k;
    }
    text.push(q.text);
    kind.push(q.kind);
    label[i] = q.answer;
  }
  const bags = bagOfWords(text.map(encode));
  const windows = imageWindows(world.images, n, side, patch, patch, 'valid');
  const g = side / patch;
  return { n, world, text, lang: langs, kind, label, about, bags, windows, patches: g * g, features: patch * patch * 3, classes: classesOf(spec.mix) };
}

/** Patch-centre coordinates in [-1, 1], [patches, 2] row-major (x, y), grid g x g, row 0 on top. */
export function patchCoords(g: number): Float32Array {
  const out = new Float32Array(g * g * 2);
  for (let r = 0; r < g; r++)
    for (let c = 0; c < g; c++) {
      out[2 * (r * g + c)] = g === 1 ? 0 : (2 * c) / (g - 1) - 1;
      out[2 * (r * g + c) + 1] = g === 1 ? 0 : (2 * r) / (g - 1) - 1;
    }
  return out;
}

/**
 * A fixed patch encoder: each patch window x (f values) -> ReLU(x . W), W of He-scaled
 * normals drawn from the seed, never trained (random ReLU features; the frozen backbone of
 * the fusion models, so that only the fusion and the answer layers train in the page).
 */
export interface PatchFeatures {
  /** Features per patch, [n, patches, dim]. */
  feats: Float32Array;
  /** Mean over patches, [n, dim]. */
  pooled: Float32Array;
  dim: number;
}

export function encodePatches(windows: Float32Array, n: number, patches: number, features: number, seed: number, dim = 32): PatchFeatures {
  const rng = new Rng(seed);
  const w = rng.normals(features * dim, Math.sqrt(2 / features));
  const feats = new Float32Array(n * patches * dim);
  const pooled = new Float32Array(n * dim);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < patches; p++) {
      const x = (i * patches + p) * features;
      const o = (i * patches + p) * dim;
      for (let j = 0; j < dim; j++) {
        let s = 0;
        for (let k = 0; k < features; k++) s += windows[x + k] * w[k * dim + j];
        const v = s > 0 ? s : 0;
        feats[o + j] = v;
        pooled[i * dim + j] += v / patches;
      }
    }
  return { feats, pooled, dim };
}

/** Patch tokens [n, N, dim + 2]: features then (x, y), or zeros there (positions removed). */
export function patchTokens(pf: PatchFeatures, n: number, patches: number, positions: boolean): Float32Array {
  const d = pf.dim;
  const coords = patchCoords(Math.round(Math.sqrt(patches)));
  const out = new Float32Array(n * patches * (d + 2));
  for (let i = 0; i < n * patches; i++) {
    out.set(pf.feats.subarray(i * d, (i + 1) * d), i * (d + 2));
    if (positions) out.set(coords.subarray(2 * (i % patches), 2 * (i % patches) + 2), i * (d + 2) + d);
  }
  return out;
}
