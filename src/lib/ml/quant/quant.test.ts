/**
 * Vector codecs and the ladder: int8 codes are quantizeLinear per dimension; popcount and
 * Hamming by hand; PQ (Jégou et al. 2011) lowers its distortion as k-means iterates and its
 * asymmetric scores equal inner products with the decoded vectors; memory ratios 2x / 4x / 32x.
 */
import { describe, expect, it } from 'vitest';
import { clusteredDataset } from '$lib/ml/search/data';
import { decodeBinary, decodeInt8, encodeBinary, encodeInt8, hamming, popcount } from './codecs';
import { quantizeLinear } from './onnx';
import { ProductQuantizer } from './pq';
import { evaluatePq, exactTopK, fixedRungs } from './ladder';

describe('int8 codecs', () => {
  const x = Float32Array.from([0.5, -1, 0.25, 0.1, -0.2, 0.3, 0, 0.6, -0.9]); // 3 x 3
  it('symmetric: scale max|x| / 127 per dimension, zero point 0 (quantizeLinear)', () => {
    const c = encodeInt8(x, 3, 3, 'symmetric');
    expect(c.scales[0]).toBe(Math.fround(0.5 / 127));
    expect(Array.from(c.zeroPoints)).toEqual([0, 0, 0]);
    expect([c.codes[0], c.codes[3], c.codes[6]]).toEqual(quantizeLinear([0.5, 0.1, 0], 0.5 / 127, 0, 'int8'));
    expect([c.codes[0], c.codes[1]]).toEqual([127, -127]);
    const back = decodeInt8(c, 3, 3);
    for (let i = 0; i < 9; i++) expect(Math.abs(back[i] - x[i])).toBeLessThanOrEqual(c.scales[i % 3] / 2 + 1e-7);
  });
  it('affine: min maps to -128 and max to 127', () => {
    const c = encodeInt8(x, 3, 3, 'affine');
    // Column 1 is [-1, -0.2, 0.6]: scale 1.6 / 255.
    expect(c.scales[1]).toBe(Math.fround(1.6 / 255));
    expect([c.codes[1], c.codes[7]]).toEqual([-128, 127]);
    const back = decodeInt8(c, 3, 3);
    for (let i = 0; i < 9; i++) expect(Math.abs(back[i] - x[i])).toBeLessThanOrEqual(c.scales[i % 3] / 2 + 1e-6);
  });
});

describe('binary codes', () => {
  it('popcount and Hamming distance', () => {
    expect([0, 1, 0xff, 0xffffffff, 0x80000001].map(popcount)).toEqual([0, 1, 8, 32, 2]);
    const x = Float32Array.from([1, -1, 2, 0, -3, 0.5, -0.5, 1]); // two 4-d vectors
    const c = encodeBinary(x, 2, 4);
    expect(Array.from(c)).toEqual([0b0101, 0b1010]);
    expect(hamming(c, 0, c, 1, 1)).toBe(4);
    expect(Array.from(decodeBinary(c, 2, 4))).toEqual([1, -1, 1, -1, -1, 1, -1, 1]);
  });
});

describe('product quantisation', () => {
  const ds = clusteredDataset({ n: 800, queries: 20, d: 16, seed: 2 });
  it('k-means lowers the distortion; ADC scores are inner products with the decoded vectors', () => {
    const pq = new ProductQuantizer(ds.base.data, 800, 16, { m: 4, k: 32, seed: 1 });
    const d0 = pq.distortion();
    let last = d0;
    for (let i = 0; i < 6; i++) {
      const di = pq.iterate();
      expect(di).toBeLessThanOrEqual(last + 1e-9); // Lloyd never increases the distortion
      last = di;
    }
    expect(last).toBeLessThan(0.8 * d0);
    const dec = pq.decode();
    const q = ds.queries.data.subarray(0, 16);
    const s = pq.scores(q);
    for (const i of [0, 17, 799]) expect(s[i]).toBeCloseTo(dec.subarray(i * 16, i * 16 + 16).reduce((a, v, j) => a + v * q[j], 0), 5);
    expect(pq.bytesPerVector).toBe(4);
    expect(() => new ProductQuantizer(ds.base.data, 800, 16, { m: 5, k: 8, seed: 1 })).toThrow();
  });
  it('is deterministic per seed', () => {
    const a = new ProductQuantizer(ds.base.data, 800, 16, { m: 4, k: 16, seed: 3 });
    const b = new ProductQuantizer(ds.base.data, 800, 16, { m: 4, k: 16, seed: 3 });
    a.iterate();
    b.iterate();
    expect(Array.from(a.codes)).toEqual(Array.from(b.codes));
  });
});

