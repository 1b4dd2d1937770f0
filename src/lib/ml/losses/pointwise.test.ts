/**
 * Reference cases derived by hand from PyTorch's documented definition of TripletMarginLoss,
 * https://pytorch.org/docs/stable/generated/torch.nn.TripletMarginLoss.html :
 *   L(a, p, n) = max{ d(a_i, p_i) - d(a_i, n_i) + margin, 0 },  d(x_i, y_i) = || x_i - y_i ||_p,
 * computed by torch.nn.functional.pairwise_distance, which adds eps to the difference:
 * || x - y + eps ||_p. Defaults margin = 1, p = 2, eps = 1e-6, swap = False, reduction = 'mean'.
 * And of torch.nn.HuberLoss: 0.5 r^2 if |r| < delta, else delta (|r| - 0.5 delta).
 */
import { describe, expect, it } from 'vitest';
import {
  huber, huberGrad, l1, l1Grad, l2, l2Grad, lossCurves, mean, meanLoss, median, pairwiseDistance, pointwise, pointwiseGrad, tripletMarginLoss
} from './pointwise';

const eps = 1e-6;
// Three triplets in 2-D:
//  T1 a=(0,0) p=(0,1) n=(0,4):   d(a,p) ~ 1, d(a,n) ~ 4          -> 1 - 4 + 1 < 0   -> 0 (satisfied)
//  T2 a=(0,0) p=(0,2) n=(0,2.5): d(a,p) = sqrt(e^2 + (e-2)^2) ~ 2 - e, d(a,n) ~ 2.5 - e -> 0.5
//  T3 a=(1,1) p=(2,2) n=(1,1):   d(a,p) = sqrt2 (1 - e), d(a,n) = sqrt2 e (eps, not 0!)
//                                -> 1 + sqrt2 (1 - 2e)
const A = [[0, 0], [0, 0], [1, 1]];
const P = [[0, 1], [0, 2], [2, 2]];
const N = [[0, 4], [0, 2.5], [1, 1]];
const T3 = 1 + Math.SQRT2 * (1 - 2 * eps);

describe('pairwiseDistance (torch.nn.functional.pairwise_distance)', () => {
  it('adds eps to the difference, so it is not symmetric and d(x, x) = eps * sqrt(dim)', () => {
    // eps = 0.5: (0,0) - (1,1) + 0.5 = (-0.5, -0.5) -> sqrt(0.5); (1,1) - (0,0) + 0.5 = (1.5, 1.5) -> sqrt(4.5)
    expect(pairwiseDistance([0, 0], [1, 1], 2, 0.5)).toBeCloseTo(Math.sqrt(0.5), 14);
    expect(pairwiseDistance([1, 1], [0, 0], 2, 0.5)).toBeCloseTo(Math.sqrt(4.5), 14);
    expect(pairwiseDistance([3, -2, 7], [3, -2, 7])).toBeCloseTo(Math.sqrt(3) * eps, 18);
    expect(pairwiseDistance([0, 0], [3, 4], 2, 0)).toBe(5);
    expect(pairwiseDistance([0, 0], [3, 4], 1, 0)).toBe(7);
  });
});

describe('tripletMarginLoss (torch.nn.TripletMarginLoss)', () => {
  it('default arguments: margin 1, p 2, eps 1e-6, mean', () => {
    expect(tripletMarginLoss(A, P, N)).toBeCloseTo((0 + 0.5 + T3) / 3, 10);
    expect(tripletMarginLoss(A, P, N, { reduction: 'none' })).toEqual([0, expect.closeTo(0.5, 10), expect.closeTo(T3, 12)]);
  });

  it('each reduction', () => {
    const none = tripletMarginLoss(A, P, N, { reduction: 'none' });
    expect(none).toHaveLength(3);
    expect(tripletMarginLoss(A, P, N, { reduction: 'sum' })).toBeCloseTo(0.5 + T3, 10);
    expect(tripletMarginLoss(A, P, N, { reduction: 'mean' })).toBeCloseTo((0.5 + T3) / 3, 10);
  });

  it('p = 1: d is the L1 norm of (x - y + eps)', () => {
    // T2: |e| + |e - 2| = 2 and |e| + |e - 2.5| = 2.5 exactly -> 0.5; T3: 2(1 - e) - 2e + 1 = 3 - 4e
    expect(tripletMarginLoss(A, P, N, { p: 1, reduction: 'none' })).toEqual([
      0, expect.closeTo(0.5, 12), expect.closeTo(3 - 4 * eps, 12)
    ]);
  });

  it('swap: d(a,n) is replaced by min(d(a,n), d(p,n))', () => {
    // T1: d(p,n) ~ 3 < 4 -> 1 - 3 + 1 = -1 -> 0. T2: d(p,n) = ||(e, e - 0.5)|| ~ 0.5 - e
    // -> (2 - e) - (0.5 - e) + 1 = 2.5. T3: d(p,n) ~ sqrt2 > sqrt2 e, unchanged.
    expect(tripletMarginLoss(A, P, N, { swap: true, reduction: 'none' })).toEqual([
      0, expect.closeTo(2.5, 10), expect.closeTo(T3, 12)
    ]);
    expect(tripletMarginLoss(A, P, N, { swap: true, p: 1 })).toBeCloseTo((2.5 + 3 - 4 * eps) / 3, 12);
  });

  it('margin moves the hinge: margin 0 zeroes T2, margin 3.5 wakes T1', () => {
    expect(tripletMarginLoss(A, P, N, { margin: 0, reduction: 'none' })).toEqual([0, 0, expect.closeTo(T3 - 1, 12)]);
    // T1: d(a,p) = sqrt(e^2 + (e-1)^2) ~ 1 - e, d(a,n) ~ 4 - e -> 1 - 4 + 3.5 = 0.5
    expect(tripletMarginLoss([A[0]], [P[0]], [N[0]], { margin: 3.5 })).toBeCloseTo(0.5, 10);
  });

  it('eps matters when points coincide: a = n gives d(a,n) = eps sqrt(dim), not 0', () => {
    // a = p = n = (0, 0): both distances are sqrt2 eps -> loss = margin exactly.
    expect(tripletMarginLoss([[0, 0]], [[0, 0]], [[0, 0]])).toBe(1);
    // a large eps shifts both distances: a=(0,0) p=(0,0) n=(1,1), eps 0.5:
    // d(a,p) = ||(0.5, 0.5)|| = sqrt(0.5), d(a,n) = ||(-0.5,-0.5)|| = sqrt(0.5) -> 1 (with eps 0: 1 - sqrt2 < 0 -> 0)
    expect(tripletMarginLoss([[0, 0]], [[0, 0]], [[1, 1]], { eps: 0.5 })).toBeCloseTo(1, 14);
    expect(tripletMarginLoss([[0, 0]], [[0, 0]], [[1, 1]], { eps: 0 })).toBe(0);
  });

  it('rejects mismatched batches', () => {
    expect(() => tripletMarginLoss(A, P.slice(1), N)).toThrow();
  });
});

