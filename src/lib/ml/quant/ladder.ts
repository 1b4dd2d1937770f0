/**
 * The compression ladder: for each rung, the memory per vector and per index, how much the
 * stored vectors turn (1 - cosine between original and decoded), and recall@10 of a search
 * on the compressed index against the exact float32 search (inner product on unit vectors,
 * i.e. cosine). float16 and int8 search the decoded vectors with a float32 query; binary
 * compares sign codes by Hamming distance; PQ uses asymmetric distances (no decoding).
 */
import type { VectorSet } from '$lib/ml/search/data';
import { bruteForceIp } from '$lib/ml/search/brute';
import { TopK } from '$lib/ml/search/heap';
import { recallOf } from '$lib/ml/search/data';
import { decodeBinary, decodeInt8, encodeBinary, encodeInt8, hamming, roundTripHalf } from './codecs';
import type { ProductQuantizer } from './pq';

export const RUNGS = ['float32', 'float16', 'int8-sym', 'int8-affine', 'binary', 'pq'] as const;
export type Rung = (typeof RUNGS)[number];

export interface RungResult {
  rung: Rung;
  bytesPerVector: number;
  /** Vectors plus what the rung stores once (scales, zero points, codebooks). */
  indexBytes: number;
  /** float32 bytes per vector / this rung's. */
  ratio: number;
  /** Mean and worst 1 - cos(x, decoded x) over the vectors. */
  cosineError: number;
  maxCosineError: number;
  /** Mean recall@k against the float32 search. */
  recall: number;
}

export const K = 10;

/** The exact float32 top-k (inner product) of every query. */
export function exactTopK(base: VectorSet, queries: VectorSet, k = K): number[][] {
  return Array.from({ length: queries.n }, (_, q) => bruteForceIp(base.data, base.n, base.d, queries.data.subarray(q * base.d, (q + 1) * base.d), k));
}

function cosineErrors(a: Float32Array, b: Float32Array, n: number, d: number): { mean: number; max: number } {
  let sum = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    let ab = 0;
    let aa = 0;
    let bb = 0;
    for (let j = 0; j < d; j++) {
      const x = a[i * d + j];
      const y = b[i * d + j];
      ab += x * y;
      aa += x * x;
      bb += y * y;
    }
    const e = aa > 0 && bb > 0 ? 1 - ab / Math.sqrt(aa * bb) : 1;
    sum += e;
    if (e > max) max = e;
  }
  return { mean: sum / n, max };
}

function meanRecall(found: number[][], truth: number[][]): number {
  return found.reduce((s, f, q) => s + recallOf(f, truth[q]), 0) / Math.max(1, found.length);
}

function result(rung: Rung, bytesPerVector: number, overhead: number, n: number, d: number, err: { mean: number; max: number }, recall: number): RungResult {
  return { rung, bytesPerVector, indexBytes: n * bytesPerVector + overhead, ratio: (4 * d) / bytesPerVector, cosineError: err.mean, maxCosineError: err.max, recall };
}

/** A rung whose vectors are decoded to float32 and searched with the float32 query. */
function decodedRung(rung: Rung, decoded: Float32Array, bytesPerVector: number, overhead: number, base: VectorSet, queries: VectorSet, truth: number[][]): RungResult {
  const { n, d } = base;
  const found = Array.from({ length: queries.n }, (_, q) => bruteForceIp(decoded, n, d, queries.data.subarray(q * d, (q + 1) * d), truth[q].length));
  return result(rung, bytesPerVector, overhead, n, d, cosineErrors(base.data, decoded, n, d), meanRecall(found, truth));
}

export function evaluateFloat(rung: 'float32' | 'float16', base: VectorSet, queries: VectorSet, truth: number[][]): RungResult {
  const decoded = rung === 'float32' ? base.data : roundTripHalf(base.data);
  return decodedRung(rung, decoded, rung === 'float32' ? 4 * base.d : 2 * base.d, 0, base, queries, truth);
}

export function evaluateInt8(mode: 'symmetric' | 'affine', base: VectorSet, queries: VectorSet, truth: number[][]): RungResult {
  const { n, d } = base;
  const c = encodeInt8(base.data, n, d, mode);
  // Stored once: a float32 scale per dimension, and an int8 zero point per dimension (affine).
  const overhead = 4 * d + (mode === 'affine' ? d : 0);
  return decodedRung(mode === 'symmetric' ? 'int8-sym' : 'int8-affine', decodeInt8(c, n, d), d, overhead, base, queries, truth);
}

export function evaluateBinary(base: VectorSet, queries: VectorSet, truth: number[][]): RungResult {
  const { n, d } = base;
  const w = Math.ceil(d / 32);
  const codes = encodeBinary(base.data, n, d);
  const qcodes = encodeBinary(queries.data, queries.n, d);
  const found = Array.from({ length: queries.n }, (_, q) => {
    const top = new TopK(truth[q].length);
    for (let i = 0; i < n; i++) top.push(i, hamming(codes, i, qcodes, q, w));
    return top.sorted().ids;
  });
  return result('binary', d / 8, 0, n, d, cosineErrors(base.data, decodeBinary(codes, n, d), n, d), meanRecall(found, truth));
}

export function evaluatePq(pq: ProductQuantizer, base: VectorSet, queries: VectorSet, truth: number[][]): RungResult {
  const { n, d } = base;
  const found = Array.from({ length: queries.n }, (_, q) => {
    const s = pq.scores(queries.data.subarray(q * d, (q + 1) * d));
    const top = new TopK(truth[q].length);
    for (let i = 0; i < n; i++) top.push(i, -s[i]);
    return top.sorted().ids;
  });
  return result('pq', pq.bytesPerVector, pq.codebookBytes, n, d, cosineErrors(base.data, pq.decode(), n, d), meanRecall(found, truth));
}

/** Every rung but PQ (which trains): float32, float16, int8 symmetric and affine, binary. */
export function fixedRungs(base: VectorSet, queries: VectorSet, truth: number[][]): RungResult[] {
  return [
    evaluateFloat('float32', base, queries, truth),
    evaluateFloat('float16', base, queries, truth),
    evaluateInt8('symmetric', base, queries, truth),
    evaluateInt8('affine', base, queries, truth),
    evaluateBinary(base, queries, truth)
  ];
}
