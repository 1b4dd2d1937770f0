/**
 * Plain-number measures on an embedding (float64), for the views and the tests.
 *
 * Separation (always plain Euclidean, no eps, whatever distance the loss uses):
 *   centroid mu_k = mean of class k's embedded points;
 *   within   W = mean over points i of || z_i - mu_{y_i} ||   (mean distance to own centroid);
 *   between  B = mean over class pairs j < k of || mu_j - mu_k ||;
 *   scale    S = sqrt(mean over i of || z_i - mu ||^2)        (RMS radius about the global mean);
 *   ratio    = B / W = (B / S) / (W / S).
 * Both B and W are lengths, so scaling the whole embedding by any c > 0 leaves the ratio
 * unchanged: a larger margin cannot raise it just by blowing the embedding up. B / S and W / S
 * are reported too, each normalised by the same scale.
 */
import type { Distance, Mining } from './triplet-loss';

export interface Separation {
  between: number;
  within: number;
  scale: number;
  ratio: number;
  betweenNorm: number;
  withinNorm: number;
}

/** z: row-major [n, dim]. */
export function separation(z: ArrayLike<number>, labels: readonly number[], dim = 2): Separation {
  const n = labels.length;
  const classes = Math.max(...labels) + 1;
  const mu = Array.from({ length: classes }, () => new Array<number>(dim).fill(0));
  const count = new Array<number>(classes).fill(0);
  const all = new Array<number>(dim).fill(0);
  for (let i = 0; i < n; i++) {
    count[labels[i]]++;
    for (let d = 0; d < dim; d++) {
      mu[labels[i]][d] += z[i * dim + d];
      all[d] += z[i * dim + d] / n;
    }
  }
  mu.forEach((m, k) => m.forEach((_, d) => (m[d] /= count[k])));
  const dist = (a: ArrayLike<number>, ai: number, b: readonly number[]) => {
    let s = 0;
    for (let d = 0; d < dim; d++) s += (a[ai + d] - b[d]) ** 2;
    return s;
  };
  let within = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    within += Math.sqrt(dist(z, i * dim, mu[labels[i]])) / n;
    ss += dist(z, i * dim, all) / n;
  }
  let between = 0;
  let pairs = 0;
  for (let j = 0; j < classes; j++) {
    for (let k = j + 1; k < classes; k++) {
      between += Math.sqrt(dist(mu[j], 0, mu[k]));
      pairs++;
    }
  }
  between /= pairs;
  const scale = Math.sqrt(ss);
  return { between, within, scale, ratio: between / within, betweenNorm: between / scale, withinNorm: within / scale };
}

/** The loss's distance between embedded points i and j: || z_i - z_j + eps ||, squared or not. */
export function embDistance(z: ArrayLike<number>, i: number, j: number, distance: Distance, dim = 2, eps = 1e-6): number {
  let s = 0;
  for (let d = 0; d < dim; d++) s += (z[i * dim + d] - z[j * dim + d] + eps) ** 2;
  return distance === 'squared' ? s : Math.sqrt(s);
}

/**
 * Share of all valid triplets (a, p, n) in the data, p != a of a's class and n of another,
 * with positive loss d(a,p) - d(a,n) + margin > 0.
 */
export function activeShareAll(z: ArrayLike<number>, labels: readonly number[], margin: number, distance: Distance, dim = 2): number {
  const n = labels.length;
  let active = 0;
  let total = 0;
  for (let a = 0; a < n; a++) {
    const dPos: number[] = [];
    const dNeg: number[] = [];
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      (labels[j] === labels[a] ? dPos : dNeg).push(embDistance(z, a, j, distance, dim));
    }
    dNeg.sort((x, y) => x - y);
    for (const dp of dPos) {
      // Negatives with d(a,n) < d(a,p) + margin are active: binary search the sorted list.
      let lo = 0;
      let hi = dNeg.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dNeg[mid] < dp + margin) lo = mid + 1;
        else hi = mid;
      }
      active += lo;
      total += dNeg.length;
    }
  }
  return total ? active / total : 0;
}

export interface PickedTriplet {
  anchor: number;
  positive: number;
  negative: number;
  dAP: number;
  dAN: number;
  margin: number;
  loss: number;
  /** A negative farther than this from the anchor (in embedding units) costs nothing. */
  zeroLossRadius: number;
}

/**
 * One triplet for the anchor / positive / negative view, picked on the whole data set so it
 * stays put between snapshots: hard -> farthest positive, nearest negative; semi-hard -> the
 * given positive and the nearest semi-hard negative (else the nearest negative beyond the
 * positive, else the nearest); random -> the given positive and negative.
 */
export function pickTriplet(
  z: ArrayLike<number>, labels: readonly number[], anchor: number, mining: Mining, margin: number,
  distance: Distance, fixed: { positive: number; negative: number }, dim = 2
): PickedTriplet {
  const d = (j: number) => embDistance(z, anchor, j, distance, dim);
  const others = labels.map((_, j) => j).filter((j) => j !== anchor);
  const pos = others.filter((j) => labels[j] === labels[anchor]);
  const neg = others.filter((j) => labels[j] !== labels[anchor]).sort((i, j) => d(i) - d(j));
  let positive = fixed.positive;
  let negative = fixed.negative;
  if (mining === 'hard') {
    positive = pos.reduce((best, j) => (d(j) > d(best) ? j : best), pos[0]);
    negative = neg[0];
  } else if (mining === 'semi-hard') {
    const dp = d(positive);
    negative = neg.find((j) => d(j) > dp && d(j) < dp + margin) ?? neg.find((j) => d(j) > dp) ?? neg[0];
  }
  const dAP = d(positive);
  const dAN = d(negative);
  const reach = dAP + margin;
  return {
    anchor, positive, negative, dAP, dAN, margin,
    loss: Math.max(dAP - dAN + margin, 0),
    zeroLossRadius: distance === 'squared' ? Math.sqrt(Math.max(reach, 0)) : reach
  };
}
