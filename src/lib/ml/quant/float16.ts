/**
 * IEEE 754 binary16 ("half") from float32, rounding to nearest, ties to even, as a float32 ->
 * float16 cast does (numpy astype(np.float16), Float16Array). Largest finite half: 65504; values
 * from 65520 up round to Infinity; subnormals down to 2^-24; NaN stays NaN, -0 stays -0.
 */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The binary16 bits of `x` (first rounded to float32, as an embedding stored in float32 is). */
export function toHalfBits(x: number): number {
  f32[0] = x;
  const b = u32[0];
  const sign = (b >>> 16) & 0x8000;
  const exp = (b >>> 23) & 0xff;
  const mant = b & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // Inf or NaN (quiet)
  const e = exp - 127 + 15; // rebias
  if (e >= 0x1f) return sign | 0x7c00; // too large: Infinity
  if (e <= 0) {
    // Subnormal half (or zero): shift the full significand (with its hidden 1) right.
    if (e < -10) return sign; // below half the smallest subnormal: 0 (2^-25 itself ties to 0, even)
    const m = mant | 0x800000;
    const shift = 14 - e; // 13 + (1 - e)
    let h = m >>> shift;
    const rem = m & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && (h & 1))) h++;
    return sign | h; // a carry into bit 10 makes the smallest normal, as it should
  }
  let h = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (h & 1))) h++; // may carry into the exponent (up to Infinity)
  return sign | h;
}

/** The value of binary16 bits. */
export function fromHalfBits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** Round-trip through float16. */
export function toFloat16(x: number): number {
  return fromHalfBits(toHalfBits(x));
}

export function encodeHalf(x: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = toHalfBits(x[i]);
  return out;
}

export function decodeHalf(h: Uint16Array): Float32Array {
  const out = new Float32Array(h.length);
  for (let i = 0; i < h.length; i++) out[i] = fromHalfBits(h[i]);
  return out;
}
