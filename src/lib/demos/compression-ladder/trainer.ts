/**
 * emb-08: the compression ladder. One seeded set of unit vectors (and held-out queries) is
 * stored as float32, float16, int8 (symmetric and affine), sign bits and product-quantised
 * codes; each rung reports memory, how much the stored vectors turn (1 - cos) and recall@10
 * against the exact float32 search. Every rung but PQ is computed when the model is built;
 * each training step is one k-means iteration of PQ's codebooks (in the worker). No tfjs.
 */
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { clusteredDataset } from '$lib/ml/search/data';
import { evaluatePq, exactTopK, fixedRungs, type RungResult } from '$lib/ml/quant/ladder';
import { ProductQuantizer } from '$lib/ml/quant/pq';
import { decodeInt8, encodeBinary, decodeBinary, encodeInt8, roundTripHalf } from '$lib/ml/quant/codecs';

export interface LadderParams {
  n: number;
  spread: number;
  pqM: string;
  pqK: string;
  iterations?: number;
}

export interface LadderSnapshot {
  step: number;
  n: number;
  d: number;
  queries: number;
  rungs: RungResult[];
  /** PQ after each iteration: recall@10 and mean squared reconstruction error. */
  pqHistory: { iteration: number[]; recall: number[]; distortion: number[] };
  /** The first coordinates of vector 0 as each rung gives them back (binary: ±1 scaled to the vector's norm / sqrt(d)). */
  example: { dims: number; rows: Record<string, number[]> };
}

export const D = 64;
export const QUERIES = 100;
const EXAMPLE_DIMS = 16;

export function createLadderTrainer(params: LadderParams, seed: number): Trainer<LadderParams, LadderSnapshot> {
  const n = Math.round(params.n);
  const ds = clusteredDataset({ n, queries: QUERIES, d: D, spread: params.spread, seed });
  const truth = exactTopK(ds.base, ds.queries);
  const fixed = fixedRungs(ds.base, ds.queries, truth);
  const pq = new ProductQuantizer(ds.base.data, n, D, { m: Number(params.pqM), k: Number(params.pqK), seed: seed + 1 });
  let pqResult = evaluatePq(pq, ds.base, ds.queries, truth);
  const history = { iteration: [0], recall: [pqResult.recall], distortion: [pq.distortion()] };

  const first = (a: Float32Array) => Array.from(a.subarray(0, EXAMPLE_DIMS));
  const one = ds.base.data.subarray(0, D);
  const example = {
    dims: EXAMPLE_DIMS,
    rows: {
      float32: first(one),
      float16: first(roundTripHalf(one)),
      'int8-sym': first(decodeInt8(encodeInt8(ds.base.data, n, D, 'symmetric'), n, D)),
      'int8-affine': first(decodeInt8(encodeInt8(ds.base.data, n, D, 'affine'), n, D)),
      binary: first(decodeBinary(encodeBinary(one, 1, D), 1, D)).map((v) => v / Math.sqrt(D)),
      pq: [] as number[]
    }
  };

  return {
    async train(steps: number): Promise<Metrics> {
      let distortion = history.distortion[history.distortion.length - 1];
      for (let i = 0; i < steps; i++) distortion = pq.iterate();
      pqResult = evaluatePq(pq, ds.base, ds.queries, truth);
      history.iteration.push(pq.iterations);
      history.recall.push(pqResult.recall);
      history.distortion.push(distortion);
      const by = Object.fromEntries(fixed.map((r) => [r.rung, r.recall]));
      return { step: pq.iterations, pqRecall: pqResult.recall, pqDistortion: distortion, int8Recall: by['int8-sym'], binaryRecall: by.binary };
    },

    async snapshot(): Promise<LadderSnapshot> {
      example.rows.pq = first(pq.decode().subarray(0, D));
      return {
        step: pq.iterations,
        n,
        d: D,
        queries: QUERIES,
        rungs: [...fixed.map((r) => ({ ...r })), { ...pqResult }],
        pqHistory: { iteration: [...history.iteration], recall: [...history.recall], distortion: [...history.distortion] },
        example: { dims: example.dims, rows: Object.fromEntries(Object.entries(example.rows).map(([k, v]) => [k, [...v]])) }
      };
    },

    setParams() {
      // iterations only tells the runner where to pause.
    },

    dispose() {}
  };
}

export default createLadderTrainer;
