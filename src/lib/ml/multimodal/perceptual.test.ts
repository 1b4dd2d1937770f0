import { describe, expect, it } from 'vitest';
import { Rng } from '../core/random';
import { blurImage, mae, mse, noisyImage, shiftImage, ssim } from './perceptual';

const side = 8;
const ramp = Float32Array.from({ length: side * side * 3 }, (_, i) => ((i * 37) % 101) / 100);

describe('pixel losses, SSIM and distortions (hand cases)', () => {
  it('MSE and MAE of a constant offset d are d^2 and |d|', () => {
    const b = ramp.map((v) => v + 0.1);
    expect(mse(ramp, b)).toBeCloseTo(0.01, 6);
    expect(mae(ramp, b)).toBeCloseTo(0.1, 6);
  });

  it('SSIM is 1 for identical images, lower for a noisy copy, symmetric, and matches the formula on one window', () => {
    expect(ssim(ramp, ramp, side)).toBeCloseTo(1, 10);
    const n = noisyImage(ramp, 0.2, new Rng(1));
    expect(ssim(ramp, n, side)).toBeLessThan(0.9);
    expect(ssim(ramp, n, side)).toBeCloseTo(ssim(n, ramp, side), 10);
    // One 7x7 window per channel on a 7x7 image: a constant image vs itself shifted by +0.5: mean term only.
    const a = new Float32Array(7 * 7 * 3).fill(0.2);
    const b = new Float32Array(7 * 7 * 3).fill(0.7);
    const c1 = 1e-4;
    const c2 = 9e-4;
    const expected = ((2 * 0.2 * 0.7 + c1) * c2) / ((0.04 + 0.49 + c1) * c2);
    expect(ssim(a, b, 7)).toBeCloseTo(expected, 6);
  });

  it('a shift moves pixels and fills black; blur keeps a constant image and the total of an interior spot', () => {
    const s = shiftImage(ramp, side, 1, 0);
    expect(s[0]).toBe(0);
    expect(s[3 * 1]).toBe(ramp[0]);
    const flat = new Float32Array(side * side * 3).fill(0.4);
    for (const v of blurImage(flat, side, 1)) expect(v).toBeCloseTo(0.4, 6);
    const spot = new Float32Array(16 * 16 * 3);
    spot[3 * (8 * 16 + 8)] = 1;
    const bl = blurImage(spot, 16, 1);
    expect(bl.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 4);
    expect(bl[3 * (8 * 16 + 8)]).toBeLessThan(0.2);
  });
});
