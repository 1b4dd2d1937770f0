/**
 * masked-modelling (page mm-06): masked image and caption modelling on 8 x 8 pictures. Each
 * step hides a share of the 16 patches (2 x 2 pixels) of every picture (drawn per picture
 * between 10 % and 95 %, variable-ratio masking as in MaskGIT) and each content word
 * (colour, shape) of its caption with some chance; a small network (one ReLU layer) sees the
 * visible patches, a blurred fill of them (its pixel output is a correction added to that
 * fill), which patches are hidden, and the visible caption words, and reconstructs the
 * hidden pixels (squared error) and the hidden words (cross-entropy). Two copies start
 * from the same weights and see the same batches and masks: one reads the caption, one gets
 * an empty caption. The snapshot scores both on new pictures at several mask ratios, and at
 * the reader's ratio (a live slider) for the pictures shown and the error curve.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { normalVar, zerosVar } from '$lib/ml/multimodal/encoders';
import { makePairs, type PairSet } from '$lib/ml/multimodal/data';
import { encode } from '$lib/ml/multimodal/tokenizer';
import { COLOURS, COLOUR_WORDS, SHAPES, SHAPE_WORDS, VOCAB_SIZE } from '$lib/ml/multimodal/vocab';
import { COPIES, EVAL_RATIOS, GRID, PATCH, PATCHES, SIDE, type Copy } from './shared';

export interface MaskParams {
  imageMask: number;
  textMask: number;
  hidden: number;
  lr: number;
}

export { COPIES, EVAL_RATIOS };
const PX = SIDE * SIDE * 3;
/** Input: visible pixels, their blurred fill, the patch mask, the caption's visible words (multi-hot). */
const IN = 2 * PX + PATCHES + VOCAB_SIZE;
const BLUR = 2;
const WORDS = COLOURS.length + SHAPES.length;
const TRAIN = 600;
const EVAL = 128;
const BATCH = 32;
const SHOWN = 6;

export interface MaskSnapshot {
  step: number;
  /**
   * Relative error of the hidden pixels on new pictures, per copy, at each of EVAL_RATIOS: squared
   * error over the hidden pixels divided by their squared values (1 = no better than black).
   */
  errors: Record<Copy, number[]>;
  /** Share of hidden colour and shape words predicted right (both words hidden, training ratio). */
  wordAccuracy: Record<Copy, number>;
  /** The reader's mask ratio (pictures shown, error curve). */
  ratio: number;
  /** History of the error at that ratio. */
  history: { step: number[]; with: number[]; without: number[] };
  /** SHOWN pictures: originals, masked inputs, and each copy's reconstruction (NHWC, SIDE). */
  originals: Float32Array;
  masked: Float32Array;
  recon: Record<Copy, Float32Array>;
  captions: string[];
}

/**
 * Which patches to hide: the first round(ratio * PATCHES) of a random order of the patches. The
 * order always takes the same rng draws, so with one rng state a higher ratio hides a superset.
 */
function patchMask(rng: Rng, ratio: number): Uint8Array {
  const k = Math.min(PATCHES, Math.max(0, Math.round(ratio * PATCHES)));
  const order = Array.from({ length: PATCHES }, (_, i) => i);
  for (let i = 0; i < PATCHES - 1; i++) {
    const r = i + rng.int(PATCHES - i);
    [order[i], order[r]] = [order[r], order[i]];
  }
  const m = new Uint8Array(PATCHES);
  for (let i = 0; i < k; i++) m[order[i]] = 1;
  return m;
}

interface Batch {
  x: Float32Array;
  /** The blurred fill of the visible pixels (the prediction's starting point). */
  blur: Float32Array;
  /** 1 on hidden pixels (per value), for the loss, and their count. */
  hiddenPx: Float32Array;
  hiddenCount: number;
  target: Float32Array;
  colour: number[];
  shape: number[];
  /** One-hot colour then shape of each picture, zeroed where that word was not hidden, and their count. */
  wordTarget: Float32Array;
  wordCount: number;
}

