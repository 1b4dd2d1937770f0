import { describe, expect, it } from 'vitest';
import { logFigures } from '$lib/ml/core/figures';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { expectNoLeak } from '$lib/ml/core/leak-check';
import { CliffRace, cliffLoss, createCliffRace, runKinds, surface, surfaceGrid, type CliffParams } from './trainer';
import { clipByGlobalNorm, clipByValue } from '$lib/ml/optim/clip';
import { defaults } from '$lib/params/schema';
import { params as schema } from './params';

const base = (): CliffParams => {
  const d = defaults(schema);
  return { lr: d.lr, threshold: d.threshold, startX: d.startX, startY: d.startY, noise: d.noise };
};

/** Central-difference gradient of the float64 surface. */
const numGrad = (x: number, y: number, h = 1e-6) => [
  (cliffLoss(x + h, y) - cliffLoss(x - h, y)) / (2 * h),
  (cliffLoss(x, y + h) - cliffLoss(x, y - h)) / (2 * h)
];

/** A point on the wall's face (u = wall + width / 2, v = 0.4). */
const onFace = () => {
  const u = surface.wall + surface.width / 2;
  const v = 0.4;
  const c = Math.cos(surface.angle);
  const s = Math.sin(surface.angle);
  return [u * c - v * s, u * s + v * c];
};

describe('cliff surface (gen-07)', () => {
  it('the tfjs loss equals the float64 reference', async () => {
    const tf = await cpuTf();
    const pts = [[-3, 2], [0.5, 0.5], [1, -1], onFace(), [3.5, -3.9]];
    const got = tf.tidy(() => CliffRace.lossRows(tf.tensor2d(pts.flat(), [pts.length, 2])).arraySync() as number[]);
    pts.forEach(([x, y], i) => expect(got[i]).toBeCloseTo(cliffLoss(x, y), 4));
  });

  it('has a gentle valley and a wall about 40 times steeper', () => {
    const [gx, gy] = numGrad(-2, 0);
    const [fx, fy] = numGrad(...(onFace() as [number, number]));
    const gentle = Math.hypot(gx, gy);
    const wall = Math.hypot(fx, fy);
    expect(gentle).toBeLessThan(1.5);
    expect(wall / gentle).toBeGreaterThan(20);
    const grid = surfaceGrid(8, 6);
    expect(grid.length).toBe(48);
    expect(grid[0]).toBeCloseTo(cliffLoss(-3.5, 4 - 8 / 12), 4); // top-left cell centre
  });

  it('one step from the face applies exactly the reference clipping (clip.ts)', async () => {
    await cpuTf();
    const [sx, sy] = onFace();
    const p = { lr: 0.1, threshold: 1, startX: sx, startY: sy, noise: 0 };
    const race = createCliffRace(p, 1);
    await race.train(1);
    const snap = await race.snapshot();
    race.dispose();
    const g = numGrad(sx, sy);
    const expected = {
      none: g,
      value: clipByValue([g], p.threshold)[0],
      norm: clipByGlobalNorm([g], p.threshold).clipped[0]
    };
    for (const k of runKinds) {
      const r = snap.runs[k];
      expect(r.raw[0]).toBeCloseTo(Math.hypot(...g), 2);
      expect(r.x[1]).toBeCloseTo(sx - p.lr * expected[k][0], 4);
      expect(r.y[1]).toBeCloseTo(sy - p.lr * expected[k][1], 4);
    }
    // Clipping by value changed the direction; clipping by norm did not.
    const angle = (v: number[]) => Math.atan2(v[1], v[0]);
    expect(Math.abs(angle(expected.value) - angle(g))).toBeGreaterThan(0.2);
    expect(angle(expected.norm)).toBeCloseTo(angle(g), 10);
  });
});

describe('teaching claim (gen-07)', () => {
  it('unclipped, a step at the wall throws the parameters far; clipped by norm, every step is at most lr * c (4 starts x 3 seeds)', async () => {
    await cpuTf();
    const starts = [[-3, 2], [-3, -1], [-1.5, -3], [-3.5, 0.5]];
    const rows: string[] = [];
    for (const [startX, startY] of starts) {
      for (const seed of [1, 2, 3]) {
        const p = { ...base(), startX, startY };
        const race = createCliffRace(p, seed);
        await race.train(150);
        const snap = await race.snapshot();
        race.dispose();
        const bound = p.lr * p.threshold;
        const none = snap.runs.none;
        const norm = snap.runs.norm;
        // Without clipping: one step longer than 10 x the clipped bound.
        expect(none.maxStep, `start ${startX},${startY} seed ${seed}`).toBeGreaterThan(10 * bound);
        // With norm clipping: the wall was hit too (raw norm far above c), yet no step exceeds lr * c.
        expect(Math.max(...norm.raw)).toBeGreaterThan(10 * p.threshold);
        for (let i = 1; i < norm.x.length; i++) {
          const d = Math.hypot(norm.x[i] - norm.x[i - 1], norm.y[i] - norm.y[i - 1]);
          expect(d).toBeLessThanOrEqual(bound * (1 + 1e-4));
        }
        for (const a of norm.applied) expect(a).toBeLessThanOrEqual(p.threshold * (1 + 1e-5));
        // By value: each component clamped, so the step is at most lr * c * sqrt(2).
        expect(snap.runs.value.maxStep).toBeLessThanOrEqual(bound * Math.SQRT2 * (1 + 1e-4));
        rows.push(`${startX},${startY} s${seed}: none ${none.maxStep.toFixed(2)} norm ${norm.maxStep.toFixed(4)} bound ${bound}`);
      }
    }
    logFigures(rows.join('\n'));
  });

  it('the bound follows the threshold slider', async () => {
    await cpuTf();
    for (const threshold of [0.3, 3]) {
      const p = { ...base(), threshold };
      const race = createCliffRace(p, 4);
      await race.train(120);
      const snap = await race.snapshot();
      race.dispose();
      expect(snap.runs.norm.maxStep).toBeLessThanOrEqual(p.lr * threshold * (1 + 1e-4));
      expect(snap.runs.norm.maxStep).toBeGreaterThan(p.lr * threshold * 0.99); // clipping was active
      expect(snap.runs.none.maxStep).toBeGreaterThan(p.lr * 10);
    }
  });
});

describe('cliff race tensors', () => {
  it('leaks no tensors: flat after burn-in, back to baseline after dispose', async () => {
    await expectNoLeak(() => createCliffRace(base(), 1), { steps: 5 });
  });
});
