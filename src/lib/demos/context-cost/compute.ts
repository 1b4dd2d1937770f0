/** The plain-TypeScript parts of the page: masks and position patterns, receptive field, FLOP split, KV-cache calculator. */
import { bidirectionalMask, causalMask, receptiveField, slidingWindowMask, stridedMask, type Mask } from '$lib/ml/transformer/masks';
import { alibiBias, alibiSlopes, ropeScore } from '$lib/ml/transformer/positional';
import { layerFlops } from '$lib/ml/transformer/cost';
import { DTYPE_BYTES, MODEL_SHAPES, attentionScoreBytes, kvCacheBytes, kvHeadsFor, maxSeqLenFor, type AttentionKind, type Dtype, type ModelShape } from '$lib/ml/transformer/kv-cache';

export const PATTERNS = ['full', 'causal', 'sliding', 'strided', 'alibi', 'rope'] as const;
export type Pattern = (typeof PATTERNS)[number];
export const PATTERN_N = 24;

/** What query i of the last of `layers` sliding-window layers can draw on (from masks.ts). */
export function reach(n: number, window: number, layers: number): Mask {
  return receptiveField(slidingWindowMask(n, window, true), layers);
}

/** Fixed query and key of width d for the RoPE pattern (deterministic). */
function probe(d: number): { q: number[]; k: number[] } {
  return { q: Array.from({ length: d }, (_, i) => Math.cos(0.9 * i + 0.2)), k: Array.from({ length: d }, (_, i) => Math.sin(0.6 * i + 1.1)) };
}

/**
 * An n x n pattern from the engine's code: 0/1 masks, ALiBi's bias for head 1 of 8 (causal,
 * NaN where masked), or the RoPE score of a fixed q at position i and k at position j.
 */
export function pattern(kind: Pattern, n: number, window: number, stride: number, d = 16): number[][] {
  switch (kind) {
    case 'full':
      return bidirectionalMask(n);
    case 'causal':
      return causalMask(n);
    case 'sliding':
      return slidingWindowMask(n, window, true);
    case 'strided':
      return stridedMask(n, stride);
    case 'alibi': {
      const pos = Array.from({ length: n }, (_, i) => i);
      const c = causalMask(n);
      return alibiBias(alibiSlopes(8)[0], pos, pos).map((row, i) => row.map((v, j) => (c[i][j] ? v : NaN)));
    }
    case 'rope': {
      const { q, k } = probe(d);
      return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => ropeScore(q, k, i, j)));
    }
  }
}

/** Largest |M[i][j] - M[i-1][j-1]|: 0 when the matrix depends only on j - i (Toeplitz). */
export function toeplitzGap(m: number[][]): number {
  let g = 0;
  for (let i = 1; i < m.length; i++) for (let j = 1; j < m[i].length; j++) {
    const a = m[i][j];
    const b = m[i - 1][j - 1];
    if (Number.isFinite(a) && Number.isFinite(b)) g = Math.max(g, Math.abs(a - b));
  }
  return g;
}

/** FLOP split of one layer for n = 2^5 .. 2^16 at width d. */
export function flopCurves(d: number): { n: number[]; linear: number[]; quadratic: number[]; share: number[] } {
  const n = Array.from({ length: 12 }, (_, i) => 2 ** (i + 5));
  const f = n.map((v) => layerFlops(v, d));
  return { n, linear: f.map((x) => x.projections + x.mlp), quadratic: f.map((x) => x.scores + x.mixing), share: f.map((x) => x.attentionShare) };
}

export interface CalcInput {
  model: ModelShape;
  kind: AttentionKind;
  groups: number;
  context: number;
  batch: number;
  dtype: Dtype;
  budgetGiB: number;
}

export interface CalcRow {
  kind: AttentionKind;
  kvHeads: number;
  bytes: number;
  perToken: number;
  maxContext: number;
}

/** The calculator: KV bytes for MHA, GQA and MQA of one model shape, plus the n² score matrix of one layer. */
export function calculate(c: CalcInput): { rows: CalcRow[]; selected: CalcRow; scoreBytes: number; heads: number; layers: number; headDim: number } {
  const shape = MODEL_SHAPES[c.model];
  const seqLen = Math.round(c.context);
  const bytesPerValue = DTYPE_BYTES[c.dtype];
  const rows = (['mha', 'gqa', 'mqa'] as const).map((kind) => {
    const kvHeads = kvHeadsFor(kind, shape.heads, c.groups);
    const base = { layers: shape.layers, heads: shape.heads, kvHeads, headDim: shape.headDim, batch: c.batch, bytesPerValue };
    return {
      kind,
      kvHeads,
      bytes: kvCacheBytes({ ...base, seqLen }),
      perToken: kvCacheBytes({ ...base, seqLen: 1 }),
      maxContext: maxSeqLenFor(c.budgetGiB * 2 ** 30, base)
    };
  });
  return {
    rows,
    selected: rows.find((r) => r.kind === c.kind)!,
    scoreBytes: attentionScoreBytes({ heads: shape.heads, seqLen, batch: c.batch, bytesPerValue }),
    heads: shape.heads,
    layers: shape.layers,
    headDim: shape.headDim
  };
}
