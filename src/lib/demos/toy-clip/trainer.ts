/**
 * toy-clip (pages emb-04, mm-11, mm-03): a CLIP-style dual encoder (conv image encoder, bag-of-
 * words text encoder, learnable temperature) trained live with the symmetric contrastive loss
 * on generated pictures and captions in English and Chinese. Knobs: mismatched-caption share,
 * a skew that makes the yellow triangle rare, and an optional clean copy trained beside it
 * (same initial weights, clean balanced pairs). The snapshot measures, on a balanced held-out
 * set: retrieval and zero-shot accuracy (both languages, per combination), matched vs
 * mismatched distances, a 2-D map of pictures and captions in the joint space, the same map
 * for a linear CCA baseline, and the reader's typed prompts as zero-shot classes.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { ClipModel } from '$lib/ml/multimodal/clip';
import { ClipTraining } from '$lib/ml/multimodal/clip-train';
import { makePairs } from '$lib/ml/multimodal/data';
import { tokenize } from '$lib/ml/multimodal/tokenizer';
import { skewWeights } from '$lib/ml/multimodal/world';
import { accuracy, classify, pairSeparation, type PairSeparation } from '$lib/ml/multimodal/eval';
import { sceneKey } from '$lib/ml/multimodal/captions';
import type { Lang } from '$lib/ml/multimodal/vocab';
import { RARE, SIDE, ccaEmbed, classCaptions, evalSet, fitCca, map2d, promptProbs, score, splitPrompts, type Scores } from './measure';

export interface ToyClipParams {
  lang: 'both' | 'en' | 'zh-Hant';
  noise: number;
  rareRatio: number;
  compare: boolean;
  pairs: number;
  batch: number;
  lr: number;
  prompts: string;
}

export const COPIES = ['main', 'clean'] as const;
export type Copy = (typeof COPIES)[number];

/** Pictures per combination in the evaluation set, and the ones drawn on the map. */
const EVAL_PER = 8;
const MAP_PER = 3;
const RARE_EVAL = 32;

export interface MapPoints {
  /** Picture and caption coordinates (x, y), and each point's combination. */
  img: [number[], number[]];
  txt: [number[], number[]];
  combo: number[];
}

export interface CopyScores extends Scores {
  temperature: number;
  /** Zero-shot accuracy on RARE_EVAL new yellow triangles (class captions in the training language). */
  rare: number;
}

export interface ToyClipSnapshot {
  step: number;
  loss: number;
  copies: Partial<Record<Copy, CopyScores>>;
  /** The main copy's joint space, and the CCA baseline's, for MAP_PER pictures per combination. */
  map: MapPoints;
  ccaMap: MapPoints;
  cca: PairSeparation;
  /** One picture per combination (NHWC, side SIDE), the typed prompts and P(prompt | picture). */
  gallery: Float32Array;
  prompts: string[];
  unknown: string[][];
  probs: number[][];
  /** Training-set figures: share of mismatched captions, pictures of the rare combination. */
  mismatched: number;
  rareCount: number;
}

