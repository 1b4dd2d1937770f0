import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/ml/core/random';
import { augment, CELLS, cellCentres, cellOf, crossEntropy, erf, GRID, histogram, RADIUS, sampleSource, sampleTarget, targetCellProbs } from './ring-grid';

describe('limited-data task (gen-08)', () => {
  it('erf matches reference values', () => {
    expect(erf(0)).toBeCloseTo(0, 7);
    expect(erf(0.5)).toBeCloseTo(0.5204998778, 6);
    expect(erf(1)).toBeCloseTo(0.8427007929, 6);
    expect(erf(-2)).toBeCloseTo(-0.995322265, 6);
  });

  it('cells: row 0 at the top, centres map back to their own cell', () => {
    expect(cellOf(-1.99, 1.99)).toBe(0);
    expect(cellOf(1.99, -1.99)).toBe(CELLS - 1);
    expect(cellOf(10, 10)).toBe(GRID - 1);
    const c = cellCentres();
    for (let i = 0; i < CELLS; i++) expect(cellOf(c[2 * i], c[2 * i + 1])).toBe(i);
  });

  it('the exact target cell probabilities sum to 1 and match a large sample', () => {
    const p = targetCellProbs();
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
    const h = histogram(sampleTarget(new Rng(1), 40000));
    let tv = 0;
    for (let i = 0; i < CELLS; i++) tv += Math.abs(h[i] - p[i]) / 2;
    expect(tv).toBeLessThan(0.03);
    // Cross-entropy of p with itself is its entropy, the lowest any model can score.
    expect(crossEntropy(p, p)).toBeLessThan(crossEntropy(p, Float32Array.from({ length: CELLS }, () => 1 / CELLS)));
  });

  it('augmentation preserves the target distribution (label-preserving)', () => {
    const rng = new Rng(2);
    const pts = sampleTarget(rng, 20000);
    const aug = new Float32Array(pts.length);
    for (let i = 0; i < pts.length / 2; i++) [aug[2 * i], aug[2 * i + 1]] = augment(rng, pts[2 * i], pts[2 * i + 1]);
    const p = targetCellProbs();
    const h = histogram(aug);
    let tv = 0;
    for (let i = 0; i < CELLS; i++) tv += Math.abs(h[i] - p[i]) / 2;
    expect(tv).toBeLessThan(0.05);
    // ...and it spreads a single example over all eight clusters.
    const one = new Float32Array(2 * 800);
    for (let i = 0; i < 800; i++) [one[2 * i], one[2 * i + 1]] = augment(rng, RADIUS, 0);
    const angles = new Set(Array.from({ length: 800 }, (_, i) => Math.round((Math.atan2(one[2 * i + 1], one[2 * i]) / Math.PI) * 4 + 8) % 8));
    expect(angles.size).toBe(8);
  });

  it('source data lie on the same ring, spread evenly', () => {
    const s = sampleSource(new Rng(3), 4000);
    let r = 0;
    let quad = 0;
    for (let i = 0; i < 4000; i++) {
      r += Math.hypot(s[2 * i], s[2 * i + 1]) / 4000;
      if (s[2 * i] > 0 && s[2 * i + 1] > 0) quad++;
    }
    expect(r).toBeGreaterThan(RADIUS - 0.05);
    expect(r).toBeLessThan(RADIUS + 0.1);
    expect(quad / 4000).toBeCloseTo(0.25, 1);
  });
});
