/**
 * 2-D loss surfaces for optimiser trajectories (plain TypeScript, float64): each gives the
 * loss and its exact gradient at (x, y), a view window, a start point and its minimum.
 *
 * - rosenbrock: (a - x)^2 + b (y - x^2)^2 with a = 1, b = 100 (Rosenbrock 1960): a curved,
 *   flat-bottomed valley; minimum 0 at (1, 1).
 * - valley: 0.5 (x^2 + k y^2) with k = 50: an ill-conditioned quadratic (condition number 50)
 *   where plain SGD zig-zags across the steep direction; minimum 0 at (0, 0).
 * - saddle: x^2 + y^4 / 4 - y^2: a saddle point at (0, 0) (curving up along x, down along y),
 *   bounded below with minima -1 at (0, +-sqrt 2); a start almost on the ridge (y near 0)
 *   shows which optimisers leave the saddle quickly.
 */

export type SurfaceKind = 'rosenbrock' | 'valley' | 'saddle';
export const SURFACES: readonly SurfaceKind[] = ['rosenbrock', 'valley', 'saddle'];

export interface Surface {
  kind: SurfaceKind;
  f(x: number, y: number): number;
  grad(x: number, y: number): [number, number];
  xDomain: [number, number];
  yDomain: [number, number];
  start: [number, number];
  minima: [number, number][];
  minValue: number;
}

const rosenbrock: Surface = {
  kind: 'rosenbrock',
  f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  xDomain: [-2, 2],
  yDomain: [-1, 3],
  start: [-1.5, 2.5],
  minima: [[1, 1]],
  minValue: 0
};

const K = 50;
const valley: Surface = {
  kind: 'valley',
  f: (x, y) => 0.5 * (x * x + K * y * y),
  grad: (x, y) => [x, K * y],
  xDomain: [-5, 5],
  yDomain: [-2, 2],
  start: [-4.5, 1.5],
  minima: [[0, 0]],
  minValue: 0
};

const saddle: Surface = {
  kind: 'saddle',
  f: (x, y) => x * x + 0.25 * y ** 4 - y * y,
  grad: (x, y) => [2 * x, y ** 3 - 2 * y],
  xDomain: [-2, 2],
  yDomain: [-2.5, 2.5],
  start: [-1.8, 1e-3],
  minima: [
    [0, Math.SQRT2],
    [0, -Math.SQRT2]
  ],
  minValue: -1
};

export const surfaces: Record<SurfaceKind, Surface> = { rosenbrock, valley, saddle };

/** The loss on a cols x rows grid over the surface's window, rows top (y max) to bottom, for a heat map. */
export function surfaceGrid(s: Surface, cols: number, rows: number, transform: (v: number) => number = (v) => v): Float32Array {
  const out = new Float32Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const y = s.yDomain[1] - ((r + 0.5) / rows) * (s.yDomain[1] - s.yDomain[0]);
    for (let c = 0; c < cols; c++) {
      const x = s.xDomain[0] + ((c + 0.5) / cols) * (s.xDomain[1] - s.xDomain[0]);
      out[r * cols + c] = transform(s.f(x, y));
    }
  }
  return out;
}
