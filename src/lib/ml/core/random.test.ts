import { describe, expect, it } from 'vitest';
import { Rng } from './random';

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });
  it('has roughly standard normal moments', () => {
    const r = new Rng(1);
    const n = 20000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) { const x = r.normal(); s += x; s2 += x * x; }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });
  it('uniform stays in [0,1)', () => {
    const r = new Rng(7);
    for (let i = 0; i < 10000; i++) { const x = r.next(); expect(x >= 0 && x < 1).toBe(true); }
  });
});
