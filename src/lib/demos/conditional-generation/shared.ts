/** What the page and the trainer share: tf-free, so the page can import it without pulling tfjs onto its first load (the trainer runs in the worker). */

/** Mean over classes of the share of class-k samples nearest to class k's centre. */
export function hitRate(shares: number[][]): number {
  return shares.length ? shares.reduce((a, row, k) => a + row[k], 0) / shares.length : NaN;
}