describe('pointwise L1 / L2 / Huber and their derivatives', () => {
  it('values', () => {
    expect(l1(-2)).toBe(2);
    expect(l2(-2)).toBe(4);
    expect(huber(0.5, 1)).toBe(0.125); // 0.5 * 0.25
    expect(huber(2, 1)).toBe(1.5); // 1 * (2 - 0.5)
    expect(huber(-3, 2)).toBe(4); // 2 * (3 - 1)
    expect(huber(1, 1)).toBe(0.5); // the two pieces meet at |r| = delta
    expect(meanLoss('huber', [0.5, 2], 1)).toBe(0.8125);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('derivatives w.r.t. the residual', () => {
    expect([l1Grad(-2), l1Grad(0), l1Grad(0.1)]).toEqual([-1, 0, 1]);
    expect(l2Grad(-2)).toBe(-4);
    expect([huberGrad(0.5, 1), huberGrad(2, 1), huberGrad(-3, 2)]).toEqual([0.5, 1, -2]);
  });

  it('derivatives match central differences away from the kinks', () => {
    const h = 1e-6;
    for (const r of [-2.7, -0.9, -0.3, 0.2, 0.8, 1.6, 3.1]) {
      for (const delta of [0.5, 1, 2]) {
        if (Math.abs(Math.abs(r) - delta) < 1e-3) continue;
        expect(huberGrad(r, delta)).toBeCloseTo((huber(r + h, delta) - huber(r - h, delta)) / (2 * h), 6);
      }
      expect(l1Grad(r)).toBeCloseTo((l1(r + h) - l1(r - h)) / (2 * h), 6);
      expect(l2Grad(r)).toBeCloseTo((l2(r + h) - l2(r - h)) / (2 * h), 6);
    }
  });

  it('curves: Huber equals L2/2 inside delta, its gradient is clipped at delta', () => {
    const rs = [-3, -1, -0.25, 0, 0.25, 1, 3];
    const c = lossCurves(rs, 1);
    c.huber.loss.forEach((v, i) => Math.abs(rs[i]) < 1 && expect(v).toBeCloseTo(c.l2.loss[i] / 2, 14));
    expect(Math.max(...c.huber.grad.map(Math.abs))).toBe(1);
    expect(c.l1.grad).toEqual([-1, -1, -1, 0, 1, 1, 1]);
  });
});

// Cases found by mutation testing (npm run test:mutation): paths no test reached.
describe('pointwise edges', () => {
  it('pairwiseDistance: p = Infinity is the largest |x - y + eps|; unequal lengths throw', () => {
    // torch.nn.functional.pairwise_distance(x, y, p=inf): max_i |x_i - y_i + eps|.
    expect(pairwiseDistance([1, -2, 0.5], [0, 1, 0.5], Infinity, 0)).toBe(3);
    expect(pairwiseDistance([0, 0], [0, -2], Infinity, 0.5)).toBe(2.5);
    expect(() => pairwiseDistance([1, 2], [1], 2)).toThrow(/differ in length/);
  });
  it('tripletMarginLoss: batches of different sizes throw', () => {
    expect(() => tripletMarginLoss([[0]], [[0], [1]], [[0]])).toThrow(/same batch size/);
    expect(() => tripletMarginLoss([[0]], [[0]], [[0], [1]])).toThrow(/same batch size/);
  });
  it('pointwise and pointwiseGrad dispatch on the kind', () => {
    expect([pointwise('l1', -3), pointwise('l2', -3), pointwise('huber', -3, 2)]).toEqual([3, 9, 2 * (3 - 1)]);
    expect([pointwiseGrad('l1', -3), pointwiseGrad('l2', -3), pointwiseGrad('huber', -3, 2), pointwiseGrad('huber', 0.5, 2)]).toEqual([-1, -6, -2, 0.5]);
  });
  it('mean is the arithmetic mean', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([-1, 1, 3, 5])).toBe(2);
  });
});
