/**
 * Query-phase bookkeeping for emb-10: per method and setting (HNSW efSearch, LSH tables), the
 * summed recall@10, distances computed and time over the queries evaluated so far. Queries
 * are timed in batches (one batch per setting per training call), because one HNSW query
 * takes well under a millisecond, below what a worker's clock resolves reliably.
 */
export interface Tally {
  queries: number;
  recall: number;
  visited: number;
  ms: number;
}

export interface PointStat {
  /** The setting: efSearch for HNSW, tables for LSH. */
  value: number;
  queries: number;
  recall: number;
  /** Mean share of the vectors whose distance was computed. */
  visited: number;
  msPerQuery: number;
}

export class Tallies {
  private map = new Map<number, Tally>();

  add(value: number, queries: number, recall: number, visited: number, ms: number): void {
    const t = this.map.get(value) ?? { queries: 0, recall: 0, visited: 0, ms: 0 };
    t.queries += queries;
    t.recall += recall;
    t.visited += visited;
    t.ms += ms;
    this.map.set(value, t);
  }

  stat(value: number, n: number): PointStat | null {
    const t = this.map.get(value);
    if (!t || t.queries === 0) return null;
    return { value, queries: t.queries, recall: t.recall / t.queries, visited: t.visited / t.queries / n, msPerQuery: t.ms / t.queries };
  }

  stats(n: number): PointStat[] {
    return [...this.map.keys()].sort((a, b) => a - b).map((v) => this.stat(v, n)!).filter(Boolean);
  }

  clear(): void {
    this.map.clear();
  }
}
