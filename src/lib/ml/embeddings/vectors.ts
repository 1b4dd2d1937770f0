/**
 * Word vectors as plain data (what a trained model hands to views, metrics and other
 * engines), and what one does with them: cosine similarity, nearest neighbours, analogies
 * by 3CosAdd, mean pooling into a sentence vector, and the within- vs between-group
 * similarity that says whether groups of related words came out close together.
 * Float64 arithmetic throughout; no tfjs.
 */
export interface WordVectors {
  words: string[];
  dim: number;
  /** Row-major [words.length, dim]. */
  data: Float32Array | Float64Array | number[];
}

export function vectorOf(wv: WordVectors, i: number): number[] {
  return Array.from({ length: wv.dim }, (_, d) => wv.data[i * wv.dim + d]);
}

export function indexOf(wv: WordVectors): Map<string, number> {
  return new Map(wv.words.map((w, i) => [w, i]));
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function norm(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}

/**
 * cos(a, b) = a . b / (|a| |b|). A zero vector has no direction: its cosine with anything is
 * defined here as 0 (scikit-learn's cosine_similarity does the same), never NaN.
 */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`cosine: lengths ${a.length} and ${b.length} differ`);
  const na = norm(a);
  const nb = norm(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** Rows scaled to unit length (zero rows stay zero), as a Float64Array. */
export function normalizedRows(wv: WordVectors): Float64Array {
  const out = Float64Array.from(wv.data as ArrayLike<number>);
  for (let i = 0; i < wv.words.length; i++) {
    let s = 0;
    for (let d = 0; d < wv.dim; d++) s += out[i * wv.dim + d] ** 2;
    const n = Math.sqrt(s);
    if (n > 0) for (let d = 0; d < wv.dim; d++) out[i * wv.dim + d] /= n;
  }
  return out;
}

export interface Neighbour {
  word: string;
  index: number;
  cosine: number;
}

/**
 * The k words with the highest cosine to `query` (a word of the vocabulary or a vector),
 * best first, excluding the query word itself and any word in `exclude`; restricted to
 * `among` (indices) when given. Ties keep vocabulary order.
 */
export function nearest(
  wv: WordVectors,
  query: string | ArrayLike<number>,
  k: number,
  opts: { exclude?: Iterable<string>; among?: readonly number[] } = {}
): Neighbour[] {
  const idx = indexOf(wv);
  const skip = new Set<number>();
  let q: ArrayLike<number>;
  if (typeof query === 'string') {
    const i = idx.get(query);
    if (i === undefined) return [];
    skip.add(i);
    q = vectorOf(wv, i);
  } else q = query;
  for (const w of opts.exclude ?? []) {
    const i = idx.get(w);
    if (i !== undefined) skip.add(i);
  }
  const nq = norm(q);
  const out: Neighbour[] = [];
  const candidates = opts.among ?? wv.words.map((_, i) => i);
  for (const i of candidates) {
    if (skip.has(i)) continue;
    let s = 0;
    let n = 0;
    for (let d = 0; d < wv.dim; d++) {
      const v = wv.data[i * wv.dim + d];
      s += v * q[d];
      n += v * v;
    }
    out.push({ word: wv.words[i], index: i, cosine: n === 0 || nq === 0 ? 0 : s / (Math.sqrt(n) * nq) });
  }
  return out.sort((a, b) => b.cosine - a.cosine || a.index - b.index).slice(0, Math.max(0, k));
}

/**
 * "a is to b as c is to ?" by 3CosAdd (Mikolov, Yih & Zweig 2013; named by Levy & Goldberg
 * 2014): with unit vectors, the answer maximises cos(x, b - a + c) over x not in {a, b, c},
 * which ranks words exactly as cos(x, b) - cos(x, a) + cos(x, c) does. Returns [] when a
 * word is missing.
 */
export function analogy(wv: WordVectors, a: string, b: string, c: string, k = 1, among?: readonly number[]): Neighbour[] {
  const idx = indexOf(wv);
  const [ia, ib, ic] = [a, b, c].map((w) => idx.get(w));
  if (ia === undefined || ib === undefined || ic === undefined) return [];
  const unit = normalizedRows(wv);
  const target = Array.from({ length: wv.dim }, (_, d) => unit[ib * wv.dim + d] - unit[ia * wv.dim + d] + unit[ic * wv.dim + d]);
  return nearest({ words: wv.words, dim: wv.dim, data: unit }, target, k, { exclude: [a, b, c], among });
}

export interface Pooled {
  /** The mean of the known tokens' vectors (zeros when none is known). */
  vector: number[];
  known: string[];
  unknown: string[];
}

/** Mean pooling: the average of the vectors of the tokens found in the vocabulary, repeats counted. */
export function meanPool(wv: WordVectors, tokens: readonly string[]): Pooled {
  const idx = indexOf(wv);
  const vector = new Array<number>(wv.dim).fill(0);
  const known: string[] = [];
  const unknown: string[] = [];
  for (const t of tokens) {
    const i = idx.get(t);
    if (i === undefined) {
      unknown.push(t);
      continue;
    }
    known.push(t);
    for (let d = 0; d < wv.dim; d++) vector[d] += wv.data[i * wv.dim + d];
  }
  if (known.length) for (let d = 0; d < wv.dim; d++) vector[d] /= known.length;
  return { vector, known, unknown };
}

export interface GroupSeparation {
  /** Mean cosine over pairs of distinct words with the same label. */
  within: number;
  /** Mean cosine over pairs with different labels. */
  between: number;
  /** within - between. */
  gap: number;
}

/**
 * Mean within-group minus mean between-group cosine over the labelled words (`labels[i]`
 * is the group of `words[i]`; words missing from the vocabulary are skipped). Each
 * unordered pair counts once.
 */
export function groupSeparation(wv: WordVectors, words: readonly string[], labels: readonly string[]): GroupSeparation {
  const idx = indexOf(wv);
  const unit = normalizedRows(wv);
  const rows: number[] = [];
  const labs: string[] = [];
  words.forEach((w, i) => {
    const r = idx.get(w);
    if (r !== undefined) {
      rows.push(r);
      labs.push(labels[i]);
    }
  });
  let sw = 0, nw = 0, sb = 0, nb = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      let c = 0;
      for (let d = 0; d < wv.dim; d++) c += unit[rows[i] * wv.dim + d] * unit[rows[j] * wv.dim + d];
      if (labs[i] === labs[j]) (sw += c), nw++;
      else (sb += c), nb++;
    }
  }
  const within = nw ? sw / nw : NaN;
  const between = nb ? sb / nb : NaN;
  return { within, between, gap: within - between };
}

/** Cosine similarity matrix of a list of vectors (row i, column j). */
export function cosineMatrix(vs: readonly ArrayLike<number>[]): number[][] {
  return vs.map((a) => vs.map((b) => cosine(a, b)));
}
