/**
 * Toy VQA on generated scenes (pages mm-01, mm-12, mm-08, mm-02). Several fusion models
 * (ml/multimodal/fusion.ts) train side by side on the same batches of one question mix and
 * are scored on a held-out set of fresh scenes:
 * - 'fusion' (mm-01): text-only and image-only baselines vs concatenation, product and
 *   cross-attention fusion on colour / shape / count questions;
 * - 'spatial' (mm-12): "what is left of the circle ?" for a pooled-feature model, a
 *   cross-attention model, and the same cross-attention model with patch positions removed;
 * - 'imbalance' (mm-08): the caption names the label, so the text alone predicts it; two
 *   concatenation models, one trained with modality dropout; scored with text and image,
 *   text only, image only;
 * - 'attention' (mm-02): "what colour is the square ?" on two-object scenes; where each
 *   question's cross-attention falls over the image patches.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { FusionModel, type Fusion } from '$lib/ml/multimodal/fusion';
import { encodePatches, makeVqaSet, patchTokens, type VqaMix, type VqaLang, type VqaSet } from '$lib/ml/multimodal/vqa';
import { objectPatches } from '$lib/ml/multimodal/world';
import { VOCAB_SIZE } from '$lib/ml/multimodal/vocab';
import { copiesOf, EXPERIMENT_MIX, type CopyKey, type Experiment } from './copies';

export interface VqaParams {
  experiment: Experiment;
  lang: VqaLang;
  train: number;
  batch: number;
  lr: number;
  /** Modality dropout of the 'dropout' copy (imbalance). */
  dropout: number;
}

export interface CopySnap {
  key: CopyKey;
  accuracy: number;
  /** Accuracy per question kind (colour, shape, count, spatial, caption). */
  byKind: Record<string, number>;
  /** Imbalance: accuracy with the text blanked (image only) and with the image blanked. */
  imageOnly: number;
  textOnly: number;
  /** Cross-attention: mean attention mass on the patches of the object the question names (best head), and that head. */
  namedMass: number;
  namedHead: number;
}

export interface Example {
  text: string;
  label: number;
  kind: string;
  /** side * side * 3 pixels. */
  image: Float32Array;
  /** Patches of the named object (-1 none). */
  named: number[];
  /** Per copy: predicted label; per cross copy: attention per head [N]. */
  pred: number[];
  attention: (number[][] | null)[];
}

export interface VqaSnapshot {
  step: number;
  experiment: Experiment;
  side: number;
  grid: number;
  copies: CopySnap[];
  /** Share of patches the named object covers (the mass uniform attention puts on it). */
  namedArea: number;
  history: { step: number[]; accuracy: number[][] };
  examples: Example[];
}

export const SIDE = 16;
export const PATCH = 4;
export const TEST = 240;
const EXAMPLES = 6;
/** Width of the fixed patch features. */
export const FEATURES = 32;
const HISTORY_MAX = 300;

interface Copy {
  key: CopyKey;
  model: FusionModel;
  opt: Optimizer;
  dropout: boolean;
  positions: boolean;
}

type Inputs = { pos: Float32Array; noPos: Float32Array; pooled: Float32Array; bags: Float32Array };

