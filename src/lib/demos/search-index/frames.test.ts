/** The layer-by-layer frames of one traced query. */
import { describe, expect, it } from 'vitest';
import { clusteredDataset } from '$lib/ml/search/data';
import { Hnsw, type LayerTrace } from '$lib/ml/search/hnsw';
import { framesOf } from './frames';

describe('framesOf', () => {
  it('one entering frame per layer plus one per expansion; totals match the search', () => {
    const ds = clusteredDataset({ n: 300, queries: 2, d: 2, clusters: 5, spread: 0.3, normalize: false, seed: 2 });
    const h = new Hnsw(ds.base, { M: 6, efConstruction: 32, seed: 2 });
    while (h.insertNext());
    const trace: LayerTrace[] = [];
    const r = h.search(ds.queries, 0, 5, 16, trace);
    const frames = framesOf(trace);
    expect(frames.length).toBe(trace.reduce((s, t) => s + 1 + t.steps.length, 0));
    expect(frames[0].layer).toBe(h.maxLevel);
    expect(frames[0].expand).toBeNull();
    expect(frames.at(-1)!.visitedTotal).toBe(r.visited);
    expect(frames.at(-1)!.result!.slice(0, 5)).toEqual(r.ids);
    expect(frames.at(-1)!.route.length).toBe(trace.length);
    // The route enters each layer where the layer above ended.
    for (let i = 1; i < trace.length; i++) expect(trace[i].entry[0]).toBe(trace[i - 1].result[0]);
  });
});
