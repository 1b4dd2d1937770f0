import { describe, expect, it } from 'vitest';
import { Rng } from '$lib/ml/core/random';
import { DATASETS, GAUSSIAN_MEAN, RING_RADIUS, makeDataset, MIN_CUSTOM_POINTS } from './data';
import { meanXY } from './metrics';

describe('toy GAN datasets', () => {
  it('the ring has 8 modes on a circle and the grid 25', () => {
    const ring = makeDataset('ring');
    expect(ring.modes).toHaveLength(8);
    for (const m of ring.modes) expect(Math.hypot(m.x, m.y)).toBeCloseTo(RING_RADIUS, 6);
    expect(makeDataset('grid').modes).toHaveLength(25);
    expect(makeDataset('gaussian').modes).toHaveLength(1);
    expect(makeDataset('moons').modes).toHaveLength(0);
  });

  it('sampling is seeded and stays (almost entirely) inside the plane', () => {
    for (const kind of DATASETS) {
      const d = makeDataset(kind);
      const a = d.sample(500, new Rng(7));
      expect(Array.from(a)).toEqual(Array.from(d.sample(500, new Rng(7))));
      const outside = Array.from(a).filter((v) => Math.abs(v) > 1).length;
      expect(outside, kind).toBeLessThan(5);
    }
  });

  it('sample means match the stated means', () => {
    for (const kind of ['ring', 'grid', 'moons', 'gaussian'] as const) {
      const d = makeDataset(kind);
      const [mx, my] = meanXY(d.sample(20000, new Rng(3)));
      expect(Math.abs(mx - d.mean[0]), kind).toBeLessThan(0.02);
      expect(Math.abs(my - d.mean[1]), kind).toBeLessThan(0.02);
    }
    expect(makeDataset('gaussian').mean).toEqual(GAUSSIAN_MEAN);
  });

  it('custom: drawn points are used from MIN_CUSTOM_POINTS on, else the ring', () => {
    const pts = Array.from({ length: MIN_CUSTOM_POINTS }, (_, i) => [i / 20, -i / 20]).flat();
    expect(makeDataset('custom', pts.slice(0, -2)).kind).toBe('ring');
    expect(makeDataset('custom', undefined).kind).toBe('ring');
    const d = makeDataset('custom', pts);
    expect(d.kind).toBe('custom');
    expect(d.modes).toHaveLength(0);
    expect(d.mean[0]).toBeCloseTo(0.225, 6);
    const s = d.sample(200, new Rng(1));
    expect(Array.from(s).every(Number.isFinite)).toBe(true);
  });

  it('custom: non-finite values are dropped and points clamped into the plane', () => {
    const pts = [NaN, 0, Infinity, 1, ...Array.from({ length: 10 }, () => [5, -5]).flat()];
    const d = makeDataset('custom', pts);
    expect(d.kind).toBe('custom');
    expect(d.mean).toEqual([1, -1]);
  });
});
