import { describe, expect, it } from 'vitest';
import {
  andMasks, bidirectionalMask, causalMask, keyPaddingMask, maskedLmVisibility, paddingMask, permutationMasks,
  receptiveField, rowCounts, slidingWindowMask, stridedMask
} from './masks';

describe('masks', () => {
  it('causal is lower-triangular, bidirectional is full', () => {
    expect(causalMask(3)).toEqual([[1, 0, 0], [1, 1, 0], [1, 1, 1]]);
    expect(bidirectionalMask(2)).toEqual([[1, 1], [1, 1]]);
  });
  it('sliding window W sees itself and W keys back (Mistral 7B definition)', () => {
    const m = slidingWindowMask(6, 2);
    expect(m[5]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(rowCounts(m)).toEqual([1, 2, 3, 3, 3, 3]);
    expect(slidingWindowMask(5, 1, false)[2]).toEqual([0, 1, 1, 1, 0]);
  });
  it('receptive field of L stacked windows reaches L x W back', () => {
    for (const [W, L] of [[1, 3], [2, 2], [3, 3]]) {
      const reach = receptiveField(slidingWindowMask(16, W), L);
      expect(reach[15].indexOf(1)).toBe(15 - L * W);
    }
    expect(receptiveField(causalMask(4), 3)).toEqual(causalMask(4));
  });
  it('strided pattern (Child et al. 2019): recent keys and every stride-th key back', () => {
    expect(stridedMask(9, 3)[8]).toEqual([0, 0, 1, 0, 0, 1, 1, 1, 1]);
  });
  it('permutation masks: content sees itself and earlier in the order, query strictly earlier', () => {
    // Order 2, 0, 3, 1 (XLNet's figure uses 3, 2, 4, 1 in 1-based positions).
    const { content, query } = permutationMasks([2, 0, 3, 1]);
    expect(content).toEqual([[1, 0, 1, 0], [1, 1, 1, 1], [0, 0, 1, 0], [1, 0, 1, 1]]);
    expect(query).toEqual([[0, 0, 1, 0], [1, 0, 1, 1], [0, 0, 0, 0], [1, 0, 1, 0]]);
    // The query row never includes its own position; the content row always does.
    query.forEach((r, i) => expect(r[i]).toBe(0));
    content.forEach((r, i) => expect(r[i]).toBe(1));
  });
  it('padding and combinations', () => {
    expect(paddingMask(2, 3)).toEqual([[1, 1, 0], [1, 1, 0], [1, 1, 0]]);
    expect(keyPaddingMask([true, false], 1)).toEqual([[1, 0]]);
    expect(andMasks(causalMask(3), paddingMask(2, 3))).toEqual([[1, 0, 0], [1, 1, 0], [1, 1, 0]]);
  });
  it('masked-LM visibility: a masked position sees every unmasked token and its own slot', () => {
    const v = maskedLmVisibility(4, [1, 3]);
    expect(v[1]).toEqual([1, 1, 1, 0]);
    expect(v[3]).toEqual([1, 0, 1, 1]);
    expect(v[0]).toEqual([0, 0, 0, 0]);
  });
});
