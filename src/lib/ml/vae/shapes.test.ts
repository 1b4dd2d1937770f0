import { describe, expect, it } from 'vitest';
import { drawShape, makeShapes, PIXELS, SHAPE_KINDS, SIDE } from './shapes';

describe('shapes generator', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = makeShapes(50, 7), b = makeShapes(50, 7), c = makeShapes(50, 8);
    expect(a.pixels).toEqual(b.pixels);
    expect(a.kinds).toEqual(b.kinds);
    expect(c.pixels).not.toEqual(a.pixels);
  });
  it('gives 16x16 grey images in [0, 1], every kind equally often', () => {
    const s = makeShapes(100, 1);
    expect(s.pixels.length).toBe(100 * PIXELS);
    expect(PIXELS).toBe(SIDE * SIDE);
    expect(s.pixels.every((v) => v >= 0 && v <= 1)).toBe(true);
    const counts = SHAPE_KINDS.map((_, k) => s.kinds.filter((x) => x === k).length);
    expect(counts).toEqual(SHAPE_KINDS.map(() => 100 / SHAPE_KINDS.length));
    // Every image shows something and leaves some background.
    for (let i = 0; i < s.n; i++) {
      const ink = s.pixels.subarray(i * PIXELS, (i + 1) * PIXELS).reduce((t, v) => t + v, 0);
      expect(ink).toBeGreaterThan(8);
      expect(ink).toBeLessThan(PIXELS / 2);
    }
  });
  it('varies position and size within a kind', () => {
    const s = makeShapes(40, 3);
    const circles = [0, 5, 10, 15].map((i) => s.pixels.subarray(i * PIXELS, (i + 1) * PIXELS));
    const ink = circles.map((c) => c.reduce((t, v) => t + v, 0));
    expect(new Set(ink.map((v) => v.toFixed(2))).size).toBe(4);
  });
  it('draws different kinds differently at the same place and size', () => {
    const imgs = SHAPE_KINDS.map((_, kind) => {
      const out = new Float32Array(PIXELS);
      drawShape({ kind, cx: 8, cy: 8, size: 5 }, out);
      return out;
    });
    for (let a = 0; a < imgs.length; a++) {
      for (let b = a + 1; b < imgs.length; b++) {
        let d = 0;
        for (let p = 0; p < PIXELS; p++) d += Math.abs(imgs[a][p] - imgs[b][p]);
        expect(d, `${SHAPE_KINDS[a]} vs ${SHAPE_KINDS[b]}`).toBeGreaterThan(10);
      }
    }
    // A horizontal bar is the transpose of a vertical one.
    const [h, v] = [imgs[3], imgs[4]];
    for (let r = 0; r < SIDE; r++) for (let c = 0; c < SIDE; c++) expect(h[r * SIDE + c]).toBe(v[c * SIDE + r]);
  });
});
