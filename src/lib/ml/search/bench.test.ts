/** The benchmark function runs and reports sensible rows (tiny sizes; the real run is npm run bench). */
import { describe, expect, it } from 'vitest';
import { benchSearch } from './bench';

describe('benchSearch', () => {
  it('reports brute force and HNSW rows per N, with recall against brute force', () => {
    const rows = benchSearch({ sizes: [800], d: 16, queries: 20, M: 8, efConstruction: 32, efSearch: 32 });
    expect(rows.map((r) => r.impl)).toEqual(['brute force', 'HNSW (ours)']);
    expect(rows[0].recallAt10).toBe(1);
    expect(rows[1].recallAt10).toBeGreaterThan(0.9);
    expect(rows[1].visitedPerQuery!).toBeLessThan(800);
    for (const r of rows) expect(r.queriesPerSecond).toBeGreaterThan(0);
  });
});
