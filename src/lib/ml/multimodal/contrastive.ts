/**
 * The contrastive losses in plain float64 TypeScript (the reference the tfjs training loss is
 * checked against):
 *
 * clipLoss (Radford et al. 2021, "Learning Transferable Visual Models From Natural Language
 * Supervision", Fig. 3): L2-normalise every row of both embedding matrices; logits[i][j] =
 * cos(image i, text j) / temperature; pair i matches i; lossImageToText is the mean over
 * rows i of the cross-entropy of row i at column i (image i picks its text among all texts),
 * lossTextToImage the mean over columns j of the cross-entropy of column j at row j (text j
 * picks its image); loss is their mean.
 *
 * infoNce (van den Oord et al. 2018, "Representation Learning with Contrastive Predictive
 * Coding", eq. 4, with a temperature): scores s_j = query . keys[j] / temperature (plain dot
 * products, no normalisation); the loss is the cross-entropy at positiveIndex,
 * -log(exp(s_pos) / sum_j exp(s_j)).
 */

export interface ClipLoss {
  logits: number[][];
  lossImageToText: number;
  lossTextToImage: number;
  loss: number;
}

/** log(sum(exp(v))), stable. */
export function logSumExp(v: readonly number[]): number {
  let m = -Infinity;
  for (const x of v) if (x > m) m = x;
  if (m === -Infinity || m === Infinity) return m;
  let s = 0;
  for (const x of v) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** The row scaled to unit L2 norm (a zero row stays zero). */
export function l2Normalize(row: readonly number[]): number[] {
  let s = 0;
  for (const x of row) s += x * x;
  const n = Math.sqrt(s);
  return n > 0 ? row.map((x) => x / n) : row.map(() => 0);
}

const dot = (a: readonly number[], b: readonly number[]) => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
};

export function clipLoss(imageEmb: number[][], textEmb: number[][], temperature: number): ClipLoss {
  const n = imageEmb.length;
  if (n === 0 || textEmb.length !== n) throw new Error('clipLoss: needs N image rows and N text rows, N > 0');
  if (!(temperature > 0)) throw new Error('clipLoss: temperature must be > 0');
  const d = imageEmb[0].length;
  if (imageEmb.some((r) => r.length !== d) || textEmb.some((r) => r.length !== d)) throw new Error('clipLoss: rows must share one width');
  const u = imageEmb.map(l2Normalize);
  const e = textEmb.map(l2Normalize);
  const logits = u.map((ui) => e.map((ej) => dot(ui, ej) / temperature));
  let i2t = 0;
  let t2i = 0;
  for (let i = 0; i < n; i++) i2t += logSumExp(logits[i]) - logits[i][i];
  for (let j = 0; j < n; j++) t2i += logSumExp(logits.map((row) => row[j])) - logits[j][j];
  const lossImageToText = i2t / n;
  const lossTextToImage = t2i / n;
  return { logits, lossImageToText, lossTextToImage, loss: (lossImageToText + lossTextToImage) / 2 };
}

export function infoNce(query: number[], keys: number[][], positiveIndex: number, temperature: number): number {
  if (!(temperature > 0)) throw new Error('infoNce: temperature must be > 0');
  if (!Number.isInteger(positiveIndex) || positiveIndex < 0 || positiveIndex >= keys.length) throw new Error('infoNce: positiveIndex out of range');
  if (keys.some((k) => k.length !== query.length)) throw new Error('infoNce: keys must have the query width');
  const s = keys.map((k) => dot(query, k) / temperature);
  return logSumExp(s) - s[positiveIndex];
}

/** Cosine similarity matrix between the rows of a and the rows of b. */
export function cosineMatrix(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  const an = a.map(l2Normalize);
  const bn = b.map(l2Normalize);
  return an.map((x) => bn.map((y) => dot(x, y)));
}
