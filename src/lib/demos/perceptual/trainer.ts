/**
 * Losses for image synthesis (mm-04) and perceptual loss (mm-05). First a small conv net
 * learns to name the colour and shape of generated scenes (`netSteps` steps); its pooled
 * feature maps are the feature space. Every snapshot scores distorted copies of target
 * scenes (shifted, blurred, noisy, and a different scene for scale) by pixel MSE / MAE,
 * SSIM and the feature distance. After the net is trained, two images start from the same
 * grey noise and are optimised toward the target: one under the pixel loss (MSE), one under
 * the feature loss; both distances are tracked for both.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { makeWorld } from '$lib/ml/multimodal/world';
import { COMBOS } from '$lib/ml/multimodal/vocab';
import { blurImage, FeatureNet, type FeatureLayer, mae, mse, noisyImage, shiftImage, ssim } from '$lib/ml/multimodal/perceptual';
import { DISTORTIONS, type Distortion } from './kinds';

export interface PerceptualParams {
  netSteps: number;
  shift: number;
  blur: number;
  noise: number;
  lr: number;
  layer: FeatureLayer;
}

export interface Scores {
  mse: number;
  mae: number;
  ssim: number;
  feature: number;
}

export interface OptCopy {
  image: Float32Array;
  /** Pixel MSE and feature distance to the target, per snapshot. */
  mse: number[];
  feature: number[];
}

export interface PerceptualSnapshot {
  step: number;
  netSteps: number;
  side: number;
  /** Held-out accuracy of the feature net at naming colour and shape. */
  netAccuracy: number;
  target: Float32Array;
  /** The distorted copies of the shown target, and their scores. */
  versions: Record<Distortion, { image: Float32Array; scores: Scores }>;
  /** Scores averaged over TARGETS target scenes. */
  mean: Record<Distortion, Scores>;
  /** Image optimisation (after netSteps): step numbers and the two copies. */
  opt: { step: number[]; pixel: OptCopy; feature: OptCopy };
}

export const SIDE = 16;
export const TARGETS = 12;
const TRAIN = 600;
const HELD = 120;
const BATCH = 32;
const HISTORY_MAX = 300;

