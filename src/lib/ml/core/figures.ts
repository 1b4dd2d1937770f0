/**
 * For tests only: print the figures a claim test measured (per seed) when asked with
 * `CLAIM_FIGURES=1 npx vitest run ...`, and stay silent otherwise, so a normal test run
 * prints nothing a reader must learn to ignore.
 */
export function logFigures(...lines: string[]): void {
  if (typeof process !== 'undefined' && process.env?.CLAIM_FIGURES) console.info(lines.join('\n'));
}
