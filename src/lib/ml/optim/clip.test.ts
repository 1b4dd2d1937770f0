/**
 * Reference cases for gradient clipping, worked by hand from TensorFlow's definition
 * (https://www.tensorflow.org/api_docs/python/tf/clip_by_global_norm):
 *   global_norm = sqrt(sum([l2norm(t)**2 for t in t_list]))
 *   t_list[i] * clip_norm / max(global_norm, clip_norm)
 * and tf.clip_by_value (https://www.tensorflow.org/api_docs/python/tf/clip_by_value).
 */
import { describe, expect, it } from 'vitest';
import { clipByGlobalNorm, clipByValue, globalNorm } from './clip';

describe('clipByGlobalNorm (tf.clip_by_global_norm semantics)', () => {
  it('leaves a gradient whose norm is below the threshold unchanged', () => {
    // |(0.3, 0.4)| = 0.5 <= 1: factor 1 / max(0.5, 1) = 1.
    const { clipped, globalNorm: n } = clipByGlobalNorm([[0.3, 0.4]], 1);
    expect(n).toBeCloseTo(0.5, 15);
    expect(clipped).toEqual([[0.3, 0.4]]);
  });

  it('leaves a gradient exactly at the threshold unchanged', () => {
    const { clipped, globalNorm: n } = clipByGlobalNorm([[3, 4]], 5);
    expect(n).toBe(5);
    expect(clipped).toEqual([[3, 4]]);
  });

  it('scales a gradient above the threshold to length maxNorm, same direction', () => {
    // The answer's worked example: g = (3, 4), |g| = 5, c = 1 -> (0.6, 0.8).
    const { clipped, globalNorm: n } = clipByGlobalNorm([[3, 4]], 1);
    expect(n).toBe(5);
    expect(clipped[0][0]).toBeCloseTo(0.6, 15);
    expect(clipped[0][1]).toBeCloseTo(0.8, 15);
    expect(globalNorm(clipped)).toBeCloseTo(1, 15);
  });

  it('keeps zero gradients at zero (no 0/0)', () => {
    const { clipped, globalNorm: n } = clipByGlobalNorm([[0, 0], [0]], 1);
    expect(n).toBe(0);
    expect(clipped).toEqual([[0, 0], [0]]);
  });

  it('uses one norm over all tensors and one shared scale', () => {
    // t1 = (1, 2), t2 = (2), t3 = (-4): global norm sqrt(1 + 4 + 4 + 16) = 5.
    // Clipping at 2.5 scales every tensor by 2.5 / 5 = 0.5, although each alone is below 5.
    const grads = [[1, 2], [2], [-4]];
    const { clipped, globalNorm: n } = clipByGlobalNorm(grads, 2.5);
    expect(n).toBe(5);
    expect(clipped).toEqual([[0.5, 1], [1], [-2]]);
    // Per-tensor clipping would differ: t3 alone (norm 4) would become -2.5, t1 (norm 2.24) untouched.
    expect(grads).toEqual([[1, 2], [2], [-4]]); // input not modified
  });

  it('bounds the norm by maxNorm for many random cases', () => {
    let s = 7;
    const r = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 20 - 10;
    for (let k = 0; k < 50; k++) {
      const grads = [[r(), r(), r()], [r()], [r(), r()]];
      const c = Math.abs(r()) + 0.1;
      const { clipped, globalNorm: n } = clipByGlobalNorm(grads, c);
      expect(globalNorm(clipped)).toBeCloseTo(Math.min(n, c), 12);
    }
  });

  // TF: scale = clip_norm * min(1 / norm, 1 / clip_norm) + (norm - norm), so a non-finite
  // global norm makes every entry NaN (clip_ops.py; the docstring says "If global_norm is
  // infinity or NaN, the entries in list_clipped are all NaN").
  it('turns every entry of every tensor into NaN when the global norm is infinite', () => {
    const { clipped, globalNorm: n } = clipByGlobalNorm([[1, Infinity], [0, -2]], 5);
    expect(n).toBe(Infinity);
    for (const t of clipped) for (const v of t) expect(v).toBeNaN();
  });

  it('turns every entry into NaN when any entry is NaN', () => {
    const { clipped, globalNorm: n } = clipByGlobalNorm([[3, 4], [NaN]], 1);
    expect(n).toBeNaN();
    expect(clipped.flat().every((v) => Number.isNaN(v))).toBe(true);
  });

  it('rejects a non-positive threshold', () => {
    expect(() => clipByGlobalNorm([[1]], 0)).toThrow();
  });
});

describe('clipByValue', () => {
  it('clamps each entry to [-limit, limit] and can change the direction', () => {
    // The answer's worked example: (3, 4) clipped by value at 1 -> (1, 1), 45 degrees, length sqrt 2.
    expect(clipByValue([[3, 4]], 1)).toEqual([[1, 1]]);
    expect(clipByValue([[0.5, -3], [-0.2, 7]], 1)).toEqual([[0.5, -1], [-0.2, 1]]);
    expect(globalNorm(clipByValue([[3, 4]], 1))).toBeCloseTo(Math.SQRT2, 15);
  });

  it('leaves entries inside the range unchanged', () => {
    expect(clipByValue([[0.1, -0.9, 0]], 1)).toEqual([[0.1, -0.9, 0]]);
  });
});

// Cases found by mutation testing (npm run test:mutation).
describe('clip argument checks', () => {
  it('clipByValue: a limit of 0 zeroes every entry; a negative or NaN limit throws', () => {
    expect(clipByValue([[3, -4, 0]], 0).flat().map(Math.abs)).toEqual([0, 0, 0]);
    expect(() => clipByValue([[1]], -1)).toThrow(/limit must be >= 0/);
    expect(() => clipByValue([[1]], NaN)).toThrow(/limit must be >= 0/);
  });
  it('clipByGlobalNorm: the error names the threshold', () => {
    expect(() => clipByGlobalNorm([[1]], 0)).toThrow(/maxNorm must be > 0/);
  });
});
