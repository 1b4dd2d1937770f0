/**
 * mm-07: a toy captioner (ml/multimodal/captioner.ts) trained live on captions of generated
 * scenes, in English, Chinese or both. The views draw, for held-out scenes, the caption it
 * writes (greedy) and each word's cross-attention over the image patches, and how much each
 * word depends on the image (its probability with the image and with the image blanked).
 *
 * What the claim measures (on TEST fresh scenes):
 * - shapeMass: for every generated shape word whose colour word (the word before it in
 *   either language) names an object of the scene with that shape, the attention mass on
 *   that object's patches; mean over those words. areaShare: the share of patches those
 *   objects cover (what uniform attention would put there).
 * - forcedShapeMass: the same on the true captions read with teacher forcing (defined from
 *   step 0, so the chart starts at the untrained model).
 * - reliance: mean p(word | blank image) / p(word | image) of the true captions' words, by
 *   kind: colour and shape words, relation words, function words.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { Captioner, captionTargets, greedyCaptions, wordProbabilities } from '$lib/ml/multimodal/captioner';
import { caption } from '$lib/ml/multimodal/captions';
import { imageWindows } from '$lib/ml/multimodal/encoders';
import { encode } from '$lib/ml/multimodal/tokenizer';
import { patchCoords } from '$lib/ml/multimodal/vqa';
import { makeWorld, objectPatches, renderScene, type Scene, type World } from '$lib/ml/multimodal/world';
import { wordKinds, type WordKind } from './words';

export type CaptionLang = 'en' | 'zh-Hant' | 'both';
export type ObjectCount = 'one' | 'two' | 'mixed';

export interface CaptionerParams {
  lang: CaptionLang;
  objects: ObjectCount;
  train: number;
  dModel: number;
  heads: number;
  batch: number;
  lr: number;
}

export interface ExampleView {
  image: Float32Array;
  truth: number[];
  /** Generated words, their probabilities and cross-attention over the patches (+ one for EOS). */
  words: number[];
  probs: number[];
  attention: number[][];
  /** Per generated word, the cells of the object it names (shape words; empty otherwise). */
  named: number[][];
  /** The true caption's word probabilities with the image and with it blanked. */
  withImage: number[];
  blank: number[];
}

export interface CaptionerSnapshot {
  step: number;
  side: number;
  grid: number;
  shapeMass: number;
  areaShare: number;
  forcedShapeMass: number;
  /** Share of held-out scenes whose generated caption is exactly the true one. */
  exact: number;
  /** Mean probability of the true caption's words, by kind, with the image and with it blanked. */
  reliance: Record<WordKind, { image: number; blank: number }>;
  history: { step: number[]; loss: number[]; forcedShapeMass: number[]; areaShare: number[] };
  examples: ExampleView[];
}

export const SIDE = 24;
/**
 * The grid cell of a patch token (6 x 6 pixels) and the window its values see (8 x 8, one
 * pixel beyond the cell on each side). With a window of 12 one seed in three read the shapes
 * from the neighbouring cells and its attention left the object (mass 0.35).
 */
export const PATCH = 6;
export const WINDOW = 8;
/** Pixels per patch token: its cell's, then its window's (the token ends with its (x, y)). */
export const CELL_PIXELS = PATCH * PATCH * 3;
export const WINDOW_PIXELS = WINDOW * WINDOW * 3;
export const FEATURES = CELL_PIXELS + WINDOW_PIXELS;
export const TEST = 96;
export const MAX_LEN = 10;
const EXAMPLES = 6;
const HISTORY_MAX = 300;

interface Data {
  world: World;
  captions: number[][];
  tokens: Float32Array;
}

const objectsSpec = (o: ObjectCount) => (o === 'one' ? 1 : o === 'two' ? 2 : 'mixed');

function makeData(n: number, seed: number, p: CaptionerParams): Data {
  const rng = new Rng(seed);
  const world = makeWorld(n, rng.seed(), { side: SIDE, objects: objectsSpec(p.objects) });
  const captions = world.scenes.map((s) => encode(caption(canonical(s), p.lang === 'both' ? (rng.next() < 0.5 ? 'en' : 'zh-Hant') : p.lang)));
  return { world, captions, tokens: patchTokensOf(world.images, n) };
}

