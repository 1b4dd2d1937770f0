/**
 * The generated image world: small RGB scenes (side x side pixels, NHWC, values in [0, 1],
 * black background) of one or two coloured shapes. Two-object scenes have a spatial
 * relation (object A left of / right of / above / below object B), with the two objects
 * separated along that axis and roughly aligned on the other, so the relation is never
 * ambiguous. Knobs: per-combination sampling weights (skew), held-out combinations, colour
 * jitter and pixel noise. Pure TypeScript, seeded, no tfjs.
 */
import { Rng } from '../core/random';
import { COLOUR_RGB, COLOURS, COMBOS, comboOf, RELATIONS, SHAPES, colourOfCombo, shapeOfCombo } from './vocab';

export interface SceneObject {
  colour: number;
  shape: number;
  /** Centre and half-extent in pixels (y down). */
  cx: number;
  cy: number;
  size: number;
  /** The painted colour (the colour's RGB plus jitter). */
  rgb: [number, number, number];
}

export interface Scene {
  /** One or two objects; with two, `relation` is the relation of objects[0] to objects[1]. */
  objects: SceneObject[];
  /** Index into RELATIONS, or -1 for a one-object scene. */
  relation: number;
}

export interface WorldSpec {
  /** Image side in pixels (default 16). */
  side?: number;
  /** Objects per scene: 1, 2, or 'mixed' (half and half). Default 1. */
  objects?: 1 | 2 | 'mixed';
  /** Sampling weight per combination (length COMBOS); default uniform. */
  weights?: readonly number[];
  /** Combinations never drawn (held out of this set). */
  heldOut?: readonly number[];
  /** Draw only these combinations (e.g. an evaluation set of the held-out ones). */
  only?: readonly number[];
  /** Uniform jitter added to each colour channel per object (default 0.06). */
  colourJitter?: number;
  /** Standard deviation of Gaussian pixel noise (default 0). */
  pixelNoise?: number;
}

export interface World {
  n: number;
  side: number;
  /** n * side * side * 3, NHWC row-major, row 0 on top. */
  images: Float32Array;
  scenes: Scene[];
  /** Combination (colour, shape) of each scene's first object. */
  combos: Int32Array;
}

export const DEFAULT_SIDE = 16;
const SUB = 3; // supersampling per axis

/** Whether the point (x, y) (pixel units, y down) lies inside the object. */
export function insideObject(o: Pick<SceneObject, 'shape' | 'cx' | 'cy' | 'size'>, x: number, y: number): boolean {
  const dx = x - o.cx;
  const dy = y - o.cy;
  const s = o.size;
  switch (SHAPES[o.shape]) {
    case 'circle':
      return dx * dx + dy * dy <= s * s;
    case 'square':
      return Math.abs(dx) <= s && Math.abs(dy) <= s;
    case 'triangle':
      // Apex up at (cx, cy - s), base along y = cy + s, as wide as it is tall.
      return dy >= -s && dy <= s && Math.abs(dx) <= (dy + s) / 2;
  }
}

/** Paint a scene into out[offset ...] (side*side*3 values, overwritten). */
export function renderScene(scene: Scene, side: number, out: Float32Array, offset = 0, noise = 0, rng?: Rng): void {
  const inv = 1 / (SUB * SUB);
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      let r = 0, g = 0, b = 0;
      for (const o of scene.objects) {
        if (Math.abs(col + 0.5 - o.cx) > o.size + 1 || Math.abs(row + 0.5 - o.cy) > o.size + 1) continue;
        let hits = 0;
        for (let i = 0; i < SUB; i++) {
          const y = row + (i + 0.5) / SUB;
          for (let j = 0; j < SUB; j++) if (insideObject(o, col + (j + 0.5) / SUB, y)) hits++;
        }
        const cover = hits * inv;
        r += cover * o.rgb[0];
        g += cover * o.rgb[1];
        b += cover * o.rgb[2];
      }
      const k = offset + 3 * (row * side + col);
      const n = () => (noise > 0 && rng ? rng.normal(0, noise) : 0);
      out[k] = clamp01(r + n());
      out[k + 1] = clamp01(g + n());
      out[k + 2] = clamp01(b + n());
    }
  }
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** The sampling distribution over combinations implied by a spec (sums to 1). */
export function comboDistribution(spec: WorldSpec = {}): number[] {
  const w = Array.from({ length: COMBOS }, (_, c) => Math.max(0, spec.weights?.[c] ?? 1));
  for (const c of spec.heldOut ?? []) w[c] = 0;
  if (spec.only) for (let c = 0; c < COMBOS; c++) if (!spec.only.includes(c)) w[c] = 0;
  const total = w.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('world: no combination left to draw');
  return w.map((v) => v / total);
}

/** Weights where `rare` is drawn `ratio` times as often as each other combination. */
export function skewWeights(rare: number, ratio: number): number[] {
  return Array.from({ length: COMBOS }, (_, c) => (c === rare ? ratio : 1));
}

function drawCombo(rng: Rng, p: readonly number[]): number {
  let u = rng.next();
  for (let c = 0; c < p.length; c++) {
    u -= p[c];
    if (u < 0 && p[c] > 0) return c;
  }
  return p.findLastIndex((v) => v > 0);
}

