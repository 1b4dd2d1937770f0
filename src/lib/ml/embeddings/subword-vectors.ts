/**
 * Vectors for words outside the vocabulary, from their pieces.
 *
 *   - `charNgrams(word)`: fastText's subword units (Bojanowski, Grave, Joulin & Mikolov 2017,
 *     "Enriching Word Vectors with Subword Information", section 3.2): the word wrapped in
 *     '<' and '>', every character n-gram with 3 <= n <= 6 (fastText's default range), plus
 *     the wrapped word itself. A word in Han script has few characters, so it gets its single
 *     characters and character pairs instead (with and without the markers).
 *   - `SubwordRegression`: piece vectors fitted to existing word vectors, as MIMICK does
 *     (Pinter, Guthrie & Eisenstein 2017) but linear: a word's features x(w) are the mean of
 *     one-hot piece indicators (so a word's vector is the mean of its piece vectors, as in
 *     fastText up to the mean), and the piece vectors G minimise
 *     sum_i ||x(w_i) G - v_i||^2 + lambda ||G||^2. Solved in the dual (kernel ridge):
 *     A = (X X^T + lambda I)^-1 V, G = X^T A, so a word's vector is k(w)^T A with
 *     k(w)_i = x(w) . x(w_i). fastText instead trains the n-gram vectors inside skip-gram;
 *     the fitted version lets the same word vectors serve every segmentation.
 *   - `unkVector`: the single vector a closed vocabulary gives every unknown word (the
 *     mean of all vectors here).
 * Plain TypeScript, no tfjs.
 */
import { isHan } from '../subwords/apply';
import type { WordVectors } from './vectors';

export function charNgrams(word: string, minN = 3, maxN = 6): string[] {
  const cs = Array.from(word);
  if (cs.length && cs.every(isHan)) {
    const w = ['<', ...cs, '>'];
    const out = new Set<string>(cs);
    for (let i = 0; i + 2 <= w.length; i++) out.add(w.slice(i, i + 2).join(''));
    out.add(w.join(''));
    return [...out];
  }
  const w = ['<', ...cs, '>'];
  const out = new Set<string>();
  for (let n = minN; n <= maxN; n++) for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(''));
  out.add(w.join(''));
  return [...out];
}

/** Solve (M) X = B for symmetric positive definite M [n, n] (row-major) by Cholesky; B [n, m]. */
export function choleskySolve(M: Float64Array, n: number, B: Float64Array, m: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = M[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (s <= 0) throw new RangeError('matrix is not positive definite');
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j];
    }
  }
  const X = Float64Array.from(B);
  for (let c = 0; c < m; c++) {
    for (let i = 0; i < n; i++) {
      let s = X[i * m + c];
      for (let k = 0; k < i; k++) s -= L[i * n + k] * X[k * m + c];
      X[i * m + c] = s / L[i * n + i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = X[i * m + c];
      for (let k = i + 1; k < n; k++) s -= L[k * n + i] * X[k * m + c];
      X[i * m + c] = s / L[i * n + i];
    }
  }
  return X;
}

type Bag = Map<string, number>;
const bagOf = (pieces: readonly string[]): Bag => {
  const b: Bag = new Map();
  for (const p of pieces) b.set(p, (b.get(p) ?? 0) + 1 / pieces.length);
  return b;
};
const dotBags = (a: Bag, b: Bag) => {
  let s = 0;
  for (const [k, v] of a) {
    const u = b.get(k);
    if (u !== undefined) s += u * v;
  }
  return s;
};

export class SubwordRegression {
  private readonly bags: Bag[];
  private readonly A: Float64Array;
  private readonly known: Set<string>;
  readonly dim: number;

  /** Fit on `words` (each must be in `wv`) with their pieces from `piecesOf`. */
  constructor(wv: WordVectors, words: readonly string[], readonly piecesOf: (w: string) => string[], lambda = 0.1) {
    const index = new Map(wv.words.map((w, i) => [w, i]));
    const d = (this.dim = wv.dim);
    const n = words.length;
    this.bags = words.map((w) => bagOf(piecesOf(w)));
    this.known = new Set(words.flatMap((w) => piecesOf(w)));
    const K = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) K[i * n + j] = K[j * n + i] = dotBags(this.bags[i], this.bags[j]) + (i === j ? lambda : 0);
    const Y = new Float64Array(n * d);
    words.forEach((w, i) => {
      const r = index.get(w);
      if (r === undefined) throw new RangeError(`"${w}" has no vector`);
      for (let c = 0; c < d; c++) Y[i * d + c] = wv.data[r * d + c];
    });
    this.A = choleskySolve(K, n, Y, d);
  }

  /** Pieces of `word` that the fitted words contain (the others carry no vector). */
  knownPieces(word: string): string[] {
    return this.piecesOf(word).filter((p) => this.known.has(p));
  }

  /** The vector of any word: its pieces' fitted vectors, averaged (all zeros when no piece is known). */
  vector(word: string): number[] {
    const b = bagOf(this.piecesOf(word));
    const out = new Array(this.dim).fill(0);
    this.bags.forEach((bi, i) => {
      const k = dotBags(b, bi);
      if (k !== 0) for (let c = 0; c < this.dim; c++) out[c] += k * this.A[i * this.dim + c];
    });
    return out;
  }
}

export function unkVector(wv: WordVectors): number[] {
  const n = wv.words.length;
  const out = new Array(wv.dim).fill(0);
  for (let i = 0; i < n; i++) for (let c = 0; c < wv.dim; c++) out[c] += wv.data[i * wv.dim + c] / n;
  return out;
}
