/**
 * contrastiveLoss (the contract of issue 15) against Hadsell, Chopra & LeCun 2006, eq. 4
 * (y = 0 similar, y = 1 dissimilar), worked by hand on a 3-4-5 triangle, and the tfjs version
 * against it, with its gradient: zero for a dissimilar pair at or beyond the margin.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import type { Tensor } from '$lib/ml/core/tf';
import { contrastiveLoss, contrastiveLossTf } from './contrastive-loss';

describe('contrastiveLoss (Hadsell et al. 2006, eq. 4)', () => {
  it('hand cases on D = 5', () => {
    const a = [0, 0];
    const b = [3, 4];
    expect(contrastiveLoss(a, b, 0, 1)).toEqual({ distance: 5, loss: 12.5 }); // 1/2 D^2, margin unused
    expect(contrastiveLoss(a, b, 1, 6)).toEqual({ distance: 5, loss: 0.5 }); // 1/2 (6 - 5)^2
    expect(contrastiveLoss(a, b, 1, 5)).toEqual({ distance: 5, loss: 0 }); // at the margin
    expect(contrastiveLoss(a, b, 1, 2)).toEqual({ distance: 5, loss: 0 }); // beyond it
  });

  it('coincident points: similar costs 0, dissimilar 1/2 margin^2; lengths must match', () => {
    expect(contrastiveLoss([1, 2, 3], [1, 2, 3], 0, 2)).toEqual({ distance: 0, loss: 0 });
    expect(contrastiveLoss([1, 2, 3], [1, 2, 3], 1, 2)).toEqual({ distance: 0, loss: 2 });
    expect(contrastiveLoss([0.5], [-0.5], 1, 1.5).loss).toBeCloseTo(0.125, 15);
    expect(() => contrastiveLoss([1], [1, 2], 0, 1)).toThrow(RangeError);
  });

  it('tfjs version matches; its gradient is zero beyond the margin and pulls similar pairs together', async () => {
    const tf = await cpuTf();
    const A = [[0, 0], [0, 0], [0, 0], [1, 1], [0.2, 0.1]];
    const B = [[3, 4], [3, 4], [0.3, 0.4], [1, 1.5], [0.2, 0.1]];
    const Y = [0, 1, 1, 0, 1];
    const margin = 1;
    const [loss, grad] = tf.tidy(() => {
      const b = tf.tensor2d(B);
      const y = tf.tensor1d(Y);
      const f = (a: Tensor) => contrastiveLossTf(a, b, y, margin);
      return [f(tf.tensor2d(A)).arraySync(), tf.grad((a) => f(a).sum())(tf.tensor2d(A)).arraySync()] as [number[], number[][]];
    });
    A.forEach((a, i) => expect(loss[i]).toBeCloseTo(contrastiveLoss(a, B[i], Y[i] as 0 | 1, margin).loss, 5));
    expect(grad[1].map(Math.abs)).toEqual([0, 0]); // dissimilar, D = 5 >= margin: no gradient at all
    // Similar: dL/da = a - b, pulling a toward b.
    expect(grad[0][0]).toBeCloseTo(-3, 5);
    expect(grad[0][1]).toBeCloseTo(-4, 5);
    // Dissimilar inside the margin (D = 0.5): dL/da = -(m - D) (a - b) / D, pushing a away from b.
    expect(grad[2][0]).toBeCloseTo(0.5 * 0.3 / 0.5, 4);
    expect(grad[2][1]).toBeCloseTo(0.5 * 0.4 / 0.5, 4);
    expect(Number.isFinite(grad[4][0])).toBe(true); // D = 0: finite thanks to eps
  });
});
