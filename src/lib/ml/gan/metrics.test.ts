import { describe, expect, it } from 'vitest';
import { modeCoverage, meanXY, nearestModeWithin, summarise, defaultMinShare } from './metrics';
import { ringModes, type Mode } from './data';

const ring = ringModes(8, 1, 0.1);

/** n copies of each given centre, flat. */
function at(points: [number, number][], n: number): number[] {
  return points.flatMap((p) => Array.from({ length: n }, () => p).flat());
}

describe('modeCoverage', () => {
  it('all points on one mode: 1 covered, all high quality', () => {
    const c = modeCoverage(at([[ring[0].x, ring[0].y]], 100), ring);
    expect(c.covered).toBe(1);
    expect(c.total).toBe(8);
    expect(c.highQuality).toBe(1);
    expect(c.perMode[0]).toBe(1);
  });

  it('points spread over all 8 modes: 8 covered', () => {
    const c = modeCoverage(at(ring.map((m) => [m.x, m.y] as [number, number]), 25), ring);
    expect(c.covered).toBe(8);
    expect(c.highQuality).toBe(1);
    for (const s of c.perMode) expect(s).toBeCloseTo(1 / 8);
  });

  it('points between modes (the origin) cover nothing and are not high quality', () => {
    const c = modeCoverage(at([[0, 0]], 50), ring);
    expect(c.covered).toBe(0);
    expect(c.highQuality).toBe(0);
  });

  it('a mode counts only with at least minShare of the samples', () => {
    // 90 on mode 0, 10 on mode 1: with minShare 0.1 both count, with 0.11 only mode 0.
    const xy = [...at([[ring[0].x, ring[0].y]], 90), ...at([[ring[1].x, ring[1].y]], 10)];
    expect(modeCoverage(xy, ring, { minShare: 0.1 }).covered).toBe(2);
    expect(modeCoverage(xy, ring, { minShare: 0.11 }).covered).toBe(1);
    // Default: a fifth of an even share, 0.2 / 8 = 2.5 %.
    expect(defaultMinShare(8)).toBeCloseTo(0.025);
    expect(modeCoverage(xy, ring).covered).toBe(2);
  });

  it('the radius is radiusStd standard deviations of that mode', () => {
    const m: Mode[] = [{ x: 0, y: 0, std: 0.1 }];
    expect(nearestModeWithin(0.29, 0, m)).toBe(0);
    expect(nearestModeWithin(0.31, 0, m)).toBe(-1);
    expect(nearestModeWithin(0.31, 0, m, 4)).toBe(0);
    const half = modeCoverage([0.29, 0, 0.31, 0], m);
    expect(half.highQuality).toBe(0.5);
  });

  it('credits a point inside two radii to the nearer mode; NaN points miss', () => {
    const m: Mode[] = [
      { x: 0, y: 0, std: 1 },
      { x: 1, y: 0, std: 1 }
    ];
    const c = modeCoverage([0.9, 0, NaN, NaN], m, { minShare: 0.01 });
    expect(c.perMode).toEqual([0, 0.5]);
    expect(c.covered).toBe(1);
  });

  it('no modes: nothing to cover', () => {
    const c = modeCoverage([0, 0, 1, 1], []);
    expect(c).toEqual({ covered: 0, total: 0, perMode: [], highQuality: 0 });
  });
});

describe('meanXY and summarise', () => {
  it('mean of flat points', () => {
    expect(meanXY([0, 0, 2, 4])).toEqual([1, 2]);
    expect(meanXY([]).every(Number.isNaN)).toBe(true);
  });

  it('histogram over [0, 2] when all values fit, else up to the next power of two', () => {
    const a = summarise([0.5, 1, 1, 1.5], 4);
    expect(a.mean).toBe(1);
    expect(a.histogram).toEqual({ lo: 0, hi: 2, counts: [0, 1, 2, 1] });
    const b = summarise([1, 5], 4);
    expect(b.histogram.hi).toBe(8);
    expect(b.histogram.counts).toEqual([1, 0, 1, 0]);
    expect(summarise([2], 4).histogram.counts).toEqual([0, 0, 0, 1]);
  });
});
