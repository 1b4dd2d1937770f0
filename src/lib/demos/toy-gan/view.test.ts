import { describe, expect, it } from 'vitest';
import { ringModes } from '$lib/ml/gan/data';
import type { GanSnapshot } from '$lib/ml/gan/trainer';
import { clusterAround, coveredFlags, emptyTrack, equilibriumLosses, extendTrack, flipRows, heatRange, meanAtPoints, scaleArrows, shareNear } from './view';

const snapAt = (iteration: number, covered = 2): GanSnapshot =>
  ({ iteration, modesCovered: covered, modesTotal: 8, highQuality: 0.5, gradNorm: { mean: 1.2, histogram: { lo: 0, hi: 2, counts: [] } } }) as unknown as GanSnapshot;

describe('toy-gan view helpers', () => {
  it('flips grid rows so the first row is the top of the plane', () => {
    expect([...flipRows([1, 2, 3, 4], 2)]).toEqual([3, 4, 1, 2]);
  });

  it('keeps probabilities on [0, 1] and spans a critic', () => {
    expect(heatRange('probability', 'nonsaturating', [0.2, 0.3])).toEqual([0, 1]);
    expect(heatRange('score', 'lsgan', [-3, 4])).toEqual([0, 1]);
    expect(heatRange('score', 'wgan-gp', [-3, NaN, 4])).toEqual([-3, 4]);
  });

  it('scales arrows together, longest to the given length', () => {
    const { arrows, maxNorm } = scaleArrows([0, 0, 3, 4, 1, 1, 0, -1], 0.5);
    expect(maxNorm).toBe(5);
    expect(arrows[0].x2).toBeCloseTo(0.3);
    expect(arrows[0].y2).toBeCloseTo(0.4);
    expect(arrows[1].y2).toBeCloseTo(0.9);
  });

  it('reads the grid at points by nearest cell (row 0 = bottom)', () => {
    // 2 x 2 grid over [-1, 1]^2: bottom row 0, 1; top row 2, 3.
    expect(meanAtPoints([0, 1, 2, 3], 2, [-1, 1, -1, 1], [-0.5, -0.5, 0.5, 0.5])).toBeCloseTo(1.5);
    expect(meanAtPoints([0, 1, 2, 3], 2, [-1, 1, -1, 1], [5, 5])).toBeNaN();
  });

  it('marks as covered exactly as many modes as the counter says, the fullest ones', () => {
    const modes = ringModes();
    const pts: number[] = [];
    for (let i = 0; i < 30; i++) pts.push(modes[2].x, modes[2].y);
    for (let i = 0; i < 20; i++) pts.push(modes[5].x, modes[5].y);
    for (let i = 0; i < 2; i++) pts.push(modes[0].x, modes[0].y);
    expect(coveredFlags(pts, modes, 2).map((f, i) => (f ? i : -1)).filter((i) => i >= 0)).toEqual([2, 5]);
    expect(coveredFlags(pts, modes, 0).some(Boolean)).toBe(false);
  });

  it('gives the equilibrium losses at D = 1/2', () => {
    expect(equilibriumLosses('nonsaturating')!.d).toBeCloseTo(2 * Math.log(2));
    expect(equilibriumLosses('standard')!.g).toBeCloseTo(-Math.log(2));
    expect(equilibriumLosses('wgan-gp')).toBeNull();
  });

  it('extends the track, skips repeats, restarts after a reset', () => {
    let t = extendTrack(emptyTrack(), snapAt(0));
    t = extendTrack(t, snapAt(10, 4));
    t = extendTrack(t, snapAt(10, 4));
    expect(t.it).toEqual([0, 10]);
    expect(t.modeShare).toEqual([0.25, 0.5]);
    t = extendTrack(t, snapAt(0));
    expect(t.it).toEqual([0]);
    let long = emptyTrack();
    for (let i = 1; i <= 50; i++) long = extendTrack(long, snapAt(i), 20);
    expect(long.it.length).toBeLessThanOrEqual(20);
    expect(long.it[long.it.length - 1]).toBe(50);
  });

  it('adds a five-point cluster inside the unit square', () => {
    const c = clusterAround(1, 0);
    expect(c).toHaveLength(10);
    expect(Math.max(...c)).toBeLessThanOrEqual(1);
  });

  it('measures the share of norms near 1 from a histogram', () => {
    expect(shareNear({ lo: 0, hi: 2, counts: [1, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0] })).toBeCloseTo(0.75);
  });
});
