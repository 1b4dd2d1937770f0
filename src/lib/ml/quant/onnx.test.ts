/**
 * The ONNX operator examples (onnx/onnx, onnx/backend/test/case/node/quantizelinear.py,
 * dequantizelinear.py, dynamicquantizelinear.py; documented at
 * https://onnx.ai/onnx/operators/), ported. Per-axis and blocked examples are run per channel
 * / block, since our functions take one scale and zero point.
 */
import { describe, expect, it } from 'vitest';
import { dequantizeLinear, dynamicQuantizeLinear, quantizeLinear, roundHalfEven } from './onnx';

describe('roundHalfEven', () => {
  it('rounds ties to the even neighbour, others to the nearest', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 3].map(roundHalfEven)).toEqual([0, 2, 2, 0, -2, -2, 2, 3, -3, 3]);
  });
});

describe('QuantizeLinear (ONNX examples)', () => {
  it('test_quantizelinear: uint8, scale 2, zero point 128', () => {
    expect(quantizeLinear([0, 2, 3, 1000, -254, -1000], 2, 128, 'uint8')).toEqual([128, 129, 130, 255, 1, 0]);
  });

  it('test_quantizelinear_axis: uint8 per channel, scales [2, 4, 5], zero points [84, 24, 196]', () => {
    expect(quantizeLinear([-162, 10, -100, 232, -20, -50], 2, 84, 'uint8')).toEqual([3, 89, 34, 200, 74, 59]);
    expect(quantizeLinear([-76, 0, 0, 252, 32, -44], 4, 24, 'uint8')).toEqual([5, 24, 24, 87, 32, 13]);
    expect(quantizeLinear([245, -485, -960, -270, -375, -470], 5, 196, 'uint8')).toEqual([245, 99, 4, 142, 121, 102]);
  });

  it('test_quantizelinear_int16: ties to even and saturation at both ends', () => {
    const x = [0, -514, 3, -3, 2.9, -2.9, 3.1, -3.1, 65022, -66046, 65023, -66047, 65024, -66048, 70000, -70000];
    const y = [256, -1, 258, 254, 257, 255, 258, 254, 32767, -32767, 32767, -32768, 32767, -32768, 32767, -32768];
    expect(quantizeLinear(x, 2, 256, 'int16')).toEqual(y);
  });

  it('test_quantizelinear_int4: per row, scales [2, 3, 4], zero point 1, saturated to [-8, 7]', () => {
    expect(quantizeLinear([0, 2.5, 4.8, 8.6], 2, 1, 'int4')).toEqual([1, 2, 3, 5]);
    expect(quantizeLinear([-30, -20, 6, 9], 3, 1, 'int4')).toEqual([-8, -6, 3, 4]);
    expect(quantizeLinear([12, 15, 16, 40], 4, 1, 'int4')).toEqual([4, 5, 5, 7]);
  });

  it('test_quantizelinear_blocked_asymmetric: uint8 per block of two', () => {
    const rows = [[6, 12, 50, 5], [1, 8, 4, 5], [0, 20, 10, 4]];
    const scales = [[1.5, 2.5], [3, 4.9], [5.1, 6.9]];
    const zps = [[0, 1], [1, 0], [2, 3]];
    const got = rows.map((r, i) => [0, 1].flatMap((b) => quantizeLinear(r.slice(2 * b, 2 * b + 2), scales[i][b], zps[i][b], 'uint8')));
    expect(got).toEqual([[4, 8, 21, 3], [1, 4, 1, 1], [2, 6, 4, 4]]);
  });

  it('int8 saturates to [-128, 127]', () => {
    expect(quantizeLinear([-1000, -1.5, 0.5, 1000], 1, 0, 'int8')).toEqual([-128, -2, 0, 127]);
  });

  it('divides in float32: 0.15 / 0.1 is the tie 1.5 in float32 (-> 2), 1.4999999999999998 in float64 (-> 1)', () => {
    // numpy: np.rint(np.float32(0.15) / np.float32(0.1)) == 2.0
    expect(0.15 / 0.1).toBeLessThan(1.5);
    expect(quantizeLinear([0.15], 0.1, 0, 'int8')).toEqual([2]);
  });
});

describe('DequantizeLinear (ONNX examples)', () => {
  it('test_dequantizelinear: uint8, scale 2, zero point 128', () => {
    expect(dequantizeLinear([0, 3, 128, 255], 2, 128)).toEqual([-256, -250, 0, 254]);
  });
  it('test_dequantizelinear_int16 and _uint16', () => {
    expect(dequantizeLinear([-300, -30, -1025, 1270], 2, -1024)).toEqual([1448, 1988, -2, 4588]);
    expect(dequantizeLinear([30000, 31000, 32768, 33000], 2, 32767)).toEqual([-5534, -3534, 2, 466]);
  });
  it('test_dequantizelinear_int4', () => {
    expect(dequantizeLinear([0, 1, 7, -4, -8], 2, 1)).toEqual([-2, 0, 12, -10, -18]);
  });
  it('test_dequantizelinear_axis inverts test_quantizelinear_axis', () => {
    expect(dequantizeLinear([3, 89, 34, 200, 74, 59], 2, 84)).toEqual([-162, 10, -100, 232, -20, -50]);
  });
});

describe('DynamicQuantizeLinear (ONNX examples)', () => {
  // Expected y computed with the example's own numpy formula (float32 throughout).
  it('test_dynamicquantizelinear: scale 0.0196078438, zero point 153', () => {
    const r = dynamicQuantizeLinear([0, 2, -3, -2.5, 1.34, 0.5]);
    expect(r.scale).toBe(Math.fround(0.0196078438));
    expect(r.zeroPoint).toBe(153);
    // -2.5 / scale = -127.49999 -> -127; 0.5 / scale = 25.5 -> 26 (tie to even).
    expect(r.y).toEqual([153, 255, 0, 26, 221, 179]);
  });
  it('test_dynamicquantizelinear_max_adjusted: all negative, scale 0.0156862754, zero point 255', () => {
    const r = dynamicQuantizeLinear([-1.0, -2.1, -1.3, -2.5, -3.34, -4.0]);
    expect(r.scale).toBe(Math.fround(0.0156862754));
    expect(r.zeroPoint).toBe(255);
    expect(r.y).toEqual([191, 121, 172, 96, 42, 0]);
  });
  it('test_dynamicquantizelinear_min_adjusted: all positive, scale 0.0156862754, zero point 0', () => {
    const r = dynamicQuantizeLinear([1, 2.1, 1.3, 2.5, 3.34, 4.0, 1.5, 2.6, 3.9, 4.0, 3.0, 2.345]);
    expect(r.scale).toBe(Math.fround(0.0156862754));
    expect(r.zeroPoint).toBe(0);
    expect(r.y).toEqual([64, 134, 83, 159, 213, 255, 96, 166, 249, 255, 191, 149]);
  });
});