/**
 * The scene with its objects in reading order: the left (or upper) one first, so that its
 * caption says "left of" or "above", never "right of" or "below". The same scene, described
 * the other way round; every word of the caption is then fixed by the image.
 */
export function canonical(scene: Scene): Scene {
  if (scene.relation !== 1 && scene.relation !== 3) return scene;
  return { objects: [scene.objects[1], scene.objects[0]], relation: scene.relation - 1 };
}

/** Patch tokens [n, N, FEATURES + 2] of n images: each cell's pixels, its window's, its (x, y). */
function patchTokensOf(images: Float32Array, n: number): Float32Array {
  const g = SIDE / PATCH;
  const cells = imageWindows(images, n, SIDE, PATCH, PATCH, 'valid');
  const windows = imageWindows(images, n, SIDE, WINDOW, PATCH, 'same');
  const coords = patchCoords(g);
  const w = FEATURES + 2;
  const tokens = new Float32Array(n * g * g * w);
  for (let i = 0; i < n * g * g; i++) {
    tokens.set(cells.subarray(i * CELL_PIXELS, (i + 1) * CELL_PIXELS), i * w);
    tokens.set(windows.subarray(i * WINDOW_PIXELS, (i + 1) * WINDOW_PIXELS), i * w + CELL_PIXELS);
    tokens.set(coords.subarray(2 * (i % (g * g)), 2 * (i % (g * g)) + 2), i * w + FEATURES);
  }
  return tokens;
}

/**
 * The patches a shape word refers to: the objects of the scene with that shape and the
 * colour of the word before it (none when the caption names no such object).
 */
export function referredPatches(scene: Scene, words: readonly number[], i: number): number[] {
  const k = wordKinds(words);
  if (k[i].kind !== 'shape' || i === 0 || k[i - 1].kind !== 'colour') return [];
  const hit = new Set<number>();
  for (const o of scene.objects) if (o.shape === k[i].value && o.colour === k[i - 1].value) for (const q of objectPatches(o, SIDE, PATCH)) hit.add(q);
  return [...hit];
}

/** Mean attention mass on the referred patches, and their mean share, over the shape words. */
function massOf(scenes: readonly Scene[], words: readonly (readonly number[])[], att: (i: number, t: number) => ArrayLike<number>, n: number) {
  let mass = 0;
  let area = 0;
  let count = 0;
  scenes.forEach((s, i) =>
    words[i].forEach((_, t) => {
      const ps = referredPatches(s, words[i], t);
      if (!ps.length) return;
      const a = att(i, t);
      for (const q of ps) mass += a[q];
      area += ps.length / n;
      count++;
    })
  );
  return { mass: count ? mass / count : NaN, area: count ? area / count : NaN };
}