describe('the ladder', () => {
  it('memory per vector shrinks 2x, 4x, 32x; float32 is exact; errors grow down the ladder', () => {
    const ds = clusteredDataset({ n: 1000, queries: 30, d: 64, seed: 1 });
    const truth = exactTopK(ds.base, ds.queries);
    const rungs = fixedRungs(ds.base, ds.queries, truth);
    const by = Object.fromEntries(rungs.map((r) => [r.rung, r]));
    expect(rungs.map((r) => r.ratio)).toEqual([1, 2, 4, 4, 32]);
    expect(by.float32.bytesPerVector).toBe(256);
    expect(by['int8-sym'].indexBytes).toBe(1000 * 64 + 4 * 64);
    expect(by.float32.recall).toBe(1);
    expect(by.float32.cosineError).toBe(0);
    expect(by.float16.cosineError).toBeLessThan(1e-6);
    expect(by['int8-sym'].cosineError).toBeLessThan(1e-3);
    expect(by.binary.cosineError).toBeGreaterThan(0.1);
    const pq = new ProductQuantizer(ds.base.data, 1000, 64, { m: 8, k: 64, seed: 1 });
    for (let i = 0; i < 5; i++) pq.iterate();
    const p = evaluatePq(pq, ds.base, ds.queries, truth);
    expect(p.ratio).toBe(32);
    expect(p.indexBytes).toBe(1000 * 8 + 64 * 64 * 4);
  });
});

// Cases found by mutation testing (npm run test:mutation): several 32-bit words per code
// (d > 32, n > 1), constant dimensions, and the symmetric range's -127 floor.
describe('codecs at the edges', () => {
  it('binary codes of d = 40 use two words per vector; Hamming equals the count of differing signs', () => {
    const n = 3;
    const d = 40;
    const x = Float32Array.from({ length: n * d }, (_, k) => Math.sin(k * 1.7 + 0.3));
    const codes = encodeBinary(x, n, d);
    expect(codes.length).toBe(n * 2);
    const back = decodeBinary(codes, n, d);
    for (let k = 0; k < n * d; k++) expect(back[k]).toBe(x[k] > 0 ? 1 : -1);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let diff = 0;
        for (let c = 0; c < d; c++) if ((x[i * d + c] > 0) !== (x[j * d + c] > 0)) diff++;
        expect(hamming(codes, i, codes, j, 2), `${i} vs ${j}`).toBe(diff);
      }
    }
  });
  it('int8: a constant dimension (zero or not) decodes back exactly in both modes, with finite scales', () => {
    // Columns: constant 0, constant 0.5, and a varying one; 3 vectors.
    const x = Float32Array.from([0, 0.5, -1, 0, 0.5, 0.25, 0, 0.5, 1]);
    for (const mode of ['symmetric', 'affine'] as const) {
      const c = encodeInt8(x, 3, 3, mode);
      for (const s of c.scales) expect(Number.isFinite(s) && s > 0, `${mode} scale ${s}`).toBe(true);
      const back = decodeInt8(c, 3, 3);
      for (const k of [0, 3, 6]) expect(back[k], mode).toBe(0);
      for (const k of [1, 4, 7]) expect(back[k], mode).toBeCloseTo(0.5, 2);
    }
  });
  it('int8 symmetric codes stay in [-127, 127] (never -128), affine uses the full [-128, 127]', () => {
    const x = Float32Array.from([-1, -0.5, 0.2, 1].flatMap((v) => [v, v * 3]));
    const sym = encodeInt8(x, 4, 2, 'symmetric');
    expect(Math.min(...sym.codes)).toBe(-127);
    expect(Math.max(...sym.codes)).toBe(127);
    const aff = encodeInt8(x, 4, 2, 'affine');
    expect(Math.min(...aff.codes)).toBe(-128);
    expect(Math.max(...aff.codes)).toBe(127);
  });
});
