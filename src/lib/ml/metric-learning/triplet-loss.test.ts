/**
 * The tfjs triplet loss against the plain reference (../losses.ts, itself checked by hand
 * against https://pytorch.org/docs/stable/generated/torch.nn.TripletMarginLoss.html), the
 * exact-zero claim with tf.grad, the miners, and the separation measure.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import type { Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { pairwiseDistance, tripletMarginLoss, type TripletOptions } from '$lib/ml/losses/pointwise';
import { batchMasks, distanceMatricesTf, mineTriplets, tripletMarginLossTf } from './triplet-loss';
import { Embedder, withOnes } from './net';
import { activeShareAll, separation } from './metrics';

const A = [[0, 0], [0, 0], [1, 1], [0.3, -0.2]];
const P = [[0, 1], [0, 2], [2, 2], [0.1, 0.4]];
const N = [[0, 4], [0, 2.5], [1, 1], [-0.5, 0.2]];

describe('tripletMarginLossTf', () => {
  it('matches the reference for every option', async () => {
    const tf = await cpuTf();
    const cases: TripletOptions[] = [
      {}, { p: 1 }, { swap: true }, { margin: 0.3, swap: true, p: 1 }, { eps: 0.5 }, { p: 3, margin: 2 },
      { reduction: 'sum' }, { reduction: 'none' }
    ];
    for (const opts of cases) {
      const want = tripletMarginLoss(A, P, N, opts);
      const got = tf.tidy(() => tripletMarginLossTf(tf.tensor2d(A), tf.tensor2d(P), tf.tensor2d(N), opts).arraySync());
      if (Array.isArray(want)) (got as number[]).forEach((g, i) => expect(g).toBeCloseTo(want[i], 5));
      else expect(got as number).toBeCloseTo(want, 5);
    }
  });

  it('squared distance: d = ||a - p + eps||^2', async () => {
    const tf = await cpuTf();
    const got = tf.tidy(() =>
      tripletMarginLossTf(tf.tensor2d(A), tf.tensor2d(P), tf.tensor2d(N), { distance: 'squared', reduction: 'none' }).arraySync()
    ) as number[];
    A.forEach((a, i) => {
      const want = Math.max(pairwiseDistance(a, P[i]) ** 2 - pairwiseDistance(a, N[i]) ** 2 + 1, 0);
      expect(got[i]).toBeCloseTo(want, 5);
    });
  });

  it('satisfied triplets give exactly zero loss and exactly zero gradient (tf.grad)', async () => {
    const tf = await cpuTf();
    // Rows 0 (1 - 4 + 1 < 0) and 3 are satisfied, rows 1 and 2 are active.
    const A2 = [...A.slice(0, 3), [0, 0]];
    const P2 = [...P.slice(0, 3), [0.5, 0]];
    const N2 = [...N.slice(0, 3), [-2, 0]];
    const ref = tripletMarginLoss(A2, P2, N2, { reduction: 'none' });
    expect(ref[0]).toBe(0);
    expect(ref[3]).toBe(0);
    const grads = tf.tidy(() =>
      tf.grads((a: Tensor, p: Tensor, n: Tensor) => tripletMarginLossTf(a, p, n, { reduction: 'sum' }))(
        [tf.tensor2d(A2), tf.tensor2d(P2), tf.tensor2d(N2)]
      ).map((g) => g.arraySync() as number[][])
    );
    for (const g of grads) {
      // === treats -0 as 0: the gradient rows are exactly zero (tfjs may give -0).
      expect(g[0].every((v) => v === 0) && g[3].every((v) => v === 0)).toBe(true);
      expect(Math.hypot(...g[1]) + Math.hypot(...g[2])).toBeGreaterThan(0.5);
    }
  });

  it('through the network: satisfied triplets leave every weight gradient exactly zero', async () => {
    const tf = await cpuTf();
    // Five overlapping Gaussian classes in 4-D, 40 points each (an engine test builds its own data).
    const data = (() => {
      const r = new Rng(5);
      const dim = 4;
      const centres = Array.from({ length: 5 }, () => Array.from({ length: dim }, () => r.normal(0, 1)));
      const labels = centres.flatMap((_, c) => Array<number>(40).fill(c));
      const x = Float32Array.from(labels.flatMap((c) => centres[c].map((m) => m + r.normal(0, 0.5))));
      return { x, labels, n: labels.length, dim };
    })();
    const net = new Embedder(new Rng(5), data.dim, 1);
    const z = tf.tidy(() => net.apply(withOnes(tf.tensor2d(data.x, [data.n, data.dim]))).arraySync() as number[][][])[0];
    const margin = 0.05;
    // Triplets satisfied with slack (so float32 cannot flip them), and some active ones.
    const sat: number[][] = [];
    const act: number[][] = [];
    const rng = new Rng(9);
    while (sat.length < 20 || act.length < 20) {
      const a = rng.int(data.n), p = rng.int(data.n), n = rng.int(data.n);
      if (a === p || data.labels[a] !== data.labels[p] || data.labels[n] === data.labels[a]) continue;
      const slack = pairwiseDistance(z[a], z[n]) - pairwiseDistance(z[a], z[p]) - margin;
      if (slack > 1e-3 && sat.length < 20) sat.push([a, p, n]);
      if (slack < -1e-3 && act.length < 20) act.push([a, p, n]);
    }
    const gradFor = (trips: number[][]) =>
      tf.tidy(() => {
        const x = withOnes(tf.tensor2d(data.x, [data.n, data.dim]));
        const pick = (k: number) => tf.tensor1d(trips.map((t) => t[k]), 'int32');
        const { value, grads } = tf.variableGrads(() => {
          const e = net.apply(x).reshape([data.n, 2]);
          // Rows picked by one-hot matMul: gather's gradient (UnsortedSegmentSum) has no wasm kernel in tfjs 4.22.
          const rows = (k: number) => tf.matMul(tf.oneHot(pick(k), data.n).toFloat(), e);
          return tripletMarginLossTf(rows(0), rows(1), rows(2), { margin }) as ReturnType<typeof tf.scalar>;
        }, net.vars);
        return { loss: value.arraySync() as number, grad: net.vars.flatMap((v) => Array.from(grads[v.name].dataSync())) };
      });
    const s = gradFor(sat);
    expect(s.loss).toBe(0);
    expect(s.grad.every((g) => g === 0)).toBe(true);
    const a = gradFor(act);
    expect(a.loss).toBeGreaterThan(0);
    expect(a.grad.some((g) => g !== 0)).toBe(true);
    net.dispose();
  });
});

describe('mining', () => {
  it('hard, semi-hard and random pick what they promise', async () => {
    const tf = await cpuTf();
    // Two classes of two points on a line (K = 2): class 0 at 0 and 1, class 1 at 1.5 and 5.
    const pts = [[0, 0], [1, 0], [1.5, 0], [5, 0]];
    const labels = [0, 0, 1, 1];
    const masks = batchMasks(labels);
    const got = tf.tidy(() => {
      const d = distanceMatricesTf(tf.tensor3d([pts]));
      const randomPos = tf.tensor1d([1, 0, 3, 2], 'int32');
      const randomNeg = tf.tensor1d([3, 2, 1, 0], 'int32');
      const pick = (mining: 'random' | 'semi-hard' | 'hard') => {
        const { p, n } = mineTriplets({ d, masks, mining, randomPos, randomNeg });
        return [p.arraySync(), n.arraySync()] as number[][][];
      };
      return { hard: pick('hard'), semi: pick('semi-hard'), random: pick('random'), d: d.arraySync() as number[][][] };
    });
    expect(got.d[0][0][3]).toBeCloseTo(5, 4);
    expect(got.random).toEqual([[[1, 0, 3, 2]], [[3, 2, 1, 0]]]);
    // hard: the only positive; the nearest negative (anchor 0 -> 1.5 (idx 2), anchor 3 -> 1 (idx 1)).
    expect(got.hard).toEqual([[[1, 0, 3, 2]], [[2, 2, 1, 1]]]);
    // semi-hard, anchor 0 (d(a,p) = 1): the nearest negative farther than 1 is idx 2 (1.5).
    // anchor 1 (d(a,p) = 1): negatives at 0.5 and 4 -> idx 3. anchor 2 (d(a,p) = 3.5): negatives
    // at 1.5 and 0.5, none farther -> the farthest, idx 0. anchor 3 (d(a,p) = 3.5): 5, 4 -> idx 1 (4).
    expect(got.semi[1]).toEqual([[2, 3, 0, 1]]);
    masks.notPos.dispose();
    masks.notNeg.dispose();
  });
});

describe('separation and active share', () => {
  it('ratio = mean centroid distance / mean distance to own centroid, scale-free', () => {
    const z = [0, 0, 2, 0, 10, 0, 12, 0];
    const s = separation(z, [0, 0, 1, 1]);
    expect(s.within).toBeCloseTo(1, 12);
    expect(s.between).toBeCloseTo(10, 12);
    expect(s.ratio).toBeCloseTo(10, 12);
    expect(s.scale).toBeCloseTo(Math.sqrt(26), 12);
    const s3 = separation(z.map((v) => 3 * v + 7), [0, 0, 1, 1]);
    expect(s3.ratio).toBeCloseTo(s.ratio, 12);
    expect(s3.betweenNorm).toBeCloseTo(s.betweenNorm, 12);
  });

  it('activeShareAll counts triplets with d(a,p) - d(a,n) + margin > 0', () => {
    const z = [0, 0, 2, 0, 10, 0, 12, 0];
    const labels = [0, 0, 1, 1];
    expect(activeShareAll(z, labels, 1, 'euclidean')).toBe(0);
    // anchor 0: d(a,p) = 2, negatives at 10 and 12: active iff 2 + m > d(a,n); m = 8.5 -> 1 of 2.
    // anchor 1: 2 vs 8, 10 -> both active. anchors 2, 3 mirror 1, 0. -> 6 of 8.
    expect(activeShareAll(z, labels, 8.5, 'euclidean')).toBe(0.75);
    // squared: d(a,p)^2 = 4 against 64 .. 144 -> margin 141 wakes all but anchor 0 / 3's far one.
    expect(activeShareAll(z, labels, 100, 'squared')).toBe(0.75);
    expect(activeShareAll(z, labels, 141, 'squared')).toBe(1);
  });
});
