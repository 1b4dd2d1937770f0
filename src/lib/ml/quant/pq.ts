/**
 * Product quantisation (H. Jégou, M. Douze, C. Schmid, "Product quantization for nearest
 * neighbor search", IEEE TPAMI 2011): split each d-dimensional vector into m sub-vectors of
 * d/m coordinates, learn k centroids per sub-space with k-means, and store each vector as m
 * centroid indices (one byte each when k <= 256). A query is compared without decoding
 * (asymmetric distance computation): one table of query-to-centroid inner products per
 * sub-space, then m lookups per vector.
 *
 * k-means is seeded (initial centroids: k distinct vectors drawn with the seeded stream) and
 * runs one Lloyd iteration over every sub-space per `iterate()`, so a trainer can show it
 * converge. An empty cluster is re-seeded with the point farthest from its centroid.
 */
import { Rng } from '$lib/ml/core/random';

export interface PqParams {
  m: number;
  k: number;
  seed: number;
}

export class ProductQuantizer {
  readonly m: number;
  readonly k: number;
  readonly sub: number;
  readonly d: number;
  readonly n: number;
  /** m x k x sub centroids. */
  readonly centroids: Float32Array;
  /** n x m codes. */
  readonly codes: Uint8Array;
  iterations = 0;

  constructor(readonly data: Float32Array, n: number, d: number, p: PqParams) {
    if (d % p.m !== 0) throw new Error(`PQ: d = ${d} is not divisible by m = ${p.m}`);
    this.m = p.m;
    this.k = Math.min(p.k, 256, n);
    this.sub = d / p.m;
    this.d = d;
    this.n = n;
    this.centroids = new Float32Array(this.m * this.k * this.sub);
    this.codes = new Uint8Array(n * this.m);
    const rng = new Rng(p.seed);
    for (let s = 0; s < this.m; s++) {
      const picks = rng.shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, this.k);
      picks.forEach((i, c) => this.centroids.set(data.subarray(i * d + s * this.sub, i * d + (s + 1) * this.sub), (s * this.k + c) * this.sub));
    }
    this.assign();
  }

  /**
   * Assign every sub-vector to its nearest centroid; returns the mean squared error per vector.
   * |x - c|^2 = |x|^2 - 2 x.c + |c|^2: the centroid norms are computed once per pass.
   */
  private assign(): number {
    const { m, k, sub, d, n, data, centroids, codes } = this;
    const cn = new Float64Array(m * k);
    for (let j = 0; j < m * k; j++) {
      let s = 0;
      for (let t = 0; t < sub; t++) s += centroids[j * sub + t] ** 2;
      cn[j] = s;
    }
    let err = 0;
    for (let i = 0; i < n; i++) {
      for (let s = 0; s < m; s++) {
        const xo = i * d + s * sub;
        let xx = 0;
        for (let t = 0; t < sub; t++) xx += data[xo + t] * data[xo + t];
        let best = 0;
        let bestD = Infinity;
        for (let c = 0; c < k; c++) {
          const co = (s * k + c) * sub;
          let xc = 0;
          for (let t = 0; t < sub; t++) xc += data[xo + t] * centroids[co + t];
          const dd = cn[s * k + c] - 2 * xc;
          if (dd < bestD) {
            bestD = dd;
            best = c;
          }
        }
        codes[i * m + s] = best;
        err += Math.max(0, bestD + xx);
      }
    }
    return err / n;
  }

  /** One Lloyd iteration in every sub-space: move centroids to their means, reassign. Returns the distortion. */
  iterate(): number {
    const { m, k, sub, d, n, data, centroids, codes } = this;
    const sums = new Float64Array(m * k * sub);
    const counts = new Int32Array(m * k);
    for (let i = 0; i < n; i++)
      for (let s = 0; s < m; s++) {
        const c = codes[i * m + s];
        counts[s * k + c]++;
        const so = (s * k + c) * sub;
        const xo = i * d + s * sub;
        for (let t = 0; t < sub; t++) sums[so + t] += data[xo + t];
      }
    for (let s = 0; s < m; s++)
      for (let c = 0; c < k; c++) {
        const cnt = counts[s * k + c];
        const co = (s * k + c) * sub;
        if (cnt > 0) for (let t = 0; t < sub; t++) centroids[co + t] = sums[co + t] / cnt;
        else this.reseed(s, c);
      }
    this.iterations++;
    return this.assign();
  }

  /** Empty cluster: move it onto the sub-vector worst served by its current centroid. */
  private reseed(s: number, c: number): void {
    const { m, k, sub, d, n, data, centroids, codes } = this;
    let worst = 0;
    let worstD = -1;
    for (let i = 0; i < n; i++) {
      const co = (s * k + codes[i * m + s]) * sub;
      const xo = i * d + s * sub;
      let dd = 0;
      for (let t = 0; t < sub; t++) dd += (data[xo + t] - centroids[co + t]) ** 2;
      if (dd > worstD) {
        worstD = dd;
        worst = i;
      }
    }
    centroids.set(data.subarray(worst * d + s * sub, worst * d + (s + 1) * sub), (s * k + c) * sub);
  }

  /** Mean squared reconstruction error per vector. */
  distortion(): number {
    const r = this.decode();
    let e = 0;
    for (let i = 0; i < r.length; i++) e += (r[i] - this.data[i]) ** 2;
    return e / this.n;
  }

  /** The vectors rebuilt from their codes. */
  decode(): Float32Array {
    const { m, k, sub, d, n, centroids, codes } = this;
    const out = new Float32Array(n * d);
    for (let i = 0; i < n; i++) for (let s = 0; s < m; s++) out.set(centroids.subarray((s * k + codes[i * m + s]) * sub, (s * k + codes[i * m + s] + 1) * sub), i * d + s * sub);
    return out;
  }

  /** Asymmetric inner products of `query` with every coded vector. */
  scores(query: ArrayLike<number>): Float32Array {
    const { m, k, sub, n, centroids, codes } = this;
    const table = new Float32Array(m * k);
    for (let s = 0; s < m; s++)
      for (let c = 0; c < k; c++) {
        const co = (s * k + c) * sub;
        let v = 0;
        for (let t = 0; t < sub; t++) v += query[s * sub + t] * centroids[co + t];
        table[s * k + c] = v;
      }
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let s = 0; s < m; s++) v += table[s * k + codes[i * m + s]];
      out[i] = v;
    }
    return out;
  }

  /** Bytes per vector (one code byte per sub-space) and for the codebooks (float32). */
  get bytesPerVector(): number {
    return this.m * (this.k <= 256 ? 1 : 2);
  }
  get codebookBytes(): number {
    return this.centroids.length * 4;
  }
}
