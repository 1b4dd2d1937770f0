/**
 * Triplet-loss embedding for emb-13 / emb-14: a small MLP (./net.ts) maps overlapping 4-D
 * classes into a 2-D embedding bounded by the unit disc, trained with PyTorch's triplet margin loss on
 * triplets mined per P x K batch (one triplet per anchor). With `compare` on, a second copy of
 * the network, from the same initial weights and on the same batches and random draws, trains
 * with `compareMargin`: the only difference between the two is the margin.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { sampleBatch, tripletData, type TripletData } from './data';
import { batchMasks, distanceMatricesTf, mineTriplets, tripletMarginLossTf, type Distance, type Mining } from '$lib/ml/metric-learning/triplet-loss';
import { Embedder, withOnes } from '$lib/ml/metric-learning/net';
import { activeShareAll, pickTriplet, separation, type PickedTriplet, type Separation } from '$lib/ml/metric-learning/metrics';

export interface TripletParams {
  margin: number;
  mining: Mining;
  lr: number;
  distance: Distance;
  /** Train a second network with compareMargin alongside (reset). */
  compare?: boolean;
  compareMargin?: number;
  /** Index of the anchor shown in the triplet view (live); default 0. */
  anchor?: number;
}

export interface EmbeddingView {
  margin: number;
  /** Embedded points: x, y, class. */
  x: number[];
  y: number[];
  labels: number[];
  triplet: PickedTriplet;
  /** Mean loss and share of active triplets (loss > 0) in the last training batch. */
  loss: number;
  activeShare: number;
  /** Share of all valid triplets in the data set that are still active. */
  activeShareAll: number;
  separation: Separation;
}

export interface TripletSnapshot {
  step: number;
  classes: number;
  distance: Distance;
  mining: Mining;
  main: EmbeddingView;
  compare: EmbeddingView | null;
  history: { step: number[]; loss: number[]; activeShare: number[]; compareLoss: number[]; compareActiveShare: number[] };
}

const K = 12; // points per class in a batch
const HISTORY_MAX = 2000;