export function createPerceptualTrainer(p: PerceptualParams, seed: number): Trainer<PerceptualParams, PerceptualSnapshot> {
  const rng = new Rng(seed);
  const train = makeWorld(TRAIN, rng.seed(), { side: SIDE, objects: 1 });
  const held = makeWorld(HELD, rng.seed(), { side: SIDE, objects: 1 });
  const net = new FeatureNet(new Rng(rng.seed()), SIDE, COMBOS, p.layer);
  const netOpt = makeOptimizer('adam', net.variables, 0.01, { beta1: 0.9 });
  const batchRng = new Rng(rng.seed());
  const noiseRng = new Rng(rng.seed());
  const px = SIDE * SIDE * 3;
  const [pos, feat] = net.enc.prepared;
  const trainPrep = net.enc.prepare(train.images, TRAIN);
  const heldPrep = tf.tensor3d(net.enc.prepare(held.images, HELD), [HELD, pos, feat]);
  const targetOf = (i: number) => held.images.slice(i * px, (i + 1) * px);
  // Distorted copies of the first TARGETS held-out scenes; 'other' is the next scene (a different image).
  const versionsOf = (i: number): Record<Distortion, Float32Array> => {
    const t = targetOf(i);
    return {
      shift: shiftImage(t, SIDE, p.shift, 0),
      blur: blurImage(t, SIDE, p.blur),
      noise: noisyImage(t, p.noise, new Rng(seed * 1000 + i)),
      other: targetOf((i + 1) % HELD)
    };
  };
  const targets = Array.from({ length: TARGETS }, (_, i) => targetOf(i));
  const versions = targets.map((_, i) => versionsOf(i));
  const target = tf.tensor4d(targets[0], [1, SIDE, SIDE, 3]);
  const start = Float32Array.from({ length: px }, () => Math.min(1, Math.max(0, 0.5 + noiseRng.normal(0, 0.1))));
  const imgs: Record<'pixel' | 'feature', Variable> = {
    pixel: ownedVariable(tf.tensor4d(start, [1, SIDE, SIDE, 3]), undefined, true),
    feature: ownedVariable(tf.tensor4d(start, [1, SIDE, SIDE, 3]), undefined, true)
  };
  const imgOpt: Optimizer = makeOptimizer('adam', [imgs.pixel, imgs.feature], p.lr, { beta1: 0.9 });
  let step = 0;
  const hist = { step: [] as number[], pixel: { mse: [] as number[], feature: [] as number[] }, feature: { mse: [] as number[], feature: [] as number[] } };
  const yOf = (labels: ArrayLike<number>) => tf.oneHot(tf.tensor1d(Int32Array.from(labels), 'int32'), COMBOS).toFloat();

  function netStep(): Tensor {
    const idx = Array.from({ length: BATCH }, () => batchRng.int(TRAIN));
    const per = pos * feat;
    const w = new Float32Array(BATCH * per);
    idx.forEach((j, i) => w.set(trainPrep.subarray(j * per, (j + 1) * per), i * per));
    return tf.tidy(() => {
      const x = tf.tensor3d(w, [BATCH, pos, feat]);
      const y = yOf(idx.map((j) => train.combos[j]));
      const { value, grads } = tf.variableGrads(() => tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(net.logits(x))), 1))) as tf.Scalar, net.variables);
      netOpt.step(net.variables.map((v) => grads[v.name]));
      return value;
    });
  }

  function imageStep(): Tensor {
    return tf.tidy(() => {
      const ft = net.featuresOfImages(target);
      const { value, grads } = tf.variableGrads(() => {
        const lp = tf.mean(tf.square(tf.sub(imgs.pixel, target)));
        const lf = tf.mean(tf.square(tf.sub(net.featuresOfImages(imgs.feature), ft)));
        return tf.add(lp, lf) as tf.Scalar;
      }, [imgs.pixel, imgs.feature]);
      imgOpt.step([grads[imgs.pixel.name], grads[imgs.feature.name]]);
      for (const v of [imgs.pixel, imgs.feature]) v.assign(tf.clipByValue(v, 0, 1));
      return tf.mean(tf.square(tf.sub(imgs.pixel, target)));
    });
  }

  /** Feature vectors of plain images (one batch). */
  async function featuresOf(images: Float32Array[]): Promise<Float32Array[]> {
    const all = new Float32Array(images.length * px);
    images.forEach((im, i) => all.set(im, i * px));
    const prep = net.enc.prepare(all, images.length);
    const t = tf.tidy(() => net.features(tf.tensor3d(prep, [images.length, pos, feat])));
    const v = (await t.data()) as Float32Array;
    t.dispose();
    return images.map((_, i) => v.slice(i * net.dim, (i + 1) * net.dim));
  }

  return {
    async train(steps: number): Promise<Metrics> {
      let last: Tensor | null = null;
      for (let s = 0; s < steps; s++) {
        last?.dispose();
        last = step < p.netSteps ? netStep() : imageStep();
        step++;
      }
      if (!last) return {};
      const v = (await last.data())[0];
      last.dispose();
      return step <= p.netSteps ? { netLoss: v } : { pixelMse: v };
    },

    async snapshot(): Promise<PerceptualSnapshot> {
      const accT = tf.tidy(() => tf.mean(tf.equal(tf.argMax(net.logits(heldPrep), 1), tf.tensor1d(held.combos, 'int32')).toFloat()));
      const netAccuracy = (await accT.data())[0];
      accT.dispose();
      const optImgs = await Promise.all([imgs.pixel.data(), imgs.feature.data()]) as Float32Array[];
      const flat: Float32Array[] = [...targets, ...versions.flatMap((v) => DISTORTIONS.map((d) => v[d])), ...optImgs];
      const fs = await featuresOf(flat);
      const fT = fs.slice(0, TARGETS);
      const fV = (i: number, d: number) => fs[TARGETS + i * DISTORTIONS.length + d];
      const scoresOf = (i: number, d: number): Scores => {
        const a = targets[i];
        const b = versions[i][DISTORTIONS[d]];
        return { mse: mse(a, b), mae: mae(a, b), ssim: ssim(a, b, SIDE), feature: mse(fT[i], fV(i, d)) };
      };
      const all = targets.map((_, i) => DISTORTIONS.map((_, d) => scoresOf(i, d)));
      const mean = Object.fromEntries(
        DISTORTIONS.map((k, d) => {
          const avg = (f: keyof Scores) => all.reduce((s, r) => s + r[d][f], 0) / TARGETS;
          return [k, { mse: avg('mse'), mae: avg('mae'), ssim: avg('ssim'), feature: avg('feature') }];
        })
      ) as Record<Distortion, Scores>;
      const shown = Object.fromEntries(DISTORTIONS.map((k, d) => [k, { image: versions[0][k], scores: all[0][d] }])) as PerceptualSnapshot['versions'];
      const fOpt = fs.slice(fs.length - 2);
      if (step > p.netSteps && hist.step[hist.step.length - 1] !== step) {
        hist.step.push(step);
        (['pixel', 'feature'] as const).forEach((k, i) => {
          hist[k].mse.push(mse(optImgs[i], targets[0]));
          hist[k].feature.push(mse(fOpt[i], fT[0]));
        });
        if (hist.step.length > HISTORY_MAX) {
          const keep = (_: unknown, i: number) => i % 2 === 0 || i === hist.step.length - 1;
          hist.step = hist.step.filter(keep);
          for (const k of ['pixel', 'feature'] as const) for (const m of ['mse', 'feature'] as const) hist[k][m] = hist[k][m].filter(keep);
        }
      }
      return {
        step, netSteps: p.netSteps, side: SIDE, netAccuracy, target: targets[0], versions: shown, mean,
        opt: {
          step: [...hist.step],
          pixel: { image: optImgs[0], mse: [...hist.pixel.mse], feature: [...hist.pixel.feature] },
          feature: { image: optImgs[1], mse: [...hist.feature.mse], feature: [...hist.feature.feature] }
        }
      };
    },

    setParams(q: Partial<PerceptualParams>) {
      if (q.lr !== undefined) imgOpt.lr = q.lr;
    },

    dispose() {
      net.dispose();
      netOpt.dispose();
      imgOpt.dispose();
      for (const t of [heldPrep, target, imgs.pixel, imgs.feature]) t.dispose();
    }
  };
}

export default createPerceptualTrainer;
