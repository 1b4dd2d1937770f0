/**
 * mm-10: vision-language pre-training, then a small labelled task. Phase 1 (pretrainSteps
 * steps): a toy CLIP learns from 800 unlabelled picture-caption pairs (contrastive loss).
 * Phase 2: two copies of the same conv image encoder learn to classify the 12 colour-shape
 * combinations from `labelled` pictures: one starts from CLIP's image encoder, the other from
 * random weights; both get a linear head and the same full-batch Adam
 * steps, and are scored on 240 new pictures. Both heads read unit-length image embeddings; the
 * pretrained copy's head starts as CLIP's zero-shot classifier (its class captions' embeddings),
 * the scratch copy's at zero.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { ClipModel, normalizeRows } from '$lib/ml/multimodal/clip';
import { comboCaption } from '$lib/ml/multimodal/captions';
import { bagsOf } from '$lib/ml/multimodal/data';
import { ClipTraining } from '$lib/ml/multimodal/clip-train';
import { ConvEncoder, type ImageEncoder } from '$lib/ml/multimodal/encoders';
import { makePairs } from '$lib/ml/multimodal/data';
import { makeWorld } from '$lib/ml/multimodal/world';
import { COMBOS, VOCAB_SIZE, colourOfCombo, shapeOfCombo } from '$lib/ml/multimodal/vocab';
import { Head, SIDE, argmaxAccuracy, crossEntropy, pushHistory } from './common';
import type { VlParams, VlSnapshot } from './trainer';

export const FT_COPIES = ['pretrained', 'scratch'] as const;
const PRETRAIN_PAIRS = 800;
const TEST = 240;
const DIM = 16;
const classCaptions = Array.from({ length: COMBOS }, (_, c) => comboCaption(colourOfCombo(c), shapeOfCombo(c), 'en'));

export function createFinetune(p: VlParams, seed: number): Trainer<VlParams, VlSnapshot> {
  const rng = new Rng(seed);
  const pre = makePairs(PRETRAIN_PAIRS, rng.seed(), { side: SIDE }, { lang: 'both' });
  const clip = new ClipModel(new Rng(rng.seed()), { side: SIDE, dim: DIM }, 'vlp-clip');
  const ct = new ClipTraining(clip, rng.seed(), { n: PRETRAIN_PAIRS, images: pre.world.images, bags: pre.bags }, { lr: p.lr, batch: 32 });
  const scratch = new ConvEncoder(new Rng(rng.seed()), { side: SIDE, out: DIM }, 'vlp-scratch');
  const lab = makeWorld(p.labelled, rng.seed(), { side: SIDE });
  const test = makeWorld(TEST, rng.seed(), { side: SIDE });
  const encoders: Record<(typeof FT_COPIES)[number], ImageEncoder> = { pretrained: clip.image, scratch };
  const heads = { pretrained: new Head(DIM, COMBOS, 'vlp-head-pre'), scratch: new Head(DIM, COMBOS, 'vlp-head-scratch') };
  const [pos, f] = scratch.prepared;
  const xLab = tf.tensor3d(scratch.prepare(lab.images, lab.n), [lab.n, pos, f]);
  const xTest = tf.tensor3d(scratch.prepare(test.images, TEST), [TEST, pos, f]);
  const vars = (c: (typeof FT_COPIES)[number]): Variable[] => [...encoders[c].variables, ...heads[c].variables];
  let opts: Record<(typeof FT_COPIES)[number], Optimizer> | null = null;
  let lr = p.lr;
  let step = 0;
  const history = { step: [] as number[], values: [] as number[][] };

  // The pretrained copy's head starts as CLIP's zero-shot classifier: the class captions'
  // embeddings times the logit scale, on unit image embeddings. The scratch copy's head starts at zero.
  const initHead = () =>
    tf.tidy(() => {
      const cls = clip.embedTexts(tf.tensor2d(bagsOf(classCaptions), [COMBOS, VOCAB_SIZE]));
      heads.pretrained.w.assign(cls.transpose().mul(clip.logScale.exp()));
    });
  const ftStep = (report: boolean): Tensor | undefined => {
    if (!opts) initHead();
    opts ??= { pretrained: makeOptimizer('adam', vars('pretrained'), lr, { beta1: 0.9 }), scratch: makeOptimizer('adam', vars('scratch'), lr, { beta1: 0.9 }) };
    return tf.tidy(() => {
      const losses: Tensor[] = [];
      for (const c of FT_COPIES) {
        const { value, grads } = tf.variableGrads(() => crossEntropy(heads[c].logits(normalizeRows(encoders[c].apply(xLab))), lab.combos, COMBOS) as tf.Scalar, vars(c));
        opts![c].step(vars(c).map((v) => grads[v.name]));
        losses.push(value);
      }
      return report ? tf.keep(tf.stack(losses)) : undefined;
    });
  };

  const evaluate = async () => {
    const t = tf.tidy(() => tf.concat(FT_COPIES.map((c) => heads[c].logits(normalizeRows(encoders[c].apply(xTest))))));
    const v = await t.data();
    t.dispose();
    return FT_COPIES.map((_, k) => argmaxAccuracy(v.subarray(k * TEST * COMBOS, (k + 1) * TEST * COMBOS) as Float32Array, TEST, COMBOS, test.combos));
  };

  return {
    async train(n: number): Promise<Metrics> {
      let last: Tensor | undefined;
      for (let s = 0; s < n; s++) {
        last?.dispose();
        last = step < p.pretrainSteps ? ct.step(s === n - 1) : ftStep(s === n - 1);
        step++;
      }
      if (!last) return {};
      const v = await last.data();
      last.dispose();
      return v.length === 2 ? { lossPretrained: v[0], lossScratch: v[1] } : { clipLoss: v[0] };
    },

    async snapshot(): Promise<VlSnapshot> {
      const [a, b] = step > p.pretrainSteps ? await evaluate() : [null, null];
      if (a && b) pushHistory(history, step - p.pretrainSteps, [a.acc, b.acc]);
      return {
        mode: 'finetune',
        step,
        phase: step < p.pretrainSteps ? 'pretrain' : 'align',
        pretrainSteps: p.pretrainSteps,
        accuracy: a && b ? [a.acc, b.acc] : null,
        history: { step: [...history.step], values: history.values.map((r) => [...r]) },
        gallery: test.images.slice(0, 8 * SIDE * SIDE * 3),
        galleryTruth: Array.from(test.combos.slice(0, 8)),
        galleryPred: a && b ? [a.pred.slice(0, 8), b.pred.slice(0, 8)] : null,
        dataSize: p.labelled
      };
    },

    setParams(q: Partial<VlParams>) {
      if (q.lr === undefined) return;
      lr = q.lr;
      ct.lr = lr;
      if (opts) for (const c of FT_COPIES) opts[c].lr = lr;
    },

    dispose() {
      ct.dispose();
      scratch.dispose();
      heads.pretrained.dispose();
      heads.scratch.dispose();
      if (opts) for (const c of FT_COPIES) opts[c].dispose();
      xLab.dispose();
      xTest.dispose();
    }
  };
}