/** Training draws each picture's mask ratio uniformly from this range (variable-ratio masking). */
export const TRAIN_RATIOS: [number, number] = [0.1, 0.95];

/** Inputs for pictures idx of a set: masked pixels, the mask, the caption bag without its hidden words. */
export function makeBatch(set: PairSet, idx: ArrayLike<number>, rng: Rng, imageMask: number | 'variable', textMask: number, withCaption: boolean): Batch {
  const n = idx.length;
  const b: Batch = { x: new Float32Array(n * IN), blur: new Float32Array(n * PX), hiddenPx: new Float32Array(n * PX), hiddenCount: 0, target: new Float32Array(n * PX), colour: [], shape: [], wordTarget: new Float32Array(n * WORDS), wordCount: 0 };
  for (let r = 0; r < n; r++) {
    const i = idx[r];
    const m = patchMask(rng, imageMask === 'variable' ? rng.uniform(...TRAIN_RATIOS) : imageMask);
    const img = set.world.images.subarray(i * PX, (i + 1) * PX);
    b.target.set(img, r * PX);
    for (let y = 0; y < SIDE; y++)
      for (let x = 0; x < SIDE; x++) {
        const hide = m[Math.floor(y / PATCH) * GRID + Math.floor(x / PATCH)];
        for (let c = 0; c < 3; c++) {
          const k = 3 * (y * SIDE + x) + c;
          b.x[r * IN + k] = hide ? 0 : img[k];
          b.hiddenPx[r * PX + k] = hide;
          b.hiddenCount += hide;
        }
      }
    // Blurred fill: each pixel gets the mean of the visible pixels within BLUR pixels of it.
    for (let y = 0; y < SIDE; y++)
      for (let x = 0; x < SIDE; x++) {
        let cnt = 0;
        const acc = [0, 0, 0];
        for (let dy = -BLUR; dy <= BLUR; dy++)
          for (let dx = -BLUR; dx <= BLUR; dx++) {
            const yy = y + dy;
            const xx = x + dx;
            if (yy < 0 || yy >= SIDE || xx < 0 || xx >= SIDE || m[Math.floor(yy / PATCH) * GRID + Math.floor(xx / PATCH)]) continue;
            cnt++;
            for (let c = 0; c < 3; c++) acc[c] += img[3 * (yy * SIDE + xx) + c];
          }
        for (let c = 0; c < 3; c++) {
          const v = cnt ? acc[c] / cnt : 0;
          b.blur[r * PX + 3 * (y * SIDE + x) + c] = v;
          b.x[r * IN + PX + 3 * (y * SIDE + x) + c] = v;
        }
      }
    for (let p = 0; p < PATCHES; p++) b.x[r * IN + 2 * PX + p] = m[p];
    const o = set.world.scenes[i].objects[0];
    const lang = set.captions.lang[i];
    b.colour.push(o.colour);
    b.shape.push(o.shape);
    const hideC = rng.next() < textMask;
    const hideS = rng.next() < textMask;
    if (hideC) b.wordTarget[r * WORDS + o.colour] = 1;
    if (hideS) b.wordTarget[r * WORDS + COLOURS.length + o.shape] = 1;
    b.wordCount += (hideC ? 1 : 0) + (hideS ? 1 : 0);
    if (!withCaption) continue;
    const drop = new Set<number>([...(hideC ? encode(COLOUR_WORDS[lang][o.colour]) : []), ...(hideS ? encode(SHAPE_WORDS[lang][o.shape]) : [])]);
    const ids = set.ids[i].filter((id) => id > 4 && !drop.has(id));
    for (const id of ids) b.x[r * IN + 2 * PX + PATCHES + id] = 1;
  }
  return b;
}

