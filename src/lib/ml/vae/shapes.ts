/**
 * A seeded generator of tiny grey images for the VAE demo: 16x16 pixels in [0, 1], one
 * white shape on black, of five kinds (filled circle, square, triangle, horizontal bar,
 * vertical bar), each at a random position and size. Edges are anti-aliased by 3x3
 * supersampling, so pixels take the values k/9. Pure TypeScript, no tfjs.
 */
import { Rng } from '$lib/ml/core/random';

export const SIDE = 16;
export const PIXELS = SIDE * SIDE;
export const SHAPE_KINDS = ['circle', 'square', 'triangle', 'hbar', 'vbar'] as const;
export type ShapeKind = (typeof SHAPE_KINDS)[number];

export interface ShapeSet {
  /** Number of images. */
  n: number;
  /** n * 256 pixels, image after image, row-major (row 0 at the top), values in [0, 1]. */
  pixels: Float32Array;
  /** n kind indices into SHAPE_KINDS. */
  kinds: Uint8Array;
}

/** A shape's geometry in pixel units: centre (cx, cy) and half-extent `size`. */
export interface ShapeGeometry {
  kind: number;
  cx: number;
  cy: number;
  size: number;
}

/** Half-extent range per kind, in pixels (bars: half-length; their half-width is fixed). */
const SIZE_RANGE: Record<ShapeKind, [number, number]> = {
  circle: [3, 6],
  square: [2.5, 5.5],
  triangle: [3.5, 6.5],
  hbar: [4, 7],
  vbar: [4, 7]
};
const BAR_HALF_WIDTH = 1.5;
/** The centre is drawn within +-JITTER pixels of the image centre, then kept inside the image. */
const JITTER = 2.5;
const SUB = 3; // supersampling per axis

/** Whether the point (x, y) (pixel units, y down) lies inside the shape. */
function inside(g: ShapeGeometry, x: number, y: number): boolean {
  const dx = x - g.cx;
  const dy = y - g.cy;
  const s = g.size;
  switch (SHAPE_KINDS[g.kind]) {
    case 'circle':
      return dx * dx + dy * dy <= s * s;
    case 'square':
      return Math.abs(dx) <= s && Math.abs(dy) <= s;
    case 'triangle': {
      // Apex up at (cx, cy - s), base along y = cy + s, as wide as it is tall.
      if (dy < -s || dy > s) return false;
      return Math.abs(dx) <= (dy + s) / 2;
    }
    case 'hbar':
      return Math.abs(dx) <= s && Math.abs(dy) <= BAR_HALF_WIDTH;
    case 'vbar':
      return Math.abs(dy) <= s && Math.abs(dx) <= BAR_HALF_WIDTH;
  }
}

/** Paint one shape into out[offset .. offset + 256), overwriting it. */
export function drawShape(g: ShapeGeometry, out: Float32Array, offset = 0): void {
  const inv = 1 / (SUB * SUB);
  for (let row = 0; row < SIDE; row++) {
    for (let col = 0; col < SIDE; col++) {
      let hits = 0;
      for (let i = 0; i < SUB; i++) {
        const y = row + (i + 0.5) / SUB;
        for (let j = 0; j < SUB; j++) if (inside(g, col + (j + 0.5) / SUB, y)) hits++;
      }
      out[offset + row * SIDE + col] = hits * inv;
    }
  }
}

/** Draw a random geometry of the given kind that fits inside the image. */
export function randomGeometry(kind: number, rng: Rng): ShapeGeometry {
  const [lo, hi] = SIZE_RANGE[SHAPE_KINDS[kind]];
  const size = rng.uniform(lo, hi);
  // Extent of the shape around its centre along x and y.
  const name = SHAPE_KINDS[kind];
  const ex = name === 'vbar' ? BAR_HALF_WIDTH : size;
  const ey = name === 'hbar' ? BAR_HALF_WIDTH : size;
  const margin = 0.5;
  const place = (e: number) => {
    const lo = Math.max(e + margin, SIDE / 2 - JITTER);
    const hi = Math.min(SIDE - e - margin, SIDE / 2 + JITTER);
    return rng.uniform(lo, hi);
  };
  const cx = place(ex);
  const cy = place(ey);
  return { kind, cx, cy, size };
}

/**
 * n images; kinds cycle through SHAPE_KINDS (so every kind is equally represented and
 * image i has kind i % 5); positions and sizes are drawn from a generator seeded by `seed`.
 */
export function makeShapes(n: number, seed: number): ShapeSet {
  const rng = new Rng(seed);
  const pixels = new Float32Array(n * PIXELS);
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const kind = i % SHAPE_KINDS.length;
    kinds[i] = kind;
    drawShape(randomGeometry(kind, rng), pixels, i * PIXELS);
  }
  return { n, pixels, kinds };
}