export function createToyClipTrainer(p: ToyClipParams, seed: number): Trainer<ToyClipParams, ToyClipSnapshot> {
  const rng = new Rng(seed);
  const dataSeed = rng.seed();
  const initSeed = rng.seed();
  const batchSeed = rng.seed();
  const evalSeed = rng.seed();
  const weights = p.rareRatio < 1 ? skewWeights(RARE, p.rareRatio) : undefined;
  const train = { main: makePairs(p.pairs, dataSeed, { side: SIDE, weights }, { lang: p.lang, noise: p.noise }), clean: makePairs(p.pairs, dataSeed, { side: SIDE }, { lang: p.lang }) };
  const active: Copy[] = p.compare ? ['main', 'clean'] : ['main'];
  const runs = {} as Record<Copy, ClipTraining>;
  for (const c of active) {
    const model = new ClipModel(new Rng(initSeed), { side: SIDE }, `toy-clip-${c}`);
    runs[c] = new ClipTraining(model, batchSeed, { n: p.pairs, images: train[c].world.images, bags: train[c].bags }, { lr: p.lr, batch: p.batch });
  }
  const evalLang = p.lang;
  const mainLang: Lang = p.lang === 'zh-Hant' ? 'zh-Hant' : 'en';
  const ev = evalSet(EVAL_PER, evalSeed, evalLang);
  const rareSet = makePairs(RARE_EVAL, evalSeed + 1, { side: SIDE, only: [RARE] });
  const mapIdx = Array.from({ length: ev.world.n }, (_, i) => i).filter((i) => i % EVAL_PER < MAP_PER);
  const galleryIdx = Array.from({ length: 12 }, (_, c) => c * EVAL_PER);
  const px = SIDE * SIDE * 3;
  const gallery = new Float32Array(12 * px);
  galleryIdx.forEach((i, k) => gallery.set(ev.world.images.subarray(i * px, (i + 1) * px), k * px));
  // The CCA baseline: fitted once on the main copy's training pairs.
  const ccaModel = fitCca({ images: train.main.world.images, bags: train.main.bags, n: p.pairs });
  const ccaEv = ccaEmbed(ccaModel, ev.world.images, ev.bags, ev.world.n);
  const keys = ev.world.scenes.map(sceneKey);
  const ccaSep = pairSeparation(ccaEv.img, ccaEv.txt, keys);
  const pick = (rows: number[][]) => mapIdx.map((i) => rows[i]);
  const combosShown = mapIdx.map((i) => ev.world.combos[i]);
  const ccaMap = { ...map2d(pick(ccaEv.img.map((r) => r.slice(0, 2))), pick(ccaEv.txt.map((r) => r.slice(0, 2)))), combo: combosShown };
  let prompts = splitPrompts(p.prompts);
  let step = 0;
  let loss = NaN;

  return {
    async train(steps: number): Promise<Metrics> {
      let last: Tensor[] = [];
      for (let s = 0; s < steps; s++) {
        last.forEach((t) => t.dispose());
        last = active.map((c) => runs[c].step(s === steps - 1)).filter((t): t is Tensor => !!t);
      }
      step += steps;
      if (!last.length) return {};
      const all = tf.concat(last);
      last.forEach((t) => t.dispose());
      const v = await all.data();
      all.dispose();
      loss = v[0];
      const m: Metrics = { loss: v[0], temperature: v[3] };
      if (active.length > 1) m.lossClean = v[4];
      return m;
    },

    async snapshot(): Promise<ToyClipSnapshot> {
      const copies: Partial<Record<Copy, CopyScores>> = {};
      let map: MapPoints = { img: [[], []], txt: [[], []], combo: [] };
      let probs: number[][] = [];
      for (const c of active) {
        const r = runs[c];
        const img = await r.embedImages(ev.world.images, ev.world.n);
        const txt = await r.embedTexts(ev.bags);
        const cls = { en: await r.embedTexts(classCaptions('en')), 'zh-Hant': await r.embedTexts(classCaptions('zh-Hant')) };
        const temperature = await r.temperature();
        const rareImg = await r.embedImages(rareSet.world.images, RARE_EVAL);
        const rare = accuracy(classify(rareImg, cls[mainLang]), rareSet.world.combos);
        copies[c] = { ...score(img, txt, ev, cls, mainLang), temperature, rare };
        if (c === 'main') {
          map = { ...map2d(pick(img), pick(txt)), combo: combosShown };
          const pe = prompts.length ? await r.embedTexts(prompts) : [];
          probs = pe.length ? promptProbs(galleryIdx.map((i) => img[i]), pe, temperature) : [];
        }
      }
      return {
        step, loss, copies, map, ccaMap, cca: ccaSep, gallery, prompts: [...prompts],
        unknown: prompts.map((q) => tokenize(q).unknown), probs,
        mismatched: train.main.captions.mismatched.reduce((a, b) => a + b, 0) / p.pairs,
        rareCount: train.main.world.combos.filter((c) => c === RARE).length
      };
    },

    setParams(q: Partial<ToyClipParams>) {
      if (q.lr !== undefined) for (const c of active) runs[c].lr = q.lr;
      if (q.prompts !== undefined) prompts = splitPrompts(q.prompts);
    },

    dispose() {
      for (const c of active) runs[c].dispose();
    }
  };
}

export default createToyClipTrainer;
