/**
 * Routing maths against cases worked by hand from the Switch Transformer paper
 * (Fedus, Zoph & Shazeer 2021, arXiv 2101.03961, sec. 2.2, eq. 4-6 and the capacity formula
 * "expert capacity = (tokens per batch / number of experts) x capacity factor").
 */
import { describe, expect, it } from 'vitest';
import { dispatch, expertCapacity, loadBalancingLoss, loadStats, softmax, topK } from './routing';

describe('Switch load-balancing loss (eq. 4-6)', () => {
  it('hand-computed: 4 tokens, 2 experts', () => {
    // argmax: 0, 0, 1, 0 -> f = (3/4, 1/4); P = mean probs = (0.65, 0.35);
    // N sum f_i P_i = 2 (0.75 * 0.65 + 0.25 * 0.35) = 2 (0.4875 + 0.0875) = 1.15
    const probs = [[0.9, 0.1], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]];
    const b = loadBalancingLoss(probs);
    expect(b.f).toEqual([0.75, 0.25]);
    expect(b.P[0]).toBeCloseTo(0.65, 14);
    expect(b.P[1]).toBeCloseTo(0.35, 14);
    expect(b.loss).toBeCloseTo(1.15, 14);
  });

  it('is 1 for uniform routing and N when one expert takes everything', () => {
    expect(loadBalancingLoss([[0.25, 0.25, 0.25, 0.25]]).loss).toBeCloseTo(1, 14); // f = one-hot, P uniform: 4 * 1 * 0.25
    const even = [[0.7, 0.1, 0.1, 0.1], [0.1, 0.7, 0.1, 0.1], [0.1, 0.1, 0.7, 0.1], [0.1, 0.1, 0.1, 0.7]];
    expect(loadBalancingLoss(even).loss).toBeCloseTo(1, 14);
    const collapsed = [[1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0]];
    expect(loadBalancingLoss(collapsed).loss).toBeCloseTo(4, 14);
  });

  it('top-2: each token counts 1/2 for each of its two experts', () => {
    // tokens choose {0,1} and {0,2}: f = (2/4, 1/4, 1/4)
    const b = loadBalancingLoss([[0.5, 0.3, 0.2], [0.5, 0.2, 0.3]], 2);
    expect(b.f).toEqual([0.5, 0.25, 0.25]);
    expect(b.loss).toBeCloseTo(3 * (0.5 * 0.5 + 0.25 * 0.25 + 0.25 * 0.25), 14);
  });
});

describe('capacity and dispatch', () => {
  it('capacity = floor(factor * k * T / N)', () => {
    expect(expertCapacity(64, 4, 1.0)).toBe(16);
    expect(expertCapacity(64, 4, 1.25)).toBe(20);
    expect(expertCapacity(10, 4, 1.0)).toBe(2);
    expect(expertCapacity(64, 4, 1.0, 2)).toBe(32);
  });

  it('drops the tokens beyond an expert capacity, in token order', () => {
    // 5 tokens all prefer expert 0; capacity 2 -> tokens 0 and 1 served, 2, 3, 4 dropped.
    const probs = [[0.6, 0.4], [0.7, 0.3], [0.9, 0.1], [0.8, 0.2], [0.55, 0.45]];
    const d = dispatch(probs, 1, 2);
    expect(d.kept.map((k) => k[0])).toEqual([true, true, false, false, false]);
    expect(d.load).toEqual([2, 0]);
    expect(d.dropped).toBe(3);
  });

  it('top-2 serves every first choice before any second choice', () => {
    // capacity 2; first choices: 0, 0, 1; second choices: 1, 1, 0.
    const probs = [[0.6, 0.4], [0.7, 0.3], [0.2, 0.8]];
    const d = dispatch(probs, 2, 2);
    expect(d.assigned).toEqual([[0, 1], [0, 1], [1, 0]]);
    // round 1: expert 0 <- t0, t1 (full); expert 1 <- t2. round 2: expert 1 <- t0 (full now), t1 dropped; expert 0 full: t2 dropped.
    expect(d.kept).toEqual([[true, true], [true, false], [true, false]]);
    expect(d.load).toEqual([2, 2]);
    expect(d.dropped).toBe(2);
  });
});

describe('helpers', () => {
  it('topK and softmax', () => {
    expect(topK([0.1, 0.5, 0.3, 0.5], 2)).toEqual([1, 3]);
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 14);
    expect(p[1]).toBeCloseTo(0.75, 14);
  });

  it('loadStats: max share and coefficient of variation', () => {
    expect(loadStats([25, 25, 25, 25])).toEqual({ maxShare: 0.25, cv: 0 });
    const s = loadStats([100, 0, 0, 0]);
    expect(s.maxShare).toBe(1);
    expect(s.cv).toBeCloseTo(Math.sqrt(3), 12); // mean 25, std sqrt((75^2 + 3 * 25^2) / 4) = 25 sqrt 3
  });
});
