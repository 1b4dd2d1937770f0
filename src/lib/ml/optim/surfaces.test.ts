/**
 * The 2-D surfaces: gradients against central finite differences, minima where the formulas
 * put them (Rosenbrock 1960: (1, 1); the saddle's minima at y^2 = 2 where y^3 - 2y = 0), and
 * the behaviour the tie-02 page shows on them, with the float64 optimisers.
 */
import { describe, expect, it } from 'vitest';
import { SURFACES, surfaces, surfaceGrid } from './surfaces';
import { makePlainOptimizer } from './rules';

describe('surfaces', () => {
  it.each(SURFACES)('%s: analytic gradient = finite differences; gradient 0 and value minValue at the minima', (k) => {
    const s = surfaces[k];
    const h = 1e-6;
    for (const [x, y] of [[0.3, -0.7], [-1.2, 1.9], [0.9, 0.2], s.start]) {
      const [gx, gy] = s.grad(x, y);
      expect(gx).toBeCloseTo((s.f(x + h, y) - s.f(x - h, y)) / (2 * h), 4);
      expect(gy).toBeCloseTo((s.f(x, y + h) - s.f(x, y - h)) / (2 * h), 4);
    }
    for (const [x, y] of s.minima) {
      expect(s.f(x, y)).toBeCloseTo(s.minValue, 12);
      const [gx, gy] = s.grad(x, y);
      expect(Math.hypot(gx, gy)).toBeLessThan(1e-12);
    }
  });

  it('the grid runs top row = largest y', () => {
    const g = surfaceGrid(surfaces.valley, 4, 3);
    expect(g.length).toBe(12);
    expect(g[0]).toBeCloseTo(surfaces.valley.f(-3.75, 2 - 4 / 6), 5);
  });

  const run = (k: 'valley' | 'saddle', kind: 'sgd' | 'momentum' | 'adam', lr: number, steps: number) => {
    const s = surfaces[k];
    const p = [...s.start];
    const o = makePlainOptimizer(kind, 2, lr, { beta1: 0.9 });
    for (let i = 0; i < steps; i++) o.step(p, s.grad(p[0], p[1]));
    return s.f(p[0], p[1]) - s.minValue;
  };

  it('valley (condition number 50): at a safe rate SGD crawls, momentum and Adam arrive; SGD diverges past lr 2 / 50', () => {
    expect(run('valley', 'sgd', 0.01, 300)).toBeGreaterThan(1e-2);
    expect(run('valley', 'momentum', 0.01, 300)).toBeLessThan(1e-8);
    expect(run('valley', 'adam', 0.1, 300)).toBeLessThan(1e-8);
    expect(run('valley', 'sgd', 0.035, 300)).toBeLessThan(1e-6);
    expect(run('valley', 'sgd', 0.045, 300)).toBeGreaterThan(1e6);
  });

  it('saddle: after 100 steps at lr 0.03 SGD is still near the saddle, momentum and Adam have left it', () => {
    expect(run('saddle', 'sgd', 0.03, 100)).toBeGreaterThan(0.5);
    expect(run('saddle', 'momentum', 0.03, 100)).toBeLessThan(0.01);
    expect(run('saddle', 'adam', 0.03, 100)).toBeLessThan(0.01);
  });
});