export function createVqaTrainer(p: VqaParams, seed: number): Trainer<VqaParams, VqaSnapshot> {
  const rng = new Rng(seed);
  const mix: VqaMix = EXPERIMENT_MIX[p.experiment];
  const spec = { mix, side: SIDE, patch: PATCH, lang: p.lang };
  const train: VqaSet = makeVqaSet(p.train, rng.seed(), spec);
  const test: VqaSet = makeVqaSet(TEST, rng.seed(), spec);
  const encSeed = rng.seed();
  const initSeed = rng.seed();
  const batchRng = new Rng(rng.seed());
  const dropRng = new Rng(rng.seed());
  const { patches: n, classes } = train;
  const specs = copiesOf(p.experiment);
  const inputsOf = (set: VqaSet): Inputs => {
    const pf = encodePatches(set.windows, set.n, n, set.features, encSeed, FEATURES);
    const cross = specs.some((c) => c.fusion === 'cross');
    return {
      pos: cross ? patchTokens(pf, set.n, n, true) : new Float32Array(0),
      noPos: specs.some((c) => c.fusion === 'cross' && !c.positions) ? patchTokens(pf, set.n, n, false) : new Float32Array(0),
      pooled: pf.pooled,
      bags: set.bags
    };
  };
  const trainIn = inputsOf(train);
  const testIn = inputsOf(test);
  const copies: Copy[] = specs.map((c) => {
    const model = new FusionModel(new Rng(initSeed), { fusion: c.fusion as Fusion, features: FEATURES, vocab: VOCAB_SIZE, classes }, c.key);
    return { key: c.key, model, opt: makeOptimizer('adam', model.variables, p.lr, { beta1: 0.9 }), dropout: c.dropout, positions: c.positions };
  });
  let dropout = p.dropout;
  const batch = Math.min(p.batch, p.train);
  const tokW = FEATURES + 2;
  const testT: { pos?: Tensor; noPos?: Tensor; pooled: Tensor; bags: Tensor; zeroPooled: Tensor; zeroBags: Tensor } = {
    pos: testIn.pos.length ? tf.tensor3d(testIn.pos, [TEST, n, tokW]) : undefined,
    noPos: testIn.noPos.length ? tf.tensor3d(testIn.noPos, [TEST, n, tokW]) : undefined,
    pooled: tf.tensor2d(testIn.pooled, [TEST, FEATURES]),
    bags: tf.tensor2d(testIn.bags, [TEST, VOCAB_SIZE]),
    zeroPooled: tf.zeros([TEST, FEATURES]),
    zeroBags: tf.zeros([TEST, VOCAB_SIZE])
  };
  let step = 0;
  const history: VqaSnapshot['history'] = { step: [], accuracy: [] };
  const anyDropout = copies.some((c) => c.dropout);

  const xent = (logits: Tensor, y: Tensor) => tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(logits)), 1)));

  /** Rows `idx` of each input array (only those some copy reads). */
  function gatherRows(src: Inputs, idx: Int32Array): Inputs {
    const rows = (a: Float32Array, w: number) => {
      if (!a.length) return a;
      const out = new Float32Array(idx.length * w);
      idx.forEach((j, i) => out.set(a.subarray(j * w, (j + 1) * w), i * w));
      return out;
    };
    return { pos: rows(src.pos, n * tokW), noPos: rows(src.noPos, n * tokW), pooled: rows(src.pooled, FEATURES), bags: rows(src.bags, VOCAB_SIZE) };
  }

  /**
   * Modality dropout: with probability `dropout` an example loses one of its two inputs
   * (drawn 50/50): its bag of words, or its image (pooled features and patch features zeroed).
   */
  function dropModalities(x: Inputs): Inputs {
    const d = { pos: x.pos.slice(), noPos: x.noPos.slice(), pooled: x.pooled.slice(), bags: x.bags.slice() };
    for (let i = 0; i < batch; i++) {
      if (dropRng.next() >= dropout) continue;
      if (dropRng.next() < 0.5) d.bags.fill(0, i * VOCAB_SIZE, (i + 1) * VOCAB_SIZE);
      else {
        d.pooled.fill(0, i * FEATURES, (i + 1) * FEATURES);
        for (const a of [d.pos, d.noPos]) if (a.length) for (let k = 0; k < n; k++) a.fill(0, (i * n + k) * tokW, (i * n + k) * tokW + FEATURES);
      }
    }
    return d;
  }

  type T = { pos?: Tensor; noPos?: Tensor; pooled: Tensor; bags: Tensor };
  const tensorsOf = (x: Inputs, b: number): T => ({
    pos: x.pos.length ? tf.tensor3d(x.pos, [b, n, tokW]) : undefined,
    noPos: x.noPos.length ? tf.tensor3d(x.noPos, [b, n, tokW]) : undefined,
    pooled: tf.tensor2d(x.pooled, [b, FEATURES]),
    bags: tf.tensor2d(x.bags, [b, VOCAB_SIZE])
  });
  const run = (c: Copy, x: T) => c.model.apply({ tokens: c.positions ? x.pos : x.noPos, pooled: x.pooled, bags: x.bags });

  function evaluate(x: T): Tensor[] {
    return copies.map((c) => tf.argMax(run(c, x).logits, 1).toInt());
  }

  return {
    async train(steps: number): Promise<Metrics> {
      let lossT: Tensor | null = null;
      for (let s = 0; s < steps; s++) {
        const idx = Int32Array.from({ length: batch }, () => batchRng.int(p.train));
        const x = gatherRows(trainIn, idx);
        const xd = anyDropout && dropout > 0 ? dropModalities(x) : x;
        const labels = idx.map((j) => train.label[j]);
        const last = s === steps - 1;
        const out = tf.tidy(() => {
          const xt = tensorsOf(x, batch);
          const xdt = xd === x ? xt : tensorsOf(xd, batch);
          const y = tf.oneHot(tf.tensor1d(labels, 'int32'), classes).toFloat();
          const losses: Tensor[] = [];
          const { grads } = tf.variableGrads(() => {
            const ls = copies.map((c) => xent(run(c, c.dropout ? xdt : xt).logits, y));
            if (last) losses.push(...ls.map((l) => tf.keep(l)));
            return tf.addN(ls) as tf.Scalar;
          }, copies.flatMap((c) => c.model.variables));
          for (const c of copies) c.opt.step(c.model.variables.map((v) => grads[v.name]));
          if (!last) return tf.zeros([0]);
          const st = tf.stack(losses);
          losses.forEach((l) => l.dispose());
          return st;
        });
        if (last) lossT = out;
        else out.dispose();
      }
      step += steps;
      if (!lossT) return {};
      const v = await lossT.data();
      lossT.dispose();
      const m: Metrics = {};
      copies.forEach((c, i) => (m[`loss_${c.key}`] = v[i]));
      return m;
    },

    async snapshot(): Promise<VqaSnapshot> {
      const both = tf.tidy(() => evaluate(testT));
      const blanks =
        p.experiment === 'imbalance'
          ? tf.tidy(() => [...evaluate({ ...testT, bags: testT.zeroBags }), ...evaluate({ ...testT, pooled: testT.zeroPooled })])
          : [];
      const ex = Array.from({ length: EXAMPLES }, (_, i) => i);
      const att = tf.tidy(() => copies.map((c) => (c.model.fusion === 'cross' ? tf.stack(run(c, testT).attention, 1) : tf.zeros([1]))));
      const predsAll = await Promise.all(both.map((t) => t.data()));
      const blankAll = await Promise.all(blanks.map((t) => t.data()));
      const attAll = await Promise.all(att.map((t) => t.data()));
      [...both, ...blanks, ...att].forEach((t) => t.dispose());
      const named = Array.from({ length: TEST }, (_, i) => (test.about[i] >= 0 ? objectPatches(test.world.scenes[i].objects[test.about[i]], SIDE, PATCH) : []));
      const withNamed = named.map((x, i) => i).filter((i) => named[i].length > 0);
      const namedArea = withNamed.length ? withNamed.reduce((s, i) => s + named[i].length / n, 0) / withNamed.length : NaN;
      const acc = (pred: ArrayLike<number>, only?: (i: number) => boolean) => {
        let ok = 0;
        let all = 0;
        for (let i = 0; i < TEST; i++) {
          if (only && !only(i)) continue;
          all++;
          if (pred[i] === test.label[i]) ok++;
        }
        return all ? ok / all : NaN;
      };
      const kinds = [...new Set(test.kind)];
      const heads = copies[0]?.model.heads ?? 0;
      const snaps: CopySnap[] = copies.map((c, ci) => {
        const pred = predsAll[ci];
        let namedMass = NaN;
        let namedHead = -1;
        if (c.model.fusion === 'cross' && withNamed.length) {
          const a = attAll[ci];
          for (let h = 0; h < heads; h++) {
            let mass = 0;
            for (const i of withNamed) for (const k of named[i]) mass += a[(i * heads + h) * n + k];
            mass /= withNamed.length;
            if (!(mass <= namedMass)) [namedMass, namedHead] = [mass, h];
          }
        }
        return {
          key: c.key,
          accuracy: acc(pred),
          byKind: Object.fromEntries(kinds.map((k) => [k, acc(pred, (i) => test.kind[i] === k)])),
          imageOnly: blanks.length ? acc(blankAll[ci]) : NaN,
          textOnly: blanks.length ? acc(blankAll[copies.length + ci]) : NaN,
          namedMass,
          namedHead
        };
      });
      if (history.step[history.step.length - 1] !== step) {
        history.step.push(step);
        history.accuracy.push(snaps.map((s) => s.accuracy));
        if (history.step.length > HISTORY_MAX) {
          const keep = (_: unknown, i: number) => i % 2 === 0 || i === history.step.length - 1;
          history.step = history.step.filter(keep);
          history.accuracy = history.accuracy.filter(keep);
        }
      }
      const px = SIDE * SIDE * 3;
      const examples: Example[] = ex.map((i) => ({
        text: test.text[i],
        label: test.label[i],
        kind: test.kind[i],
        image: test.world.images.slice(i * px, (i + 1) * px),
        named: named[i],
        pred: copies.map((_, ci) => predsAll[ci][i]),
        attention: copies.map((c, ci) =>
          c.model.fusion === 'cross' ? Array.from({ length: heads }, (_, h) => Array.from(attAll[ci].subarray((i * heads + h) * n, (i * heads + h + 1) * n))) : null
        )
      }));
      return {
        step, experiment: p.experiment, side: SIDE, grid: SIDE / PATCH, copies: snaps, namedArea,
        history: { step: [...history.step], accuracy: history.accuracy.map((r) => [...r]) },
        examples
      };
    },

    setParams(q: Partial<VqaParams>) {
      if (q.lr !== undefined) for (const c of copies) c.opt.lr = q.lr;
      if (q.dropout !== undefined) dropout = q.dropout;
    },

    dispose() {
      for (const c of copies) {
        c.model.dispose();
        c.opt.dispose();
      }
      for (const t of Object.values(testT)) t?.dispose();
    }
  };
}

export default createVqaTrainer;
