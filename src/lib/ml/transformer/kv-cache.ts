/**
 * KV-cache and attention-memory calculator, plain TypeScript.
 *
 * A decoder caches, for every layer, the key and the value of every past token in every
 * key/value head:
 *
 *   KV bytes = 2 (K and V) · layers · kvHeads · headDim · seqLen · batch · bytesPerValue
 *
 * Multi-head attention (MHA) has kvHeads = heads; multi-query attention (MQA, Shazeer 2019)
 * has kvHeads = 1; grouped-query attention (GQA, Ainslie et al. 2023) has 1 < kvHeads < heads,
 * each key/value head shared by heads / kvHeads query heads.
 */
export type AttentionKind = 'mha' | 'gqa' | 'mqa';

export const DTYPE_BYTES = { fp32: 4, fp16: 2, bf16: 2, fp8: 1, int8: 1, int4: 0.5 } as const;
export type Dtype = keyof typeof DTYPE_BYTES;

export interface KvCacheConfig {
  layers: number;
  /** Query heads. */
  heads: number;
  /** Key/value heads (MHA: heads; MQA: 1; GQA: a divisor of heads). */
  kvHeads: number;
  /** Width of one head. */
  headDim: number;
  /** Tokens held in the cache (prompt + generated). */
  seqLen: number;
  batch: number;
  /** Bytes per stored number (2 for fp16 / bf16). */
  bytesPerValue: number;
}

/** Key/value heads for an attention kind: MHA all heads, MQA one, GQA `groups` (clamped to a divisor of heads). */
export function kvHeadsFor(kind: AttentionKind, heads: number, groups = 8): number {
  if (kind === 'mha') return heads;
  if (kind === 'mqa') return 1;
  let g = Math.max(1, Math.min(heads, Math.round(groups)));
  while (heads % g !== 0) g--;
  return g;
}

/** Bytes of the KV cache: 2 · layers · kvHeads · headDim · seqLen · batch · bytesPerValue. */
export function kvCacheBytes(c: KvCacheConfig): number {
  return 2 * c.layers * c.kvHeads * c.headDim * c.seqLen * c.batch * c.bytesPerValue;
}

/** Bytes the cache grows by per generated token (batch included). */
export function kvBytesPerToken(c: Omit<KvCacheConfig, 'seqLen'>): number {
  return kvCacheBytes({ ...c, seqLen: 1 });
}

/**
 * Bytes of one layer's attention score matrix if it is materialised (standard attention, no
 * FlashAttention): batch · heads · seqLen² · bytesPerValue. The n² term of long contexts.
 */
export function attentionScoreBytes(c: Pick<KvCacheConfig, 'heads' | 'seqLen' | 'batch' | 'bytesPerValue'>): number {
  return c.batch * c.heads * c.seqLen * c.seqLen * c.bytesPerValue;
}

/** Longest context whose KV cache fits in `budgetBytes` (floor). */
export function maxSeqLenFor(budgetBytes: number, c: Omit<KvCacheConfig, 'seqLen'>): number {
  const per = kvBytesPerToken(c);
  return per > 0 ? Math.floor(budgetBytes / per) : Infinity;
}

/** Human-readable binary size: "512 B", "1.50 KiB", "2.00 GiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = bytes;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(2)} ${units[u]}`;
}

/** Published model shapes for the calculator's presets (from the models' papers / config files). */
export const MODEL_SHAPES = {
  /** Touvron et al. 2023 (Llama 2): 32 layers, d 4096, 32 heads, MHA. */
  'llama-2-7b': { layers: 32, heads: 32, kvHeads: 32, headDim: 128 },
  /** Llama 2 70B: 80 layers, d 8192, 64 heads, GQA with 8 key/value heads. */
  'llama-2-70b': { layers: 80, heads: 64, kvHeads: 8, headDim: 128 },
  /** Jiang et al. 2023 (Mistral 7B): 32 layers, 32 heads, 8 key/value heads, head 128. */
  'mistral-7b': { layers: 32, heads: 32, kvHeads: 8, headDim: 128 },
  /** Radford et al. 2019 (GPT-2 small): 12 layers, d 768, 12 heads, MHA. */
  'gpt2-small': { layers: 12, heads: 12, kvHeads: 12, headDim: 64 }
} as const;
export type ModelShape = keyof typeof MODEL_SHAPES;
