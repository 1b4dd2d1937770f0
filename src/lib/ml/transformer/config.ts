/** The tiny transformer's configuration and its defaults. */

export const POSITION_SCHEMES = ['none', 'sinusoidal', 'learned', 'rope', 'alibi', 'relative'] as const;
export type PositionScheme = (typeof POSITION_SCHEMES)[number];

export interface TransformerConfig {
  vocabSize: number;
  dModel: number;
  nHeads: number;
  nLayers: number;
  /** Longest sequence: size of the learned position table, end of generation. */
  maxLen: number;
  /** Feed-forward width (default 4 dModel); 0 = attention-only blocks. */
  dFF?: number;
  /** Key/value heads: nHeads (MHA, default), 1 (MQA) or a divisor (GQA). */
  kvHeads?: number;
  /** Default 'learned'. */
  position?: PositionScheme;
  /** Default mask when none is given: causal (default true) or bidirectional. */
  causal?: boolean;
  /** LM head width (default vocabSize); 0 = no LM head. */
  outputSize?: number;
  /** Classification head (pooled): number of classes; 0 / absent = none. */
  classes?: number;
  /** Blocks get cross-attention to an encoder's output (the decoder of an encoder-decoder). */
  crossAttention?: boolean;
  /** A learned start vector for XLNet's query stream (permutation LM). */
  queryStream?: boolean;
  /** RoPE base (default 10000). */
  ropeBase?: number;
  /** Relative bias clips offsets to [-M, M] (default maxLen - 1). */
  relativeMaxDistance?: number;
}

export type ResolvedConfig = Required<TransformerConfig>;

export function resolveConfig(c: TransformerConfig): ResolvedConfig {
  const kvHeads = c.kvHeads ?? c.nHeads;
  if (c.dModel % c.nHeads !== 0) throw new Error(`dModel ${c.dModel} is not a multiple of nHeads ${c.nHeads}`);
  if (c.nHeads % kvHeads !== 0) throw new Error(`nHeads ${c.nHeads} is not a multiple of kvHeads ${kvHeads}`);
  const position = c.position ?? 'learned';
  if (position === 'rope' && (c.dModel / c.nHeads) % 2 !== 0) throw new Error('RoPE needs an even head width');
  return {
    vocabSize: c.vocabSize,
    dModel: c.dModel,
    nHeads: c.nHeads,
    nLayers: c.nLayers,
    maxLen: c.maxLen,
    dFF: c.dFF ?? 4 * c.dModel,
    kvHeads,
    position,
    causal: c.causal ?? true,
    outputSize: c.outputSize ?? c.vocabSize,
    classes: c.classes ?? 0,
    crossAttention: c.crossAttention ?? false,
    queryStream: c.queryStream ?? false,
    ropeBase: c.ropeBase ?? 10000,
    relativeMaxDistance: c.relativeMaxDistance ?? Math.max(1, c.maxLen - 1)
  };
}
