/**
 * mm-09: data sparsity. Two toy CLIPs (same initial weights, same batches) are aligned on a few
 * picture-caption pairs in which three colour-shape combinations never appear. Before that,
 * the "pretrained" copy's encoders each learn alone on their own modality for pretrainSteps
 * steps: the picture encoder classifies colour and shape of 600 unpaired pictures, the caption
 * encoder the colour and shape a caption names (600 unpaired captions, both languages); the
 * "scratch" copy waits. Both are then scored zero-shot (12 class captions) on new pictures of
 * the three unseen combinations and of the seen ones.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer } from '$lib/ml/optim/optimizers';
import { ClipModel } from '$lib/ml/multimodal/clip';
import { ClipTraining, takeRows } from '$lib/ml/multimodal/clip-train';
import { makePairs, sampleIndices } from '$lib/ml/multimodal/data';
import type { ConvEncoder } from '$lib/ml/multimodal/encoders';
import { comboCaption } from '$lib/ml/multimodal/captions';
import { accuracy, classify } from '$lib/ml/multimodal/eval';
import { COLOURS, COMBOS, SHAPES, VOCAB_SIZE, colourOfCombo, shapeOfCombo, comboOf } from '$lib/ml/multimodal/vocab';
import { Head, SIDE, crossEntropy, pushHistory } from './common';
import type { VlParams, VlSnapshot } from './trainer';

export const SP_COPIES = ['pretrained', 'scratch'] as const;
/** Never in the pairs: red triangle, green circle, blue square (each colour and shape still seen). */
export const HELD_OUT = [comboOf(0, 2), comboOf(1, 0), comboOf(2, 1)];
const UNPAIRED = 600;
const TEST_PER = 20;
const DIM = 16;
const BATCH = 32;

const classCaptions = Array.from({ length: COMBOS }, (_, c) => comboCaption(colourOfCombo(c), shapeOfCombo(c), 'en'));