export class MaskNet {
  readonly vars: Variable[];
  constructor(rng: Rng, hidden: number, name: string) {
    this.vars = [
      normalVar(rng, [IN, hidden], Math.sqrt(2 / IN), `${name}/w1`), zerosVar([hidden], `${name}/b1`),
      normalVar(rng, [hidden, PX + WORDS], 1 / Math.sqrt(hidden), `${name}/w2`), zerosVar([PX + WORDS], `${name}/b2`)
    ];
  }
  /** [B, IN] -> pixels [B, PX] and word logits [B, WORDS]. */
  apply(x: Tensor): { px: Tensor; words: Tensor } {
    const [w1, b1, w2, b2] = this.vars;
    const out = tf.relu(x.matMul(w1).add(b1)).matMul(w2).add(b2);
    return { px: out.slice([0, 0], [-1, PX]), words: out.slice([0, PX], [-1, WORDS]) };
  }
  dispose(): void {
    for (const v of this.vars) v.dispose();
  }
}

/** Squared error over hidden pixels / their count, and word cross-entropy over hidden words / their count. */
export function losses(net: MaskNet, b: Batch) {
  const n = b.colour.length;
  const out = net.apply(tf.tensor2d(b.x, [n, IN]));
  const px = out.px.add(tf.tensor2d(b.blur, [n, PX]));
  const words = out.words;
  const mse = px.sub(tf.tensor2d(b.target, [n, PX])).square().mul(tf.tensor2d(b.hiddenPx, [n, PX])).sum().div(Math.max(1, b.hiddenCount));
  const colourLogits = words.slice([0, 0], [-1, COLOURS.length]);
  const shapeLogits = words.slice([0, COLOURS.length], [-1, SHAPES.length]);
  const logp = tf.concat([tf.logSoftmax(colourLogits), tf.logSoftmax(shapeLogits)], 1);
  const wordLoss = logp.mul(tf.tensor2d(b.wordTarget, [n, WORDS])).sum().div(-Math.max(1, b.wordCount));
  return { mse, wordLoss, px, colourLogits, shapeLogits };
}

