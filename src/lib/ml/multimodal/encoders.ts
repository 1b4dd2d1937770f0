/**
 * The encoders of the multimodal engine, tfjs ops and variables (no tfjs-layers), weights
 * drawn from a seeded Rng. Call apply() inside tf.tidy.
 *
 * - ConvEncoder: a 4x4 stride-4 and a 2x2 stride-2 convolution (ReLU), flatten, linear.
 *   `features()` is the flattened map (for linear probes).
 * - VitEncoder: a one-block Vision Transformer (Dosovitskiy et al. 2021): non-overlapping
 *   patch x patch patches embedded by one linear map, plus learned position embeddings; one
 *   single-head self-attention block with an MLP; mean over patches; linear.
 *   `attention()` returns the patch-to-patch weights.
 * - BagTextEncoder: a bag of words (rows of bagOfWords(), shares summing to 1) times a
 *   word-vector table (= the mean word vector), ReLU, linear: [B, V] -> [B, out].
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';
import { ownedVariable } from '../nn/mlp';

let counter = 0;
const uid = () => ++counter;
/** A unique variable name (several models may live in one page or one test file). */
export const varName = (name: string): string => `${name}/${uid()}`;

/** A variable of normals with the given std (He: sqrt(2 / fan-in)). */
export function normalVar(rng: Rng, shape: number[], std: number, name: string): Variable {
  const n = shape.reduce((a, b) => a * b, 1);
  return ownedVariable(tf.tensor(rng.normals(n, std), shape), `${name}/${uid()}`);
}
export const zerosVar = (shape: number[], name: string): Variable => ownedVariable(tf.zeros(shape), `${name}/${uid()}`);

/**
 * Image encoders take "prepared" images: every image cut into the windows their first layer
 * reads, [B, positions, window features] (im2col). Preparing a data set once (in plain
 * TypeScript, `prepare`) and training on the windows makes the first layer one matMul: on
 * tfjs' cpu backend the gradient of tf.conv2d costs some 30 times its forward pass. In a
 * graph, `prepareTf` does the same with tf.conv2d and an identity kernel (differentiable in
 * the image), and the tests check that both equal a plain tf.conv2d network.
 */
export interface ImageEncoder {
  readonly side: number;
  readonly out: number;
  /** Windows per image and features per window of a prepared image. */
  readonly prepared: [number, number];
  /** Images [n, side, side, 3] (NHWC) -> windows [n, positions, features]. */
  prepare(images: Float32Array, n: number): Float32Array;
  /** The same in tfjs: [B, side, side, 3] -> [B, positions, features]. */
  prepareTf(x: Tensor): Tensor;
  /** Prepared windows [B, positions, features] -> embeddings [B, out]. */
  apply(prepared: Tensor): Tensor;
  readonly variables: Variable[];
  dispose(): void;
}

/**
 * Windows of k x k pixels every `stride` pixels, as tf.conv2d sees them: 'same' padding
 * pads zeros at the bottom and right only when stride 2 meets an even side (TensorFlow's
 * rule: total padding max((out - 1) * stride + k - side, 0), the smaller half on top).
 * Features are ordered (row in window, column in window, channel), like a conv kernel
 * [k, k, 3, out] reshaped to [k * k * 3, out].
 */
export function imageWindows(images: Float32Array, n: number, side: number, k: number, stride: number, padding: 'same' | 'valid'): Float32Array {
  const out = padding === 'same' ? Math.ceil(side / stride) : Math.floor((side - k) / stride) + 1;
  const padTotal = padding === 'same' ? Math.max((out - 1) * stride + k - side, 0) : 0;
  const top = Math.floor(padTotal / 2);
  const f = k * k * 3;
  const res = new Float32Array(n * out * out * f);
  const px = side * side * 3;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const base = i * px;
    for (let oy = 0; oy < out; oy++) {
      for (let ox = 0; ox < out; ox++) {
        for (let ky = 0; ky < k; ky++) {
          const y = oy * stride + ky - top;
          for (let kx = 0; kx < k; kx++) {
            const x = ox * stride + kx - top;
            const inside = y >= 0 && y < side && x >= 0 && x < side;
            const src = base + 3 * (y * side + x);
            for (let c = 0; c < 3; c++) res[o++] = inside ? images[src + c] : 0;
          }
        }
      }
    }
  }
  return res;
}

