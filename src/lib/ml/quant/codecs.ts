/**
 * Compressing a set of embedding vectors (n x d, float32), rung by rung:
 * - float16: IEEE half per coordinate (2 bytes);
 * - int8 symmetric: per dimension, scale = max |x| / 127, zero point 0, values in [-127, 127];
 * - int8 affine: per dimension, scale = (max - min) / 255, zero point chosen so min -> -128;
 * - binary: one sign bit per coordinate (x > 0), packed 32 to a word; compared by Hamming distance.
 * The int8 rungs quantise with `quantizeLinear` (ONNX semantics); the per-dimension scales and
 * zero points are calibrated on the set itself and stored once for the index.
 */
import { dequantizeLinear, quantizeLinear, roundHalfEven, saturate } from './onnx';
import { decodeHalf, encodeHalf } from './float16';

export interface Int8Codes {
  codes: Int8Array;
  scales: Float32Array;
  zeroPoints: Int32Array;
}

function column(x: Float32Array, n: number, d: number, j: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = x[i * d + j];
  return out;
}

export function encodeInt8(x: Float32Array, n: number, d: number, mode: 'symmetric' | 'affine'): Int8Codes {
  const codes = new Int8Array(n * d);
  const scales = new Float32Array(d);
  const zeroPoints = new Int32Array(d);
  for (let j = 0; j < d; j++) {
    const col = column(x, n, d, j);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of col) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    let scale: number;
    let zp: number;
    if (mode === 'symmetric') {
      scale = Math.fround(Math.max(Math.abs(lo), Math.abs(hi)) / 127);
      zp = 0;
    } else {
      scale = Math.fround((hi - lo) / 255);
      zp = scale > 0 ? saturate(-128 - roundHalfEven(Math.fround(lo / scale)), 'int8') : 0;
      // A constant dimension has no range: code it like the symmetric rung (c -> ±127), exactly.
      if (!(scale > 0)) scale = Math.fround(Math.abs(lo) / 127);
    }
    if (!(scale > 0)) scale = 1; // a constant-zero dimension: any scale reproduces it
    scales[j] = scale;
    zeroPoints[j] = zp;
    const q = quantizeLinear(col, scale, zp, 'int8');
    for (let i = 0; i < n; i++) codes[i * d + j] = mode === 'symmetric' ? Math.max(-127, q[i]) : q[i];
  }
  return { codes, scales, zeroPoints };
}

export function decodeInt8(c: Int8Codes, n: number, d: number): Float32Array {
  const out = new Float32Array(n * d);
  for (let j = 0; j < d; j++) {
    const q = new Array<number>(n);
    for (let i = 0; i < n; i++) q[i] = c.codes[i * d + j];
    const v = dequantizeLinear(q, c.scales[j], c.zeroPoints[j]);
    for (let i = 0; i < n; i++) out[i * d + j] = v[i];
  }
  return out;
}

export function roundTripHalf(x: Float32Array): Float32Array {
  return decodeHalf(encodeHalf(x));
}

/** Sign bits, 32 per Uint32 word: n x ceil(d / 32) words. */
export function encodeBinary(x: Float32Array, n: number, d: number): Uint32Array {
  const w = Math.ceil(d / 32);
  const out = new Uint32Array(n * w);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) if (x[i * d + j] > 0) out[i * w + (j >> 5)] |= 1 << (j & 31);
  return out;
}

/** Set bits in a 32-bit word (SWAR popcount). */
export function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hamming distance between code i of a and code j of b (w words each). */
export function hamming(a: Uint32Array, i: number, b: Uint32Array, j: number, w: number): number {
  let s = 0;
  for (let k = 0; k < w; k++) s += popcount(a[i * w + k] ^ b[j * w + k]);
  return s;
}

/** ±1 vectors from sign bits (to measure the angle a binary code keeps). */
export function decodeBinary(codes: Uint32Array, n: number, d: number): Float32Array {
  const w = Math.ceil(d / 32);
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[i * d + j] = codes[i * w + (j >> 5)] & (1 << (j & 31)) ? 1 : -1;
  return out;
}