export function createMaskTrainer(p: MaskParams, seed: number): Trainer<MaskParams, MaskSnapshot> {
  const rng = new Rng(seed);
  const train = makePairs(TRAIN, rng.seed(), { side: SIDE }, { lang: 'both' });
  const ev = makePairs(EVAL, rng.seed(), { side: SIDE }, { lang: 'both' });
  const initSeed = rng.seed();
  const nets = { with: new MaskNet(new Rng(initSeed), p.hidden, 'mask-with'), without: new MaskNet(new Rng(initSeed), p.hidden, 'mask-without') };
  const opts: Record<Copy, Optimizer> = { with: makeOptimizer('adam', nets.with.vars, p.lr, { beta1: 0.9 }), without: makeOptimizer('adam', nets.without.vars, p.lr, { beta1: 0.9 }) };
  const batchSeed = rng.seed();
  const batchRng = new Rng(batchSeed);
  const evalSeed = rng.seed();
  // Evaluation inputs are fixed: the same masks every snapshot; captions complete for pixels,
  // both content words hidden for the word score.
  const evIdx = Array.from({ length: EVAL }, (_, i) => i);
  const evBatches = (withCaption: boolean) => EVAL_RATIOS.map((r) => makeBatch(ev, evIdx, new Rng(evalSeed), r, 0, withCaption));
  const evPx = { with: evBatches(true), without: evBatches(false) };
  // Relative error: squared error over hidden pixels / their squared values (the error of painting the gaps black).
  const energy = (b: Batch) => b.target.reduce((a, v, k) => a + v * v * b.hiddenPx[k], 0) / Math.max(1, b.hiddenCount);
  const evWords = { with: makeBatch(ev, evIdx, new Rng(evalSeed + 99), 0.75, 1, true), without: makeBatch(ev, evIdx, new Rng(evalSeed + 99), 0.75, 1, false) };
  // The reader's ratio (live): the pictures shown and the error curve use it.
  let ratio = p.imageMask;
  const atRatio = (idx: number[], salt: number) => ({ with: makeBatch(ev, idx, new Rng(evalSeed + salt), ratio, 0, true), without: makeBatch(ev, idx, new Rng(evalSeed + salt), ratio, 0, false) });
  let shown = atRatio(evIdx.slice(0, SHOWN), 7);
  let evRatio = atRatio(evIdx, 8);
  let step = 0;
  const history = { step: [] as number[], with: [] as number[], without: [] as number[] };

  return {
    async train(n: number): Promise<Metrics> {
      let last: Tensor | undefined;
      for (let s = 0; s < n; s++) {
        const idx = Array.from({ length: BATCH }, () => batchRng.int(TRAIN));
        // Both copies see the same masks: each batch is drawn from a copy of the same rng state.
        const state = batchRng.seed();
        const batches = { with: makeBatch(train, idx, new Rng(state), 'variable', p.textMask, true), without: makeBatch(train, idx, new Rng(state), 'variable', p.textMask, false) };
        last?.dispose();
        last = tf.tidy(() => {
          const out: Tensor[] = [];
          for (const c of COPIES) {
            const { value, grads } = tf.variableGrads(() => {
              const l = losses(nets[c], batches[c]);
              return l.mse.add(l.wordLoss.mul(0.1)) as tf.Scalar;
            }, nets[c].vars);
            opts[c].step(nets[c].vars.map((v) => grads[v.name]));
            out.push(value);
          }
          return s === n - 1 ? tf.stack(out) : tf.scalar(0);
        });
      }
      step += n;
      if (!last) return {};
      const v = await last.data();
      last.dispose();
      return { lossWith: v[0], lossWithout: v[1] };
    },

    async snapshot(): Promise<MaskSnapshot> {
      const ts = tf.tidy(() =>
        COPIES.flatMap((c) => {
          const errs = [...evPx[c], evRatio[c]].map((b) => losses(nets[c], b).mse.div(energy(b)));
          const w = losses(nets[c], evWords[c]);
          const right = tf.equal(tf.argMax(w.colourLogits, 1), tf.tensor1d(evWords[c].colour, 'int32')).toFloat().mean()
            .add(tf.equal(tf.argMax(w.shapeLogits, 1), tf.tensor1d(evWords[c].shape, 'int32')).toFloat().mean()).div(2);
          const rec = losses(nets[c], shown[c]).px.clipByValue(0, 1);
          return [tf.stack([...errs, right]), rec];
        })
      );
      const vals = await Promise.all(ts.map((t) => t.data()));
      ts.forEach((t) => t.dispose());
      const errors = { with: Array.from(vals[0].slice(0, EVAL_RATIOS.length)), without: Array.from(vals[2].slice(0, EVAL_RATIOS.length)) };
      const n = EVAL_RATIOS.length;
      const wordAccuracy = { with: vals[0][n + 1], without: vals[2][n + 1] };
      const atTrain = (c: Copy) => vals[c === 'with' ? 0 : 2][n];
      if (history.step[history.step.length - 1] !== step && step > 0) {
        history.step.push(step);
        history.with.push(atTrain('with'));
        history.without.push(atTrain('without'));
      }
      const masked = new Float32Array(SHOWN * PX);
      for (let r = 0; r < SHOWN; r++) masked.set(shown.with.x.subarray(r * IN, r * IN + PX), r * PX);
      return {
        step, errors, wordAccuracy, ratio,
        history: { step: [...history.step], with: [...history.with], without: [...history.without] },
        originals: shown.with.target.slice(), masked,
        recon: { with: vals[1] as Float32Array, without: vals[3] as Float32Array },
        captions: ev.captions.text.slice(0, SHOWN)
      };
    },

    setParams(q: Partial<MaskParams>) {
      if (q.lr !== undefined) for (const c of COPIES) opts[c].lr = q.lr;
      if (q.imageMask !== undefined && q.imageMask !== ratio) {
        ratio = q.imageMask;
        shown = atRatio(evIdx.slice(0, SHOWN), 7);
        evRatio = atRatio(evIdx, 8);
        history.step = [];
        history.with = [];
        history.without = [];
      }
    },

    dispose() {
      for (const c of COPIES) {
        nets[c].dispose();
        opts[c].dispose();
      }
    }
  };
}

export default createMaskTrainer;
