/**
 * Reference cases derived by hand from the papers' formulas:
 * - Vaswani et al. 2017, §3.5: PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(same).
 * - Su et al. 2021 (RoFormer), eq. 34: pairs rotated by m·θ_i, θ_i = 10000^(-2i/d).
 * - Press et al. 2022 (ALiBi), and its reference code's get_slopes.
 */
import { describe, expect, it } from 'vitest';
import {
  alibiBias, alibiSlopes, dot, dotVsOffset, positionSimilarity, relativeBucket, ropeRotate, ropeScore, sinusoidalEncoding
} from './positional';

describe('sinusoidalEncoding (Vaswani et al. 2017, §3.5)', () => {
  it('matches hand-worked values', () => {
    // d = 4: the two frequencies are 10000^0 = 1 and 10000^(-2/4) = 1/100.
    const [p0, p1, p2] = sinusoidalEncoding([0, 1, 2], 4);
    expect(p0).toEqual([0, 1, 0, 1]);
    // PE(1) = (sin 1, cos 1, sin 0.01, cos 0.01)
    [0.8414709848, 0.5403023059, 0.0099998333, 0.9999500004].forEach((v, c) => expect(p1[c]).toBeCloseTo(v, 9));
    // PE(2) = (sin 2, cos 2, sin 0.02, cos 0.02)
    [0.9092974268, -0.4161468365, 0.0199986667, 0.9998000067].forEach((v, c) => expect(p2[c]).toBeCloseTo(v, 9));
    // d = 16, pos = 50, dims 6 and 7 (i = 3): angle = 50 / 10000^(6/16) = 50 / 10^1.5 = 1.5811388...
    const [p] = sinusoidalEncoding([50], 16);
    expect(p[6]).toBeCloseTo(Math.sin(50 / Math.pow(10, 1.5)), 12);
    expect(p[6]).toBeCloseTo(0.9999465168, 9);
    expect(p[7]).toBeCloseTo(Math.cos(1.5811388300841898), 12);
  });

  it('has one row per position, values in [-1, 1], and an odd width ends with a sine', () => {
    const pe = sinusoidalEncoding([0, 3, 7], 5);
    expect(pe).toHaveLength(3);
    expect(pe[0]).toHaveLength(5);
    expect(pe.flat().every((v) => v >= -1 && v <= 1)).toBe(true);
    expect(pe[0][4]).toBe(0); // sin(0)
  });

  it('PE_p · PE_{p+k} depends only on k and peaks at k = 0', () => {
    const a = dotVsOffset(0, 20, 32);
    const b = dotVsOffset(37, 20, 32);
    a.forEach((v, k) => expect(b[k]).toBeCloseTo(v, 9));
    expect(a[0]).toBeCloseTo(16, 9); // d/2 pairs, each sin² + cos² = 1
    expect(Math.max(...a.slice(1))).toBeLessThan(a[0]);
    const s = positionSimilarity(12, 16);
    for (let i = 0; i + 3 < 12; i++) expect(s[i][i + 3]).toBeCloseTo(s[0][3], 9);
  });
});

describe('RoPE (Su et al. 2021)', () => {
  it('rotates the first pair by m radians and keeps the norm', () => {
    const r = ropeRotate([1, 0, 1, 0], Math.PI / 2);
    expect(r[0]).toBeCloseTo(0, 12);
    expect(r[1]).toBeCloseTo(1, 12);
    const v = [0.3, -1.2, 0.7, 2.0, -0.4, 0.9];
    expect(Math.hypot(...ropeRotate(v, 13))).toBeCloseTo(Math.hypot(...v), 12);
  });
  it('q·k after rotation depends only on the offset m - n', () => {
    const q = [0.5, -1, 2, 0.25, -0.75, 1.5, 0.1, -0.3];
    const k = [1, 0.2, -0.5, 0.8, 0.6, -1.1, 0.4, 0.9];
    for (const off of [0, 1, 5, -3]) {
      const ref = ropeScore(q, k, 10 + off, 10);
      for (const n of [0, 4, 31]) expect(ropeScore(q, k, n + off, n)).toBeCloseTo(ref, 10);
    }
    expect(ropeScore(q, k, 0, 0)).toBeCloseTo(dot(q, k), 12);
  });
});

describe('ALiBi (Press et al. 2022)', () => {
  it('slopes follow the reference get_slopes', () => {
    expect(alibiSlopes(8)).toEqual([1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32, 1 / 64, 1 / 128, 1 / 256]);
    expect(alibiSlopes(4)).toEqual([1 / 4, 1 / 16, 1 / 64, 1 / 256]);
    // 6 heads: the 4-head slopes, then every other of the 8-head slopes (1/2, 1/8).
    expect(alibiSlopes(6)).toEqual([1 / 4, 1 / 16, 1 / 64, 1 / 256, 1 / 2, 1 / 8]);
  });
  it('bias is -slope times the distance, the same for every shift', () => {
    expect(alibiBias(0.5, [3], [0, 1, 2, 3])).toEqual([[-1.5, -1, -0.5, -0]]);
    expect(alibiBias(0.5, [13], [10, 11, 12, 13])).toEqual([[-1.5, -1, -0.5, -0]]);
    expect(alibiBias(0.25, [1], [0, 3], true)).toEqual([[-0.25, -0.5]]);
  });
  it('relative buckets clip the offset', () => {
    expect(relativeBucket(5, 5, 3)).toBe(3);
    expect(relativeBucket(5, 4, 3)).toBe(2);
    expect(relativeBucket(9, 0, 3)).toBe(0);
    expect(relativeBucket(0, 9, 3)).toBe(6);
  });
});
