/**
 * LoRA (Hu et al. 2021): a chosen weight W [din, dout] is used as W + (alpha / r) A B with
 * A [din, r] Gaussian and B [r, dout] zero at the start, so the adapted model starts exactly
 * equal to the base model. Train only the 'lora' group (freeze the rest) to fine-tune r (din +
 * dout) numbers per adapted matrix instead of din · dout.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import type { ResolvedConfig } from './config';
import type { ParamStore } from './layers';

export const LORA_TARGETS = ['q', 'k', 'v', 'o', 'ff1', 'ff2'] as const;
export type LoraTarget = (typeof LORA_TARGETS)[number];

const TARGET_OF = { wq: 'q', wk: 'k', wv: 'v', wo: 'o', w1: 'ff1', w2: 'ff2' } as const;

export interface LoraOptions {
  rank: number;
  /** Scale numerator (default rank, i.e. scale 1). */
  alpha?: number;
  /** Which matrices to adapt (default q and v, as in the paper). */
  targets?: LoraTarget[];
  /** Which layers (default all). */
  layers?: number[];
}

export class Lora {
  readonly scale: number;
  private readonly ab = new Map<string, { a: Variable; b: Variable }>();

  constructor(store: ParamStore, cfg: ResolvedConfig, headDim: number, o: LoraOptions) {
    const r = Math.max(1, Math.round(o.rank));
    this.scale = (o.alpha ?? r) / r;
    const D = cfg.dModel;
    const kvD = cfg.kvHeads * headDim;
    const dims: Record<LoraTarget, [number, number]> = { q: [D, D], k: [D, kvD], v: [D, kvD], o: [D, D], ff1: [D, cfg.dFF], ff2: [cfg.dFF, D] };
    const layers = o.layers ?? Array.from({ length: cfg.nLayers }, (_, l) => l);
    for (const l of layers)
      for (const t of o.targets ?? ['q', 'v']) {
        if ((t === 'ff1' || t === 'ff2') && cfg.dFF === 0) continue;
        const [din, dout] = dims[t];
        this.ab.set(`${l}:${t}`, {
          a: store.normal('lora', `a${l}${t}`, [din, r], 1 / Math.sqrt(din)),
          b: store.zeros('lora', `b${l}${t}`, [r, dout])
        });
      }
  }

  private delta(l: number, t: LoraTarget): Tensor | null {
    const p = this.ab.get(`${l}:${t}`);
    return p ? tf.mul(tf.matMul(p.a, p.b), this.scale) : null;
  }

  /** The effective weight of a layer matrix: W + (alpha / r) A B when adapted. */
  apply(l: number, name: 'wq' | 'wk' | 'wv' | 'wo' | 'w1' | 'w2', base: Tensor): Tensor {
    const d = this.delta(l, TARGET_OF[name]);
    return d ? tf.add(base, d) : base;
  }
}
