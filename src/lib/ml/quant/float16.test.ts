/**
 * float32 -> float16 against numpy (np.float32(x).astype(np.float16)), IEEE 754 binary16 with
 * round to nearest, ties to even. Expected bits computed with numpy 1.26.
 */
import { describe, expect, it } from 'vitest';
import { decodeHalf, encodeHalf, fromHalfBits, toFloat16, toHalfBits } from './float16';

const CASES: [number, number][] = [
  [0, 0x0], [-0, 0x8000], [1, 0x3c00], [-2.5, 0xc100], [0.1, 0x2e66], [1 / 3, 0x3555],
  [65504, 0x7bff], // largest finite half
  [65519.99, 0x7bff], // rounds down to 65504
  [65520, 0x7c00], // halfway to 65536: ties to even = Infinity
  [70000, 0x7c00], [-1e6, 0xfc00], [Infinity, 0x7c00],
  [65008, 0x7bf0], // tie between 64992 and 65024: even mantissa
  [6.103515625e-5, 0x400], // smallest normal, 2^-14
  [6.097555160522461e-5, 0x3ff], // largest subnormal
  [6.1033e-5, 0x400], // a subnormal that rounds up into the normals
  [5.960464477539063e-8, 0x1], // smallest subnormal, 2^-24
  [2.9802322387695312e-8, 0x0], // 2^-25: tie between 0 and 2^-24, to even = 0
  [2.98053026e-8, 0x1], // just above 2^-25
  [8.940696716308594e-8, 0x2], // 1.5 * 2^-24: tie, to even = 2
  [1e-8, 0x0], [-3e-7, 0x8005], [-7.8e-6, 0x8083], [0.00011, 0x735],
  [1.00048828125, 0x3c00], // 1 + 2^-11: tie, to even
  [1.000732421875, 0x3c01], [2049, 0x6800], [2051, 0x6802], [3.14159265, 0x4248]
];

describe('float16 cast', () => {
  it('matches numpy bit for bit, edge cases included', () => {
    for (const [x, bits] of CASES) expect(toHalfBits(x), `x = ${x}`).toBe(bits);
  });
  it('decodes: 65504, the subnormals, Infinity, NaN, -0', () => {
    expect(fromHalfBits(0x7bff)).toBe(65504);
    expect(fromHalfBits(0x0001)).toBe(2 ** -24);
    expect(fromHalfBits(0x03ff)).toBe(1023 * 2 ** -24);
    expect(fromHalfBits(0x7c00)).toBe(Infinity);
    expect(fromHalfBits(0xfc00)).toBe(-Infinity);
    expect(Object.is(fromHalfBits(0x8000), -0)).toBe(true);
    expect(Number.isNaN(fromHalfBits(toHalfBits(NaN)))).toBe(true);
    expect(toFloat16(0.1)).toBe(0.0999755859375);
  });
  it('round-trips every finite half exactly', () => {
    const bad: number[] = [];
    for (let h = 0; h < 0x10000; h++) if ((h & 0x7c00) !== 0x7c00 && toHalfBits(fromHalfBits(h)) !== h) bad.push(h);
    expect(bad).toEqual([]);
  });
  it('encodes arrays', () => {
    expect([...decodeHalf(encodeHalf([1, 0.1, 65520]))]).toEqual([1, 0.0999755859375, Infinity]);
  });
});