function makeObject(rng: Rng, combo: number, size: number, jitter: number): SceneObject {
  const colour = colourOfCombo(combo);
  const base = COLOUR_RGB[colour];
  const rgb = base.map((v) => clamp01(v + rng.uniform(-jitter, jitter))) as [number, number, number];
  return { colour, shape: shapeOfCombo(combo), cx: 0, cy: 0, size, rgb };
}

/** One random scene. */
export function sampleScene(rng: Rng, spec: WorldSpec = {}, dist = comboDistribution(spec)): Scene {
  const side = spec.side ?? DEFAULT_SIDE;
  const jitter = spec.colourJitter ?? 0.06;
  const k = spec.objects === 'mixed' ? (rng.next() < 0.5 ? 1 : 2) : (spec.objects ?? 1);
  if (k === 1) {
    const o = makeObject(rng, drawCombo(rng, dist), rng.uniform(0.25, 0.36) * side, jitter);
    o.cx = rng.uniform(o.size + 0.5, side - o.size - 0.5);
    o.cy = rng.uniform(o.size + 0.5, side - o.size - 0.5);
    return { objects: [o], relation: -1 };
  }
  // Two objects of different colours and different shapes.
  const a = makeObject(rng, drawCombo(rng, dist), rng.uniform(0.15, 0.21) * side, jitter);
  let b: SceneObject;
  for (let tries = 0; ; tries++) {
    b = makeObject(rng, drawCombo(rng, dist), rng.uniform(0.15, 0.21) * side, jitter);
    if ((b.colour !== a.colour && b.shape !== a.shape) || tries > 200) break;
  }
  if (b.colour === a.colour || b.shape === a.shape) {
    // The distribution left no distinct partner: take the nearest distinct one.
    b = makeObject(rng, comboOf((a.colour + 1) % COLOURS.length, (a.shape + 1) % SHAPES.length), b.size, jitter);
  }
  const relation = rng.int(RELATIONS.length);
  placePair(rng, a, b, relation, side);
  return { objects: [a, b], relation };
}

/**
 * Centres for "a <relation> b": separated along the relation's axis by at least 1 pixel
 * between their extents, within a fifth of the side of each other on the other axis.
 */
function placePair(rng: Rng, a: SceneObject, b: SceneObject, relation: number, side: number): void {
  const horizontal = relation < 2;
  // first = the object with the smaller coordinate on the main axis.
  const aFirst = relation === 0 || relation === 2; // a left of b / a above b
  const [p, q] = aFirst ? [a, b] : [b, a];
  const m = 0.5;
  const main = () => {
    const lo = p.size + m;
    const hi = side - q.size - m;
    const gap = p.size + q.size + 1;
    const pMain = rng.uniform(lo, Math.max(lo, hi - gap));
    const qMain = rng.uniform(Math.min(hi, pMain + gap), hi);
    return [pMain, qMain];
  };
  const cross = () => {
    const lo = Math.max(p.size, q.size) + m;
    const hi = side - lo;
    const c = rng.uniform(lo, hi);
    const d = 0.2 * side;
    const pc = Math.min(hi, Math.max(lo, c + rng.uniform(-d / 2, d / 2)));
    const qc = Math.min(side - q.size - m, Math.max(q.size + m, c + rng.uniform(-d / 2, d / 2)));
    return [Math.min(side - p.size - m, Math.max(p.size + m, pc)), qc];
  };
  const [pm, qm] = main();
  const [pc, qc] = cross();
  if (horizontal) [p.cx, q.cx, p.cy, q.cy] = [pm, qm, pc, qc];
  else [p.cy, q.cy, p.cx, q.cx] = [pm, qm, pc, qc];
}

/** n scenes and their images, from one seed. */
export function makeWorld(n: number, seed: number, spec: WorldSpec = {}): World {
  const rng = new Rng(seed);
  const side = spec.side ?? DEFAULT_SIDE;
  const dist = comboDistribution(spec);
  const px = side * side * 3;
  const images = new Float32Array(n * px);
  const scenes: Scene[] = [];
  const combos = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = sampleScene(rng, spec, dist);
    scenes.push(s);
    combos[i] = comboOf(s.objects[0].colour, s.objects[0].shape);
    renderScene(s, side, images, i * px, spec.pixelNoise ?? 0, rng);
  }
  return { n, side, images, scenes, combos };
}

/** The pixels of image i (a view, not a copy). */
export function imageOf(world: Pick<World, 'images' | 'side'>, i: number): Float32Array {
  const px = world.side * world.side * 3;
  return world.images.subarray(i * px, (i + 1) * px);
}

/** Which cells of a grid of patch x patch pixels an object covers (any pixel of it). */
export function objectPatches(o: SceneObject, side: number, patch: number): number[] {
  const g = Math.floor(side / patch);
  const hit = new Set<number>();
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      if (insideObject(o, x + 0.5, y + 0.5)) hit.add(Math.min(g - 1, Math.floor(y / patch)) * g + Math.min(g - 1, Math.floor(x / patch)));
  return [...hit].sort((a, b) => a - b);
}
