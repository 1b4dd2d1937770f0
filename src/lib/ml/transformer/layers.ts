/**
 * Building blocks of the tiny transformer (tfjs): a variable store that tags every variable
 * with a parameter group, layer norm, dense layers on [..., d] tensors, mask tensors and
 * positional tensors (RoPE rotation, ALiBi and relative-bias index tables).
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import type { Rng } from '$lib/ml/core/random';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { alibiBias, relativeBucket, ropeFrequencies } from './positional';
import { layerNormFast } from './fast-ops';

let counter = 0;

/** Every variable of a model, created from one seeded Rng and tagged with its group. */
export class ParamStore {
  readonly groups = new Map<string, Variable[]>();
  constructor(
    private readonly rng: Rng,
    private readonly prefix: string
  ) {}

  private add(group: string, name: string, init: Tensor): Variable {
    const v = ownedVariable(init, `${this.prefix}/${group}/${name}/${++counter}`);
    if (!this.groups.has(group)) this.groups.set(group, []);
    this.groups.get(group)!.push(v);
    return v;
  }
  normal(group: string, name: string, shape: number[], std: number): Variable {
    const n = shape.reduce((a, b) => a * b, 1);
    return this.add(group, name, tf.tensor(this.rng.normals(n, std), shape));
  }
  zeros(group: string, name: string, shape: number[]): Variable {
    return this.add(group, name, tf.zeros(shape));
  }
  ones(group: string, name: string, shape: number[]): Variable {
    return this.add(group, name, tf.ones(shape));
  }
  get all(): Variable[] {
    return [...this.groups.values()].flat();
  }
  dispose(): void {
    for (const v of this.all) v.dispose();
    this.groups.clear();
  }
}

/** Layer norm over the last axis with gain and bias (Ba et al. 2016); see fast-ops.ts. */
export const layerNorm = layerNormFast;

/** x [..., din] times w [din, dout] (+ b): one 2-D matMul. */
export function dense(x: Tensor, w: Tensor, b?: Tensor): Tensor {
  const shape = x.shape;
  const din = shape[shape.length - 1];
  let y = tf.matMul(tf.reshape(x, [-1, din]), w);
  if (b) y = tf.add(y, b);
  return tf.reshape(y, [...shape.slice(0, -1), w.shape[1]!]);
}

/** A mask given as [Tq][Tk] (shared by the batch) or [B][Tq][Tk] numbers, or a tensor of either shape. */
export type MaskInput = number[][] | number[][][] | Tensor;

/**
 * A 0/1 float tensor that adds to scores [B, H, Tq, Tk] by suffix broadcasting (the fast case
 * of tfjs' cpu kernels): [Tq, Tk] for a shared mask, [B, H, Tq, Tk] for per-sequence masks.
 */
export function maskTensor(m: MaskInput, heads: number): Tensor {
  if (m instanceof tf.Tensor) {
    const t = tf.cast(m, 'float32');
    if (t.rank === 2) return t;
    const [B, Tq, Tk] = t.shape;
    return tf.tile(tf.reshape(t, [B, 1, Tq, Tk]), [1, heads, 1, 1]);
  }
  const arr = m as number[][] | number[][][];
  if (Array.isArray(arr[0]?.[0])) {
    const b = arr as number[][][];
    const [Tq, Tk] = [b[0].length, b[0][0].length];
    const vals = new Float32Array(b.length * heads * Tq * Tk);
    b.forEach((mat, i) => {
      const flat = mat.flat();
      for (let h = 0; h < heads; h++) vals.set(flat, (i * heads + h) * Tq * Tk);
    });
    return tf.tensor4d(vals, [b.length, heads, Tq, Tk]);
  }
  const s = arr as number[][];
  return tf.tensor2d(s.flat(), [s.length, s[0]?.length ?? 0]);
}

/**
 * What a mask needs: `full` (nothing masked: no bias at all) and `emptyRow` (some query sees
 * nothing: its softmax row must be zeroed after the fact). Tensors are assumed to need both.
 */
export function maskNeeds(m: MaskInput): { full: boolean; emptyRow: boolean } {
  if (m instanceof tf.Tensor) return { full: false, emptyRow: true };
  const rows = (Array.isArray((m as number[][][])[0]?.[0]) ? (m as number[][][]).flat() : m) as number[][];
  return { full: rows.every((r) => r.every((v) => v === 1)), emptyRow: rows.some((r) => r.every((v) => v !== 1)) };
}

/** Additive bias for a 0/1 mask tensor: 0 where allowed, -1e9 where masked. */
export function maskBias(keep: Tensor): Tensor {
  return tf.mul(tf.sub(keep, 1), 1e9);
}

/**
 * RoPE tables for these positions: cos and sin [T, dh] (each angle repeated for its pair) and
 * the fixed matrix R [dh, dh] with x R = (-x1, x0, -x3, x2, ...), so that the rotation is
 * x cos + (x R) sin: a matMul and three element-wise ops, no split (slow on cpu / wasm).
 */
export function ropeTables(positions: readonly number[], headDim: number, base: number): { cos: Tensor; sin: Tensor; rot: Tensor } {
  const freqs = ropeFrequencies(headDim, base);
  const angles = positions.flatMap((p) => freqs.flatMap((f) => [p * f, p * f]));
  const shape: [number, number] = [positions.length, headDim];
  const rot = new Array<number>(headDim * headDim).fill(0);
  for (let i = 0; i < headDim / 2; i++) {
    rot[(2 * i + 1) * headDim + 2 * i] = -1;
    rot[2 * i * headDim + 2 * i + 1] = 1;
  }
  return { cos: tf.tensor2d(angles.map(Math.cos), shape), sin: tf.tensor2d(angles.map(Math.sin), shape), rot: tf.tensor2d(rot, [headDim, headDim]) };
}

/** Rotate the pairs (x_{2i}, x_{2i+1}) of x [B, n, T, dh] by the RoPE tables (RoFormer eq. 34). */
export function applyRope(x: Tensor, t: { cos: Tensor; sin: Tensor; rot: Tensor }): Tensor {
  const dh = x.shape[3]!;
  const turned = tf.reshape(tf.matMul(tf.reshape(x, [-1, dh]), t.rot), x.shape);
  return tf.add(tf.mul(x, t.cos), tf.mul(turned, t.sin));
}

/** ALiBi bias [H, Tq, Tk] (symmetric |q - k| for bidirectional models). */
export function alibiTensor(slopes: readonly number[], qPos: readonly number[], kPos: readonly number[], symmetric: boolean): Tensor {
  const vals = slopes.flatMap((s) => alibiBias(s, qPos, kPos, symmetric).flat());
  return tf.tensor3d(vals, [slopes.length, qPos.length, kPos.length]);
}

/** Learned relative bias [H, Tq, Tk] looked up in a table [H, 2M+1] by clipped offset (one-hot matMul). */
export function relativeBiasTensor(table: Tensor, qPos: readonly number[], kPos: readonly number[], maxDistance: number): Tensor {
  const idx = qPos.flatMap((q) => kPos.map((k) => relativeBucket(q, k, maxDistance)));
  const pick = tf.oneHot(tf.tensor1d(idx, 'int32'), 2 * maxDistance + 1);
  const g = tf.matMul(table, pick, false, true);
  return tf.reshape(g, [table.shape[0]!, qPos.length, kPos.length]);
}