/** The tfjs twin of imageWindows: tf.conv2d with an identity kernel. */
export function imageWindowsTf(x: Tensor, k: number, stride: number, padding: 'same' | 'valid'): Tensor {
  const f = k * k * 3;
  const eye = tf.eye(f).reshape([k, k, 3, f]) as tf.Tensor4D;
  const w = tf.conv2d(x as tf.Tensor4D, eye, stride, padding);
  return w.reshape([x.shape[0], w.shape[1] * w.shape[2], f]);
}

/** Position of stem cell (y, x) in block order for a grid of g2 x g2 blocks of 2 x 2. */
export function blockIndex(y: number, x: number, g2: number): number {
  return ((Math.floor(y / 2) * g2 + Math.floor(x / 2)) * 2 + (y % 2)) * 2 + (x % 2);
}

export interface ConvSpec {
  side: number;
  /** Kernel = stride of the first convolution (default 4; side must be a multiple of 2 * stem). */
  stem?: number;
  /** Channels of the two convolutions (default [12, 24]). */
  channels?: [number, number];
  /** Add a global max pool of the second map to the flattened map (default true). */
  maxPool?: boolean;
  out: number;
}

/**
 * Two convolutions and a linear map, ConvNeXt's downsampling pattern (Liu et al. 2022): a
 * stem x stem convolution with stride stem (ReLU), a 2x2 convolution with stride 2 (ReLU),
 * flatten, linear. For side 16 and stem 4: 16 -> 4 x 4 -> 2 x 2, so 4 x channels[1]
 * features. Non-overlapping windows keep a training step a few matMuls on tfjs' cpu.
 */
export class ConvEncoder implements ImageEncoder {
  readonly side: number;
  readonly out: number;
  readonly prepared: [number, number];
  readonly featureSize: number;
  readonly channels: [number, number];
  readonly stem: number;
  readonly maxPool: boolean;
  private readonly g1: number;
  private readonly g2: number;
  private readonly k1: Variable;
  private readonly b1: Variable;
  private readonly k2: Variable;
  private readonly b2: Variable;
  private readonly w: Variable;
  private readonly b: Variable;

  constructor(rng: Rng, spec: ConvSpec, name = 'conv') {
    const [c1, c2] = (this.channels = spec.channels ?? [12, 24]);
    const st = (this.stem = spec.stem ?? 4);
    if (spec.side % (2 * st) !== 0) throw new Error(`conv: side ${spec.side} must be a multiple of ${2 * st}`);
    this.side = spec.side;
    this.g1 = spec.side / st;
    this.g2 = this.g1 / 2;
    this.out = spec.out;
    const f1 = st * st * 3;
    this.prepared = [this.g1 * this.g1, f1];
    this.maxPool = spec.maxPool ?? true;
    this.featureSize = (this.g2 * this.g2 + (this.maxPool ? 1 : 0)) * c2;
    this.k1 = normalVar(rng, [f1, c1], Math.sqrt(2 / f1), `${name}/k1`);
    this.b1 = zerosVar([c1], `${name}/b1`);
    this.k2 = normalVar(rng, [4 * c1, c2], Math.sqrt(2 / (4 * c1)), `${name}/k2`);
    this.b2 = zerosVar([c2], `${name}/b2`);
    this.w = normalVar(rng, [this.featureSize, spec.out], 1 / Math.sqrt(this.featureSize), `${name}/w`);
    this.b = zerosVar([spec.out], `${name}/b`);
  }

  /**
   * Stem windows in block order: the windows of each 2x2 block of the stem's output grid
   * come together, (block row, block column, row in block, column in block), so that the
   * second convolution's windows are a plain reshape (no transpose, which is slow on cpu).
   */
  prepare(images: Float32Array, n: number): Float32Array {
    const rows = imageWindows(images, n, this.side, this.stem, this.stem, 'valid');
    const f = this.prepared[1];
    const g1 = this.g1;
    const out = new Float32Array(rows.length);
    for (let i = 0; i < n; i++)
      for (let y = 0; y < g1; y++)
        for (let x = 0; x < g1; x++) {
          const to = blockIndex(y, x, this.g2);
          out.set(rows.subarray((i * g1 * g1 + y * g1 + x) * f, (i * g1 * g1 + y * g1 + x + 1) * f), (i * g1 * g1 + to) * f);
        }
    return out;
  }
  prepareTf(x: Tensor): Tensor {
    const bsz = x.shape[0];
    const f = this.prepared[1];
    const g2 = this.g2;
    return imageWindowsTf(x, this.stem, this.stem, 'valid').reshape([bsz, g2, 2, g2, 2, f]).transpose([0, 1, 3, 2, 4, 5]).reshape([bsz, this.g1 * this.g1, f]);
  }

