/**
 * Hand-worked KV-cache sizes. Shapes from the models' papers: Llama 2 7B (Touvron et al.
 * 2023: 32 layers, 32 heads of width 128, MHA), Llama 2 70B (80 layers, 64 heads, 8 KV heads,
 * GQA), GPT-2 small (12 layers, 12 heads of 64).
 */
import { describe, expect, it } from 'vitest';
import { attentionScoreBytes, formatBytes, kvBytesPerToken, kvCacheBytes, kvHeadsFor, maxSeqLenFor, MODEL_SHAPES } from './kv-cache';
import { crossoverLength, layerFlops, logLogSlope } from './cost';

describe('kv-cache calculator', () => {
  it('Llama-2-7B at 4096 tokens in fp16 holds exactly 2 GiB', () => {
    const c = { ...MODEL_SHAPES['llama-2-7b'], seqLen: 4096, batch: 1, bytesPerValue: 2 };
    // 2 * 32 * 32 * 128 * 4096 * 1 * 2 = 2^1 * 2^5 * 2^5 * 2^7 * 2^12 * 2^1 = 2^31
    expect(kvCacheBytes(c)).toBe(2 ** 31);
    expect(formatBytes(kvCacheBytes(c))).toBe('2.00 GiB');
    // 2 * 32 * 32 * 128 * 2 = 524288 bytes = 0.5 MiB per token
    expect(kvBytesPerToken(c)).toBe(524288);
  });
  it('Llama-2-70B (GQA, 8 KV heads) at 4096 tokens: 1.25 GiB; as MHA it would be 8x', () => {
    const c = { ...MODEL_SHAPES['llama-2-70b'], seqLen: 4096, batch: 1, bytesPerValue: 2 };
    // 2 * 80 * 8 * 128 * 4096 * 2 = 1342177280
    expect(kvCacheBytes(c)).toBe(1342177280);
    expect(kvCacheBytes({ ...c, kvHeads: 64 }) / kvCacheBytes(c)).toBe(8);
  });
  it('MQA divides the cache by the number of heads', () => {
    const base = { layers: 12, heads: 12, headDim: 64, seqLen: 1024, batch: 4, bytesPerValue: 2 };
    const mha = kvCacheBytes({ ...base, kvHeads: kvHeadsFor('mha', 12) });
    const mqa = kvCacheBytes({ ...base, kvHeads: kvHeadsFor('mqa', 12) });
    expect(mha / mqa).toBe(12);
    // GPT-2 small, one sequence of 1024 in fp16: 2 * 12 * 12 * 64 * 1024 * 2 = 37748736 = 36 MiB
    expect(kvCacheBytes({ ...base, batch: 1, kvHeads: 12 })).toBe(37748736);
  });
  it('GQA groups clamp to a divisor of the heads', () => {
    expect(kvHeadsFor('gqa', 32, 8)).toBe(8);
    expect(kvHeadsFor('gqa', 12, 5)).toBe(4);
    expect(kvHeadsFor('gqa', 12, 100)).toBe(12);
  });
  it('score matrix grows as n^2; max length fits the budget', () => {
    const a = attentionScoreBytes({ heads: 8, seqLen: 1000, batch: 1, bytesPerValue: 2 });
    expect(attentionScoreBytes({ heads: 8, seqLen: 2000, batch: 1, bytesPerValue: 2 }) / a).toBe(4);
    const c = { ...MODEL_SHAPES['llama-2-7b'], batch: 1, bytesPerValue: 2 };
    expect(maxSeqLenFor(2 ** 30, c)).toBe(2048);
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
  });
});

// Cases found by mutation testing (npm run test:mutation): every factor of the formulas
// (batch and bytes were always 1 or cancelled), and formatBytes' unit steps.
describe('kv-cache formulas, factor by factor', () => {
  it('kvCacheBytes and attentionScoreBytes multiply every factor', () => {
    // 2 * 2 layers * 3 kv heads * 5 head dim * 7 tokens * 4 batch * 4 bytes
    expect(kvCacheBytes({ layers: 2, heads: 6, kvHeads: 3, headDim: 5, seqLen: 7, batch: 4, bytesPerValue: 4 })).toBe(6720);
    // 2 batch * 3 heads * 5^2 * 4 bytes
    expect(attentionScoreBytes({ heads: 3, seqLen: 5, batch: 2, bytesPerValue: 4 })).toBe(600);
  });
  it('maxSeqLenFor floors at the budget and is unbounded for an empty model', () => {
    const c = { layers: 1, heads: 1, kvHeads: 1, headDim: 4, batch: 1, bytesPerValue: 2 }; // 16 bytes per token
    expect(maxSeqLenFor(160, c)).toBe(10);
    expect(maxSeqLenFor(159, c)).toBe(9);
    expect(maxSeqLenFor(160, { ...c, layers: 0 })).toBe(Infinity);
  });
  it('formatBytes steps at 1024 through B, KiB, MiB, GiB, TiB, PiB and stops at PiB', () => {
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.00 KiB');
    expect(formatBytes(3 * 1024 ** 2)).toBe('3.00 MiB');
    expect(formatBytes(1024 ** 3)).toBe('1.00 GiB');
    expect(formatBytes(1024 ** 4)).toBe('1.00 TiB');
    expect(formatBytes(1024 ** 5)).toBe('1.00 PiB');
    expect(formatBytes(2 * 1024 ** 6)).toBe('2048.00 PiB');
    expect(formatBytes(-2048)).toBe('-2.00 KiB');
  });
});

describe('FLOP split (Kaplan et al. 2020, Table 1 terms)', () => {
  it('counts projections 8nd², MLP 4ndf, scores and mixing 2n²d each', () => {
    const f = layerFlops(10, 4, 16);
    expect(f.projections).toBe(8 * 10 * 16);
    expect(f.mlp).toBe(4 * 10 * 4 * 16);
    expect(f.scores).toBe(2 * 100 * 4);
    expect(f.mixing).toBe(2 * 100 * 4);
    expect(f.total).toBe(1280 + 2560 + 800 + 800);
  });
  it('the n² half overtakes at n = 6d with f = 4d', () => {
    expect(crossoverLength(64)).toBe(384);
    expect(layerFlops(384, 64).attentionShare).toBeCloseTo(0.5, 12);
  });
  it('log-log slope recovers a power law', () => {
    const x = [16, 32, 64, 128];
    expect(logLogSlope(x, x.map((n) => 3 * n * n)).slope).toBeCloseTo(2, 10);
    expect(logLogSlope(x, x.map((n) => 5 * n)).slope).toBeCloseTo(1, 10);
  });
});
