/**
 * The 2-D task for the mixture-of-experts demo: points uniform in [-2, 2]^2, labelled by a
 * different straight line in each quadrant ("four regions, four rules"). Each rule alone is
 * linear, the whole is not, so one small expert per quadrant fits it and a router that sends
 * each quadrant to its own expert is the natural solution.
 */
import { Rng } from '../core/random';

export interface RegionTask {
  x: Float32Array; // [n, 2]
  y: Int32Array; // labels 0 / 1
  region: Int32Array; // quadrant 0..3: (x > 0) + 2 (y > 0)
  n: number;
}

/** Per quadrant: the line's normal angle (degrees) and offset from the quadrant centre. */
const RULES: { angle: number; offset: number }[] = [
  { angle: 20, offset: 0 },
  { angle: 110, offset: 0.2 },
  { angle: 160, offset: -0.2 },
  { angle: 65, offset: 0.1 }
];

export const REGIONS = 4;

export function regionOf(px: number, py: number): number {
  return (px > 0 ? 1 : 0) + (py > 0 ? 2 : 0);
}

export function labelOf(px: number, py: number): number {
  const q = regionOf(px, py);
  const cx = px > 0 ? 1 : -1;
  const cy = py > 0 ? 1 : -1;
  const a = (RULES[q].angle * Math.PI) / 180;
  return (px - cx) * Math.cos(a) + (py - cy) * Math.sin(a) > RULES[q].offset ? 1 : 0;
}

export function regionTask(n: number, seed: number): RegionTask {
  const rng = new Rng(seed);
  const x = new Float32Array(2 * n);
  const y = new Int32Array(n);
  const region = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const px = rng.uniform(-2, 2);
    const py = rng.uniform(-2, 2);
    x[2 * i] = px;
    x[2 * i + 1] = py;
    y[i] = labelOf(px, py);
    region[i] = regionOf(px, py);
  }
  return { x, y, region, n };
}