export function createSparse(p: VlParams, seed: number): Trainer<VlParams, VlSnapshot> {
  const rng = new Rng(seed);
  const pairs = makePairs(p.pairs, rng.seed(), { side: SIDE, heldOut: HELD_OUT }, { lang: 'both' });
  const initSeed = rng.seed();
  const batchSeed = rng.seed();
  // The pretrained copy aligns with its encoders' bodies kept as pretrained (only the two final
  // projections and the temperature train, as in LiT); the scratch copy trains everything.
  const runs = Object.fromEntries(
    SP_COPIES.map((c) => {
      const m = new ClipModel(new Rng(initSeed), { side: SIDE, dim: DIM }, `vlp-${c}`);
      const vars = c === 'pretrained' ? [...(m.image as ConvEncoder).head, ...m.text.head, m.logScale] : undefined;
      return [c, new ClipTraining(m, batchSeed, { n: p.pairs, images: pairs.world.images, bags: pairs.bags }, { lr: p.lr, batch: BATCH, vars })];
    })
  ) as Record<(typeof SP_COPIES)[number], ClipTraining>;
  // Unimodal data: pictures with their attributes, and captions (of other scenes) with theirs.
  const pics = makePairs(UNPAIRED, rng.seed(), { side: SIDE });
  const texts = makePairs(UNPAIRED, rng.seed(), { side: SIDE }, { lang: 'both' });
  const model = runs.pretrained.model;
  const picWindows = model.image.prepare(pics.world.images, UNPAIRED);
  const heads = { picColour: new Head(DIM, COLOURS.length, 'vlp-pc'), picShape: new Head(DIM, SHAPES.length, 'vlp-ps'), txtColour: new Head(DIM, COLOURS.length, 'vlp-tc'), txtShape: new Head(DIM, SHAPES.length, 'vlp-ts') };
  const preVars: Variable[] = [...model.image.variables, ...model.text.variables, ...Object.values(heads).flatMap((h) => h.variables)];
  const preOpt = makeOptimizer('adam', preVars, p.lr, { beta1: 0.9 });
  const preRng = new Rng(rng.seed());
  const unseen = makePairs(TEST_PER * HELD_OUT.length, rng.seed(), { side: SIDE, only: HELD_OUT });
  const seen = makePairs(TEST_PER * 9, rng.seed(), { side: SIDE, heldOut: HELD_OUT });
  const [pos, f] = model.image.prepared;
  let step = 0;
  const history = { step: [] as number[], values: [] as number[][] };

  const preStep = (report: boolean): Tensor | undefined => {
    const ip = sampleIndices(preRng, UNPAIRED, BATCH);
    const it = sampleIndices(preRng, UNPAIRED, BATCH);
    const attrs = (set: typeof pics, idx: Int32Array) => ({
      colour: Array.from(idx, (i) => set.world.scenes[i].objects[0].colour),
      shape: Array.from(idx, (i) => set.world.scenes[i].objects[0].shape)
    });
    const a = attrs(pics, ip);
    const b = attrs(texts, it);
    const xs = takeRows(picWindows, ip, pos * f);
    const bs = takeRows(texts.bags, it, VOCAB_SIZE);
    return tf.tidy(() => {
      const x = tf.tensor3d(xs, [ip.length, pos, f]);
      const bag = tf.tensor2d(bs, [it.length, VOCAB_SIZE]);
      const { value, grads } = tf.variableGrads(() => {
        const zi = model.image.apply(x);
        const zt = model.text.apply(bag);
        return tf.addN([
          crossEntropy(heads.picColour.logits(zi), a.colour, COLOURS.length),
          crossEntropy(heads.picShape.logits(zi), a.shape, SHAPES.length),
          crossEntropy(heads.txtColour.logits(zt), b.colour, COLOURS.length),
          crossEntropy(heads.txtShape.logits(zt), b.shape, SHAPES.length)
        ]) as tf.Scalar;
      }, preVars);
      preOpt.step(preVars.map((v) => grads[v.name]));
      return report ? tf.keep(value.reshape([1])) : undefined;
    });
  };

  const zeroShot = async (r: ClipTraining, set: typeof unseen) => {
    const img = await r.embedImages(set.world.images, set.world.n);
    const cls = await r.embedTexts(classCaptions);
    return accuracy(classify(img, cls), set.world.combos);
  };

  return {
    async train(n: number): Promise<Metrics> {
      let last: Tensor[] = [];
      for (let s = 0; s < n; s++) {
        last.forEach((t) => t.dispose());
        const report = s === n - 1;
        const out = step < p.pretrainSteps ? [preStep(report)] : SP_COPIES.map((c) => runs[c].step(report));
        last = out.filter((t): t is Tensor => !!t);
        step++;
      }
      if (!last.length) return {};
      const all = tf.concat(last);
      last.forEach((t) => t.dispose());
      const v = await all.data();
      all.dispose();
      return v.length === 1 ? { pretrainLoss: v[0] } : { lossPretrained: v[0], lossScratch: v[4] };
    },

    async snapshot(): Promise<VlSnapshot> {
      const aligned = step > p.pretrainSteps;
      const acc = aligned ? await Promise.all(SP_COPIES.flatMap((c) => [zeroShot(runs[c], unseen), zeroShot(runs[c], seen)])) : null;
      if (acc) pushHistory(history, step - p.pretrainSteps, [acc[0], acc[2]]);
      return {
        mode: 'sparse',
        step,
        phase: step < p.pretrainSteps ? 'pretrain' : 'align',
        pretrainSteps: p.pretrainSteps,
        accuracy: acc ? [acc[0], acc[2]] : null,
        seenAccuracy: acc ? [acc[1], acc[3]] : null,
        history: { step: [...history.step], values: history.values.map((r) => [...r]) },
        gallery: unseen.world.images.slice(0, 0),
        galleryTruth: [],
        galleryPred: null,
        dataSize: p.pairs,
        heldOut: HELD_OUT
      };
    },

    setParams(q: Partial<VlParams>) {
      if (q.lr === undefined) return;
      for (const c of SP_COPIES) runs[c].lr = q.lr;
      preOpt.lr = q.lr;
    },

    dispose() {
      for (const c of SP_COPIES) runs[c].dispose();
      for (const h of Object.values(heads)) h.dispose();
      preOpt.dispose();
    }
  };
}