  /** First feature map (after ReLU), positions in block order (see prepare), [B, g1 * g1, c1]. */
  map1(prepared: Tensor): Tensor {
    const bsz = prepared.shape[0];
    const [c1] = this.channels;
    return tf.relu(prepared.reshape([bsz * this.g1 * this.g1, this.prepared[1]]).matMul(this.k1).add(this.b1)).reshape([bsz, this.g1 * this.g1, c1]);
  }

  /** The flattened second feature map (and its global max pool), [B, featureSize]. */
  features(prepared: Tensor): Tensor {
    const bsz = prepared.shape[0];
    const [c1] = this.channels;
    const g2 = this.g2;
    // Block order: each 2x2 window of map1 is 4 consecutive positions.
    const w2 = this.map1(prepared).reshape([bsz * g2 * g2, 4 * c1]);
    const h2 = tf.relu(w2.matMul(this.k2).add(this.b2));
    if (!this.maxPool) return h2.reshape([bsz, this.featureSize]);
    const [, c2] = this.channels;
    const grid = h2.reshape([bsz, g2 * g2, c2]);
    return tf.concat([grid.reshape([bsz, g2 * g2 * c2]), grid.max(1)], 1);
  }

  apply(prepared: Tensor): Tensor {
    return this.features(prepared).matMul(this.w).add(this.b);
  }

  /** The weights as tf.conv2d filters ([stem, stem, 3, c1] and [2, 2, c1, c2]), for checks. */
  kernels(): { k1: Tensor; b1: Tensor; k2: Tensor; b2: Tensor; w: Tensor; b: Tensor } {
    const [c1, c2] = this.channels;
    return { k1: this.k1.reshape([this.stem, this.stem, 3, c1]), b1: this.b1, k2: this.k2.reshape([2, 2, c1, c2]), b2: this.b2, w: this.w, b: this.b };
  }

  /** The convolutional part (what a pretrained backbone shares), and the head. */
  get backbone(): Variable[] {
    return [this.k1, this.b1, this.k2, this.b2];
  }
  get head(): Variable[] {
    return [this.w, this.b];
  }
  get variables(): Variable[] {
    return [...this.backbone, ...this.head];
  }
  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}

export interface VitSpec {
  side: number;
  /** Patch side in pixels (must divide side). */
  patch: number;
  /** Token width (default 16). */
  dim?: number;
  out: number;
}

/** Layer norm over the last axis, no affine parameters. */
export function layerNorm(x: Tensor, eps = 1e-5): Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(eps).sqrt());
}

/**
 * A one-block Vision Transformer: patch x patch patches, linear patch embedding plus learned
 * position embeddings, one single-head self-attention block and MLP (both residual), mean
 * over patches, linear. No layer norm: one block trains without it, and its broadcasting
 * ops are slow on tfjs' cpu backend.
 */
export class VitEncoder implements ImageEncoder {
  readonly side: number;
  readonly out: number;
  readonly prepared: [number, number];
  readonly patch: number;
  readonly grid: number;
  readonly tokens: number;
  readonly dim: number;
  private readonly patchW: Variable;
  private readonly patchB: Variable;
  private readonly pos: Variable;
  private readonly wq: Variable;
  private readonly wk: Variable;
  private readonly wv: Variable;
  private readonly wo: Variable;
  private readonly m1: Variable;
  private readonly m2: Variable;
  private readonly w: Variable;
  private readonly b: Variable;

  constructor(rng: Rng, spec: VitSpec, name = 'vit') {
    if (spec.side % spec.patch !== 0) throw new Error(`vit: patch ${spec.patch} does not divide side ${spec.side}`);
    const d = (this.dim = spec.dim ?? 16);
    const p = (this.patch = spec.patch);
    this.side = spec.side;
    this.grid = spec.side / p;
    this.tokens = this.grid * this.grid;
    this.out = spec.out;
    const fanIn = p * p * 3;
    this.prepared = [this.tokens, fanIn];
    this.patchW = normalVar(rng, [fanIn, d], 1 / Math.sqrt(fanIn), `${name}/patch`);
    this.patchB = zerosVar([d], `${name}/patchB`);
    this.pos = normalVar(rng, [this.tokens, d], 0.5, `${name}/pos`);
    const s = 1 / Math.sqrt(d);
    this.wq = normalVar(rng, [d, d], s, `${name}/q`);
    this.wk = normalVar(rng, [d, d], s, `${name}/k`);
    this.wv = normalVar(rng, [d, d], s, `${name}/v`);
    this.wo = normalVar(rng, [d, d], s, `${name}/o`);
    this.m1 = normalVar(rng, [d, 2 * d], Math.sqrt(2 / d), `${name}/m1`);
    this.m2 = normalVar(rng, [2 * d, d], 1 / Math.sqrt(2 * d), `${name}/m2`);
    this.w = normalVar(rng, [d, spec.out], s, `${name}/w`);
    this.b = zerosVar([spec.out], `${name}/b`);
  }

