/**
 * Reference losses in plain TypeScript (float64), no tfjs: the readable copy of the maths
 * that the explanatory views draw and the tfjs models are tested against.
 *
 * tripletMarginLoss follows PyTorch's torch.nn.TripletMarginLoss
 * (https://pytorch.org/docs/stable/generated/torch.nn.TripletMarginLoss.html):
 *   d(x, y)  = pairwise_distance(x, y, p, eps) = || x - y + eps ||_p   (eps added to the difference)
 *   loss_i   = max(d(a_i, p_i) - d(a_i, n_i) + margin, 0)
 *   swap     : d(a_i, n_i) is replaced by min(d(a_i, n_i), d(p_i, n_i))
 *   reduction: 'mean' (default) | 'sum' | 'none'
 * Pointwise losses act on a residual r = prediction - target; Huber as in torch.nn.HuberLoss.
 */

export type Reduction = 'none' | 'mean' | 'sum';

export interface TripletOptions {
  margin?: number;
  p?: number;
  eps?: number;
  swap?: boolean;
  reduction?: Reduction;
}

/** PyTorch's pairwise_distance for one pair of vectors: || x - y + eps ||_p. */
export function pairwiseDistance(x: readonly number[], y: readonly number[], p = 2, eps = 1e-6): number {
  if (x.length !== y.length) throw new Error('pairwiseDistance: vectors differ in length');
  if (p === Infinity) return Math.max(...x.map((xi, i) => Math.abs(xi - y[i] + eps)));
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i] - y[i] + eps) ** p;
  return s ** (1 / p);
}

function reduce(values: number[], reduction: Reduction): number | number[] {
  if (reduction === 'none') return values;
  const sum = values.reduce((a, b) => a + b, 0);
  return reduction === 'sum' ? sum : sum / values.length;
}

export function tripletMarginLoss(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
  opts: TripletOptions & { reduction: 'none' }
): number[];
export function tripletMarginLoss(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
  opts?: TripletOptions & { reduction?: 'mean' | 'sum' }
): number;
export function tripletMarginLoss(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
  opts?: TripletOptions
): number | number[];
export function tripletMarginLoss(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
  opts: TripletOptions = {}
): number | number[] {
  const { margin = 1, p = 2, eps = 1e-6, swap = false, reduction = 'mean' } = opts;
  if (anchor.length !== positive.length || anchor.length !== negative.length) {
    throw new Error('tripletMarginLoss: anchor, positive and negative need the same batch size');
  }
  const losses = anchor.map((a, i) => {
    const dAP = pairwiseDistance(a, positive[i], p, eps);
    let dAN = pairwiseDistance(a, negative[i], p, eps);
    if (swap) dAN = Math.min(dAN, pairwiseDistance(positive[i], negative[i], p, eps));
    return Math.max(dAP - dAN + margin, 0);
  });
  return reduce(losses, reduction);
}

// ---------------------------------------------------------------- pointwise losses

export type PointwiseKind = 'l1' | 'l2' | 'huber';

/** |r|. */
export function l1(r: number): number {
  return Math.abs(r);
}
/** d|r|/dr = sign(r), 0 at r = 0 (the subgradient tfjs and PyTorch use). */
export function l1Grad(r: number): number {
  return r > 0 ? 1 : r < 0 ? -1 : 0;
}
/** Squared error r^2 (what MSELoss averages). */
export function l2(r: number): number {
  return r * r;
}
export function l2Grad(r: number): number {
  return 2 * r;
}
/** torch.nn.HuberLoss: 0.5 r^2 if |r| < delta, else delta (|r| - 0.5 delta). */
export function huber(r: number, delta = 1): number {
  const a = Math.abs(r);
  return a < delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}
/** r inside the quadratic zone, delta * sign(r) outside: the gradient is clipped at delta. */
export function huberGrad(r: number, delta = 1): number {
  return Math.abs(r) < delta ? r : delta * l1Grad(r);
}

/** Loss of one kind at residual r. */
export function pointwise(kind: PointwiseKind, r: number, delta = 1): number {
  return kind === 'l1' ? l1(r) : kind === 'l2' ? l2(r) : huber(r, delta);
}
export function pointwiseGrad(kind: PointwiseKind, r: number, delta = 1): number {
  return kind === 'l1' ? l1Grad(r) : kind === 'l2' ? l2Grad(r) : huberGrad(r, delta);
}

/** Mean loss of one kind over many residuals. */
export function meanLoss(kind: PointwiseKind, residuals: readonly number[], delta = 1): number {
  let s = 0;
  for (const r of residuals) s += pointwise(kind, r, delta);
  return s / residuals.length;
}

export interface LossCurve {
  loss: number[];
  grad: number[];
}
/** Loss and gradient vs residual on a grid, for the "shape of the loss" view. */
export function lossCurves(
  residuals: readonly number[],
  delta = 1
): Record<PointwiseKind, LossCurve> {
  const curve = (kind: PointwiseKind): LossCurve => ({
    loss: residuals.map((r) => pointwise(kind, r, delta)),
    grad: residuals.map((r) => pointwiseGrad(kind, r, delta))
  });
  return { l1: curve('l1'), l2: curve('l2'), huber: curve('huber') };
}

/** Plain-number median and mean (float64). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}
export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
