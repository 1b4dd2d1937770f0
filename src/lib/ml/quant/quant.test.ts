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