export function createTripletTrainer(params: TripletParams, seed: number): Trainer<TripletParams, TripletSnapshot> {
  const rng = new Rng(seed);
  const data: TripletData = tripletData(rng.seed());
  const batchRng = new Rng(rng.seed());
  let { margin, mining, lr } = params;
  const distance = params.distance;
  let compareMargin = params.compareMargin ?? 0.1;
  let anchor = params.anchor ?? 0;
  const copies = params.compare ? 2 : 1;
  const net = new Embedder(rng, data.dim, copies);
  const margins = () => [margin, compareMargin].slice(0, copies);

  // Fixed positive / negative for the triplet view (random and semi-hard mining).
  const fixedFor = (a: number) => {
    const r = new Rng(seed + a);
    const c = data.labels[a];
    let positive = c * data.perClass + r.int(data.perClass - 1);
    if (positive >= a) positive++;
    let negative = r.int(data.n - data.perClass);
    if (negative >= c * data.perClass) negative += data.perClass;
    return { positive, negative };
  };
  let fixed = fixedFor(anchor);

  const x = tf.tidy(() => withOnes(tf.tensor2d(data.x, [data.n, data.dim])));
  const b = data.classes * K;
  const masks = batchMasks(Array.from({ length: b }, (_, i) => Math.floor(i / K)));
  const opt = tf.train.adam(lr);

  /** A random positive and negative for every anchor of the P x K batch. */
  const randomPicks = () => {
    const pos = new Int32Array(b);
    const neg = new Int32Array(b);
    for (let a = 0; a < b; a++) {
      const c = Math.floor(a / K);
      pos[a] = c * K + batchRng.int(K - 1);
      if (pos[a] >= a) pos[a]++;
      neg[a] = batchRng.int(b - K);
      if (neg[a] >= c * K) neg[a] += K;
    }
    return { randomPos: tf.tensor1d(pos, 'int32'), randomNeg: tf.tensor1d(neg, 'int32') };
  };

  /** Per-triplet losses [copies, b] for embeddings z [copies, b, 2], indices [copies, b] and
   *  margins [copies, 1]. Positives and negatives are picked by one-hot matMul, not gather:
   *  gather's gradient (UnsortedSegmentSum) is very slow on tfjs' cpu backend. */
  const lossOf = (z: Tensor, p: Tensor, n: Tensor, m: Tensor): Tensor => {
    const pick = (i: Tensor) => tf.matMul(tf.oneHot(i, b).toFloat() as tf.Tensor3D, z as tf.Tensor3D);
    return tripletMarginLossTf(z, pick(p), pick(n), { margin: m, distance, reduction: 'none' });
  };

  /** One step; with `report`, returns [loss, activeShare] per copy for this batch. */
  const step1 = (report: boolean): Tensor | undefined =>
    tf.tidy(() => {
      const xb = x.gather(tf.tensor1d(sampleBatch(batchRng, data, K), 'int32'));
      const m = tf.tensor2d(margins(), [copies, 1]);
      // Mine on the current embedding, outside the gradient tape.
      const z0 = net.apply(xb);
      const { p, n } = mineTriplets({ d: distanceMatricesTf(z0, distance), masks, mining, ...randomPicks() });
      opt.minimize(() => lossOf(net.apply(xb), p, n, m).mean(1).sum() as tf.Scalar, false, net.vars);
      if (!report) return undefined;
      const per = lossOf(z0, p, n, m);
      return tf.stack([per.mean(1), tf.step(per).mean(1)], 1).reshape([-1]);
    });

  let stepCount = 0;
  let last = [NaN, NaN, NaN, NaN];
  const history: TripletSnapshot['history'] = { step: [], loss: [], activeShare: [], compareLoss: [], compareActiveShare: [] };

  return {
    async train(steps: number): Promise<Metrics> {
      let t: Tensor | undefined;
      for (let i = 0; i < steps; i++) {
        t?.dispose();
        t = step1(i === steps - 1);
      }
      stepCount += steps;
      if (!t) return { step: stepCount }; // train(0): nothing new to report (and no NaN for the guard)
      last = Array.from(await t.data());
      t.dispose();
      history.step.push(stepCount);
      history.loss.push(last[0]);
      history.activeShare.push(last[1]);
      history.compareLoss.push(last[2] ?? NaN);
      history.compareActiveShare.push(last[3] ?? NaN);
      if (history.step.length > HISTORY_MAX) for (const a of Object.values(history)) a.shift();
      const m: Metrics = { step: stepCount, loss: last[0], activeShare: last[1] };
      if (copies > 1) Object.assign(m, { compareLoss: last[2], compareActiveShare: last[3] });
      return m;
    },

    async snapshot(): Promise<TripletSnapshot> {
      const t = tf.tidy(() => net.apply(x).reshape([-1]));
      const all = await t.data();
      t.dispose();
      const size = data.n * 2;
      const views = margins().map((m, i): EmbeddingView => {
        const z = all.subarray(i * size, (i + 1) * size);
        return {
          margin: m,
          x: Array.from({ length: data.n }, (_, j) => z[2 * j]),
          y: Array.from({ length: data.n }, (_, j) => z[2 * j + 1]),
          labels: [...data.labels],
          triplet: pickTriplet(z, data.labels, anchor, mining, m, distance, fixed),
          loss: last[2 * i],
          activeShare: last[2 * i + 1],
          activeShareAll: activeShareAll(z, data.labels, m, distance),
          separation: separation(z, data.labels)
        };
      });
      return {
        step: stepCount, classes: data.classes, distance, mining,
        main: views[0], compare: views[1] ?? null,
        history: {
          step: [...history.step], loss: [...history.loss], activeShare: [...history.activeShare],
          compareLoss: [...history.compareLoss], compareActiveShare: [...history.compareActiveShare]
        }
      };
    },

    setParams(p: Partial<TripletParams>) {
      if (p.margin !== undefined) margin = p.margin;
      if (p.compareMargin !== undefined) compareMargin = p.compareMargin;
      if (p.mining !== undefined) mining = p.mining;
      if (p.anchor !== undefined && p.anchor >= 0 && p.anchor < data.n) fixed = fixedFor((anchor = Math.floor(p.anchor)));
      if (p.lr !== undefined) {
        lr = p.lr;
        // Adam reads its (protected) learningRate on every step; no public setter exists.
        (opt as unknown as { learningRate: number }).learningRate = lr;
      }
    },

    dispose() {
      net.dispose();
      x.dispose();
      masks.notPos.dispose();
      masks.notNeg.dispose();
      opt.dispose();
    }
  };
}

/** What the runner loads (in the worker or on the main thread): the factory of this page's trainer. */
export default createTripletTrainer;
