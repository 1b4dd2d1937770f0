/**
 * Binary heaps of (id, distance) on parallel typed arrays, for the search algorithms: a
 * min-heap (closest on top: the candidates to expand) and a max-heap (farthest on top: the
 * bounded result set), and a bounded top-k collector.
 */
export class DistHeap {
  ids: Int32Array;
  dists: Float64Array;
  size = 0;

  /** sign +1: min-heap (smallest distance on top); -1: max-heap (largest on top). */
  constructor(private readonly sign: 1 | -1, capacity = 64) {
    this.ids = new Int32Array(capacity);
    this.dists = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  private before(a: number, b: number): boolean {
    return this.sign * (this.dists[a] - this.dists[b]) < 0;
  }

  private swap(a: number, b: number): void {
    const i = this.ids[a];
    this.ids[a] = this.ids[b];
    this.ids[b] = i;
    const d = this.dists[a];
    this.dists[a] = this.dists[b];
    this.dists[b] = d;
  }

  push(id: number, dist: number): void {
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      const dists = new Float64Array(this.size * 2);
      dists.set(this.dists);
      this.ids = ids;
      this.dists = dists;
    }
    let i = this.size++;
    this.ids[i] = id;
    this.dists[i] = dist;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  topId(): number {
    return this.ids[0];
  }

  topDist(): number {
    return this.dists[0];
  }

  pop(): number {
    const id = this.ids[0];
    this.size--;
    if (this.size > 0) {
      this.ids[0] = this.ids[this.size];
      this.dists[0] = this.dists[this.size];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.size && this.before(l, m)) m = l;
        if (r < this.size && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return id;
  }

  /** The contents sorted by distance, closest first (the heap is left empty). */
  drainSorted(): { ids: number[]; dists: number[] } {
    const ids: number[] = [];
    const dists: number[] = [];
    while (this.size > 0) {
      dists.push(this.topDist());
      ids.push(this.pop());
    }
    if (this.sign === -1) {
      ids.reverse();
      dists.reverse();
    }
    return { ids, dists };
  }
}

/** The k smallest (id, distance) pairs seen; ties keep the earlier id. */
export class TopK {
  private heap: DistHeap;
  constructor(private readonly k: number) {
    this.heap = new DistHeap(-1, k + 1);
  }
  push(id: number, dist: number): void {
    if (this.heap.size < this.k) this.heap.push(id, dist);
    else if (dist < this.heap.topDist()) {
      this.heap.pop();
      this.heap.push(id, dist);
    }
  }
  get worst(): number {
    return this.heap.size < this.k ? Infinity : this.heap.topDist();
  }
  sorted(): { ids: number[]; dists: number[] } {
    const r = this.heap.drainSorted();
    // Stable order among equal distances: by id.
    const order = r.ids.map((_, i) => i).sort((a, b) => r.dists[a] - r.dists[b] || r.ids[a] - r.ids[b]);
    return { ids: order.map((i) => r.ids[i]), dists: order.map((i) => r.dists[i]) };
  }
}
