/**
 * Evaluation of a joint embedding in plain TypeScript, on rows of numbers:
 * - classify: each image takes the class whose text embedding is most cosine-similar
 *   (retrieval of the right caption among class captions; zero-shot classification);
 * - accuracy overall and per class;
 * - pairSeparation: are matched image-caption pairs nearer than mismatched ones?
 */
import { cosineMatrix } from './contrastive';

/** Index of the most similar class text for each image. */
export function classify(imageEmb: readonly (readonly number[])[], classEmb: readonly (readonly number[])[]): number[] {
  return cosineMatrix(imageEmb, classEmb).map((row) => row.reduce((best, v, j) => (v > row[best] ? j : best), 0));
}

export function accuracy(pred: readonly number[], truth: ArrayLike<number>): number {
  if (pred.length === 0) return NaN;
  let ok = 0;
  for (let i = 0; i < pred.length; i++) if (pred[i] === truth[i]) ok++;
  return ok / pred.length;
}

/** Accuracy among the items of each class (NaN for a class with no items). */
export function perClassAccuracy(pred: readonly number[], truth: ArrayLike<number>, classes: number): number[] {
  const ok = new Array<number>(classes).fill(0);
  const all = new Array<number>(classes).fill(0);
  for (let i = 0; i < pred.length; i++) {
    all[truth[i]]++;
    if (pred[i] === truth[i]) ok[truth[i]]++;
  }
  return ok.map((v, c) => (all[c] ? v / all[c] : NaN));
}

export interface PairSeparation {
  /** Mean cosine distance (1 - cos) of each image to its own caption. */
  matched: number;
  /** Mean cosine distance of each image to captions with other content. */
  mismatched: number;
  /** Share of (image i, caption j with other content) with d(i, own) < d(i, j). */
  nearerRate: number;
}

/**
 * Matched vs mismatched pairs: row i of imageEmb and textEmb is a true pair; keys[i] names
 * its content, and only captions with a different key count as mismatched (a caption that
 * says the same thing is not a wrong caption).
 */
export function pairSeparation(imageEmb: readonly (readonly number[])[], textEmb: readonly (readonly number[])[], keys: readonly (string | number)[], metric: 'cosine' | 'euclidean' = 'cosine'): PairSeparation {
  const n = imageEmb.length;
  const d = metric === 'cosine' ? cosineMatrix(imageEmb, textEmb).map((r) => r.map((c) => 1 - c)) : imageEmb.map((a) => textEmb.map((b) => Math.hypot(...a.map((v, k) => v - b[k]))));
  let matched = 0;
  let mismatched = 0;
  let mCount = 0;
  let nearer = 0;
  for (let i = 0; i < n; i++) {
    matched += d[i][i] / n;
    for (let j = 0; j < n; j++) {
      if (keys[j] === keys[i]) continue;
      mismatched += d[i][j];
      mCount++;
      if (d[i][i] < d[i][j]) nearer++;
    }
  }
  return { matched, mismatched: mCount ? mismatched / mCount : NaN, nearerRate: mCount ? nearer / mCount : NaN };
}
