/**
 * Fusion classifiers for toy VQA (tfjs). Every model reads the same two inputs:
 * - the image as patch tokens [B, N, d + 2]: each patch's features from a fixed patch
 *   encoder (vqa.ts: PatchEncoder, frozen like the image backbone of early VQA models)
 *   followed by the patch's (x, y) position, zeroed when positions are removed; the pooled
 *   models read the mean over patches of the features only, [B, d] (global average pooling
 *   keeps what is there and drops where it is);
 * - the text as a bag of words [B, V]: t = ReLU(bag . E + bE), [B, dt].
 * and fuses them one way (Baltrusaitis et al. 2019 survey the families):
 * - 'text':    MLP(t)                       (text-only baseline)
 * - 'image':   MLP(pooled)                  (image-only baseline)
 * - 'concat':  MLP([pooled . Wi, t])        (concatenation of pooled features)
 * - 'product': MLP((pooled . Wi) * t)       (multiplicative fusion, as in MCB / MUTAN, without their low-rank tricks)
 * - 'cross':   H heads of cross-attention, queries from the text, keys and values from the
 *              patch tokens: a_h = softmax((t . Wq_h) . (x_n . Wk_h) / sqrt(dk)),
 *              c_h = sum_n a_h,n x_n . Wv_h; MLP([c_1..c_H, t]).
 * The MLP is one ReLU layer. Call apply() inside tf.tidy.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';
import { normalVar, zerosVar } from './encoders';

export const FUSIONS = ['text', 'image', 'concat', 'product', 'cross'] as const;
export type Fusion = (typeof FUSIONS)[number];

export interface FusionSpec {
  fusion: Fusion;
  /** Features per patch token (the patch encoder's width, without the 2 position features). */
  features: number;
  vocab: number;
  classes: number;
  /** Width of the text features (default 24). */
  dim?: number;
  /** Cross-attention heads (default 2) and key width (default 8). */
  heads?: number;
  keyDim?: number;
  /** Hidden units of the answer MLP (default 48). */
  hidden?: number;
}

export interface FusionInput {
  /** Patch tokens [B, N, features + 2] (for 'cross'). */
  tokens?: Tensor;
  /** Mean patch features [B, features] (for 'image', 'concat', 'product'). */
  pooled?: Tensor;
  /** Bags of words [B, V] (for all but 'image'). */
  bags?: Tensor;
}

export interface FusionOut {
  logits: Tensor;
  /** Cross-attention weights per head, [B, N] each (empty for the other fusions). */
  attention: Tensor[];
}

export const readsImage = (f: Fusion): boolean => f !== 'text';
export const readsText = (f: Fusion): boolean => f !== 'image';

export class FusionModel {
  readonly fusion: Fusion;
  readonly dim: number;
  readonly heads: number;
  readonly keyDim: number;
  readonly variables: Variable[] = [];
  private readonly embed?: Variable;
  private readonly be?: Variable;
  private readonly wi?: Variable;
  private readonly wq: Variable[] = [];
  private readonly wk: Variable[] = [];
  private readonly wv: Variable[] = [];
  private readonly w1: Variable;
  private readonly b1: Variable;
  private readonly w2: Variable;
  private readonly b2: Variable;

  constructor(rng: Rng, spec: FusionSpec, name = 'fusion') {
    const d = (this.dim = spec.dim ?? 24);
    const fi = spec.features;
    this.fusion = spec.fusion;
    this.heads = spec.heads ?? 2;
    const dk = (this.keyDim = spec.keyDim ?? 8);
    const hid = spec.hidden ?? 48;
    const v = <T extends Variable>(x: T) => (this.variables.push(x), x);
    // Only the branches a fusion reads (a variable with no gradient would stall the optimiser).
    if (readsText(spec.fusion)) {
      this.embed = v(normalVar(rng, [spec.vocab, d], 1, `${name}/embed`));
      this.be = v(zerosVar([d], `${name}/be`));
    }
    let zIn = d;
    if (spec.fusion === 'image') zIn = fi;
    if (spec.fusion === 'concat' || spec.fusion === 'product') {
      this.wi = v(normalVar(rng, [fi, d], 1 / Math.sqrt(fi), `${name}/wi`));
      zIn = spec.fusion === 'concat' ? 2 * d : d;
    }
    if (spec.fusion === 'cross') {
      for (let hd = 0; hd < this.heads; hd++) {
        this.wq.push(v(normalVar(rng, [d, dk], 1 / Math.sqrt(d), `${name}/q${hd}`)));
        this.wk.push(v(normalVar(rng, [fi + 2, dk], 1 / Math.sqrt(fi), `${name}/k${hd}`)));
        this.wv.push(v(normalVar(rng, [fi + 2, dk], 1 / Math.sqrt(fi), `${name}/v${hd}`)));
      }
      zIn = this.heads * dk + d;
    }
    this.w1 = v(normalVar(rng, [zIn, hid], Math.sqrt(2 / zIn), `${name}/w1`));
    this.b1 = v(zerosVar([hid], `${name}/b1`));
    this.w2 = v(normalVar(rng, [hid, spec.classes], 1 / Math.sqrt(hid), `${name}/w2`));
    this.b2 = v(zerosVar([spec.classes], `${name}/b2`));
  }

  /** Text features [B, d]. */
  textFeatures(bags: Tensor): Tensor {
    return tf.relu(bags.matMul(this.embed!).add(this.be!));
  }

  apply(x: FusionInput): FusionOut {
    const attention: Tensor[] = [];
    const t = readsText(this.fusion) ? this.textFeatures(x.bags!) : null;
    let z: Tensor;
    if (this.fusion === 'text') z = t!;
    else if (this.fusion === 'image') z = x.pooled!;
    else if (this.fusion === 'concat') z = tf.concat([x.pooled!.matMul(this.wi!), t!], 1);
    else if (this.fusion === 'product') z = x.pooled!.matMul(this.wi!).mul(t!);
    else {
      const [b, n, f] = x.tokens!.shape as [number, number, number];
      const flat = x.tokens!.reshape([b * n, f]);
      const ctx: Tensor[] = [];
      for (let hd = 0; hd < this.heads; hd++) {
        const q = t!.matMul(this.wq[hd]).reshape([b, 1, this.keyDim]);
        const k = flat.matMul(this.wk[hd]).reshape([b, n, this.keyDim]);
        const val = flat.matMul(this.wv[hd]).reshape([b, n, this.keyDim]);
        const a = tf.softmax(tf.matMul(q, k, false, true).mul(1 / Math.sqrt(this.keyDim)));
        attention.push(a.reshape([b, n]));
        ctx.push(tf.matMul(a, val).reshape([b, this.keyDim]));
      }
      z = tf.concat([...ctx, t!], 1);
    }
    const logits = tf.relu(z.matMul(this.w1).add(this.b1)).matMul(this.w2).add(this.b2);
    return { logits, attention };
  }

  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}