export function createCaptionerTrainer(p: CaptionerParams, seed: number): Trainer<CaptionerParams, CaptionerSnapshot> {
  const rng = new Rng(seed);
  const train = makeData(p.train, rng.seed(), p);
  const test = makeData(TEST, rng.seed(), p);
  const batchRng = new Rng(rng.seed());
  const n = (SIDE / PATCH) ** 2;
  const tw = FEATURES + 2;
  const model = new Captioner({ cellWidth: CELL_PIXELS, windowWidth: WINDOW_PIXELS, dModel: p.dModel, nHeads: p.heads, maxLen: MAX_LEN }, rng.seed());
  const opt: Optimizer = makeOptimizer('adam', model.variables, p.lr, { beta1: 0.9 });
  const batch = Math.min(p.batch, p.train);
  const testTokens = tf.tensor3d(test.tokens, [TEST, n, tw]);
  // The blank image: the background with no object on it.
  const empty = new Float32Array(SIDE * SIDE * 3);
  renderScene({ objects: [], relation: -1 }, SIDE, empty);
  const blankTokens = tf.tidy(() => tf.tile(tf.tensor3d(patchTokensOf(empty, 1), [1, n, tw]), [TEST, 1, 1]));
  const testTargets = captionTargets(test.captions, MAX_LEN);
  let step = 0;
  let lastLoss = NaN;
  const history: CaptionerSnapshot['history'] = { step: [], loss: [], forcedShapeMass: [], areaShare: [] };

  return {
    async train(steps: number): Promise<Metrics> {
      let lossT: Tensor | null = null;
      for (let s = 0; s < steps; s++) {
        const idx = Array.from({ length: batch }, () => batchRng.int(p.train));
        const x = new Float32Array(batch * n * tw);
        idx.forEach((j, i) => x.set(train.tokens.subarray(j * n * tw, (j + 1) * n * tw), i * n * tw));
        const t = captionTargets(idx.map((j) => train.captions[j]), MAX_LEN);
        const last = s === steps - 1;
        const l = tf.tidy(() => {
          const xt = tf.tensor3d(x, [batch, n, tw]);
          const { value, grads } = tf.variableGrads(() => model.loss(xt, t) as tf.Scalar, model.variables);
          opt.step(model.variables.map((v) => grads[v.name]));
          return last ? value : tf.zeros([0]);
        });
        if (last) lossT = l;
        else l.dispose();
      }
      step += steps;
      if (!lossT) return {};
      lastLoss = (await (lossT as Tensor).data())[0];
      (lossT as Tensor).dispose();
      return { loss: lastLoss };
    },

    async snapshot(): Promise<CaptionerSnapshot> {
      const gen = await greedyCaptions(model, testTokens, MAX_LEN);
      const forcedT = tf.tidy(() => model.forward(testTokens, testTargets.input, true).attention!);
      const forced = (await forcedT.data()) as Float32Array;
      forcedT.dispose();
      const withImage = await wordProbabilities(model, testTokens, test.captions);
      const blank = await wordProbabilities(model, blankTokens, test.captions);
      const scenes = test.world.scenes;
      const g = massOf(scenes, gen.map((c) => c.ids), (i, t) => gen[i].attention[t], n);
      // Teacher-forced: the position predicting word t is t (its input is BOS w1 .. wt-1).
      const f = massOf(scenes, test.captions, (i, t) => forced.subarray((i * MAX_LEN + t) * n, (i * MAX_LEN + t + 1) * n), n);
      const sums: Record<WordKind, [number, number, number]> = { colour: [0, 0, 0], shape: [0, 0, 0], relation: [0, 0, 0], function: [0, 0, 0] };
      test.captions.forEach((c, i) => wordKinds(c).forEach((k, t) => {
        sums[k.kind][0] += withImage[i][t];
        sums[k.kind][1] += blank[i][t];
        sums[k.kind][2]++;
      }));
      const reliance = Object.fromEntries(
        Object.entries(sums).map(([k, [a, z, c]]) => [k, { image: c ? a / c : NaN, blank: c ? z / c : NaN }])
      ) as CaptionerSnapshot['reliance'];
      const exact = gen.filter((c, i) => c.ids.length === test.captions[i].length && c.ids.every((w, t) => w === test.captions[i][t])).length / TEST;
      if (history.step[history.step.length - 1] !== step) {
        history.step.push(step);
        history.loss.push(lastLoss);
        history.forcedShapeMass.push(f.mass);
        history.areaShare.push(f.area);
        if (history.step.length > HISTORY_MAX) {
          const keep = (_: unknown, i: number) => i % 2 === 0 || i === history.step.length - 1;
          for (const k of Object.keys(history) as (keyof typeof history)[]) history[k] = history[k].filter(keep);
        }
      }
      const px = SIDE * SIDE * 3;
      const examples: ExampleView[] = Array.from({ length: EXAMPLES }, (_, i) => ({
        image: test.world.images.slice(i * px, (i + 1) * px),
        truth: test.captions[i],
        words: gen[i].ids,
        probs: gen[i].probs,
        attention: gen[i].attention,
        named: gen[i].ids.map((_, t) => referredPatches(scenes[i], gen[i].ids, t)),
        withImage: withImage[i],
        blank: blank[i]
      }));
      return {
        step, side: SIDE, grid: SIDE / PATCH, shapeMass: g.mass, areaShare: g.area, forcedShapeMass: f.mass, exact, reliance,
        history: { step: [...history.step], loss: [...history.loss], forcedShapeMass: [...history.forcedShapeMass], areaShare: [...history.areaShare] },
        examples
      };
    },

    setParams(q: Partial<CaptionerParams>) {
      if (q.lr !== undefined) opt.lr = q.lr;
    },

    dispose() {
      model.dispose();
      opt.dispose();
      testTokens.dispose();
      blankTokens.dispose();
    }
  };
}

export default createCaptionerTrainer;