  prepare(images: Float32Array, n: number): Float32Array {
    return imageWindows(images, n, this.side, this.patch, this.patch, 'valid');
  }
  prepareTf(x: Tensor): Tensor {
    return imageWindowsTf(x, this.patch, this.patch, 'valid');
  }

  /** Patch tokens with position embeddings, [B, N, d]. */
  embedPatches(prepared: Tensor): Tensor {
    const bsz = prepared.shape[0];
    return prepared.reshape([bsz * this.tokens, this.prepared[1]]).matMul(this.patchW).add(this.patchB).reshape([bsz, this.tokens, this.dim]).add(this.pos);
  }

  /** Attention weights [B, N, N] (softmax over keys) and the block's output tokens [B, N, d]. */
  block(x: Tensor): { weights: Tensor; out: Tensor } {
    const [bsz, n, d] = x.shape as [number, number, number];
    const h = x.reshape([bsz * n, d]);
    const q = h.matMul(this.wq).reshape([bsz, n, d]);
    const k = h.matMul(this.wk).reshape([bsz, n, d]);
    const v = h.matMul(this.wv).reshape([bsz, n, d]);
    const weights = tf.softmax(tf.matMul(q, k, false, true).mul(1 / Math.sqrt(d)));
    const att = tf.matMul(weights, v).reshape([bsz * n, d]).matMul(this.wo).reshape([bsz, n, d]);
    const y = x.add(att);
    const mlp = tf.relu(y.reshape([bsz * n, d]).matMul(this.m1)).matMul(this.m2).reshape([bsz, n, d]);
    return { weights, out: y.add(mlp) };
  }

  apply(prepared: Tensor): Tensor {
    return this.block(this.embedPatches(prepared)).out.mean(1).matMul(this.w).add(this.b);
  }

  /** Patch-to-patch attention weights [B, N, N]. */
  attention(prepared: Tensor): Tensor {
    return this.block(this.embedPatches(prepared)).weights;
  }

  get variables(): Variable[] {
    return [this.patchW, this.patchB, this.pos, this.wq, this.wk, this.wv, this.wo, this.m1, this.m2, this.w, this.b];
  }
  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}

export interface BagSpec {
  vocab: number;
  /** Width of the word vectors = the ReLU layer (default 32). */
  hidden?: number;
  out: number;
}

/**
 * Bag of words -> ReLU(bag . E + b1) -> linear. Row w of E is word w's vector; since the bag
 * holds shares that sum to 1, bag . E is the mean word vector of the caption. Word order is
 * invisible to it ("a red circle left of a blue square" and "a blue circle left of a red
 * square" get the same vector).
 */
export class BagTextEncoder {
  readonly out: number;
  readonly hidden: number;
  readonly embed: Variable;
  private readonly b1: Variable;
  private readonly w2: Variable;
  private readonly b2: Variable;

  constructor(rng: Rng, spec: BagSpec, name = 'bag') {
    const h = (this.hidden = spec.hidden ?? 32);
    this.out = spec.out;
    this.embed = normalVar(rng, [spec.vocab, h], 1, `${name}/embed`);
    this.b1 = zerosVar([h], `${name}/b1`);
    this.w2 = normalVar(rng, [h, spec.out], 1 / Math.sqrt(h), `${name}/w2`);
    this.b2 = zerosVar([spec.out], `${name}/b2`);
  }

  /** The hidden features of each bag (after the ReLU), [B, hidden]. */
  features(bag: Tensor): Tensor {
    return tf.relu(bag.matMul(this.embed).add(this.b1));
  }

  apply(bag: Tensor): Tensor {
    return this.features(bag).matMul(this.w2).add(this.b2);
  }

  get head(): Variable[] {
    return [this.w2, this.b2];
  }
  get variables(): Variable[] {
    return [this.embed, this.b1, this.w2, this.b2];
  }
  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}
