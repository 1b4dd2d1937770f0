/**
 * The tiny transformer (tfjs): token embedding, a positional scheme, pre-LN blocks
 * (x + Attn(LN x), [x + CrossAttn(LN x, memory)], x + FF(LN x)), a final layer norm, an LM
 * head and an optional pooled classification head. One class serves as decoder (causal
 * mask), encoder (bidirectional) and the decoder of an encoder-decoder (cross-attention);
 * see seq2seq.ts for the pair. Every forward method must be called inside tf.tidy.
 *
 * Attention: scores = q kᵀ / sqrt(dh) + mask bias (0 / -1e9) + positional bias (ALiBi or
 * learned relative), weights = softmax(scores) · mask (masked keys get exactly 0), output =
 * weights · v, heads concatenated, times Wo. With kvHeads < nHeads (GQA / MQA) each key/value
 * head serves nHeads / kvHeads query heads.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { resolveConfig, type ResolvedConfig, type TransformerConfig } from './config';
import { causalMask, bidirectionalMask } from './masks';
import { alibiSlopes, sinusoidalEncoding } from './positional';
import { Lora, type LoraOptions } from './lora';
import { rowSoftmax } from './fast-ops';
import {
  ParamStore, alibiTensor, applyRope, dense, layerNorm, maskBias, maskNeeds, maskTensor, relativeBiasTensor, ropeTables,
  type MaskInput
} from './layers';

export type TokenInput = number[][] | Tensor;

export interface ForwardOptions {
  /** Self-attention mask [T][T] or [B][T][T], 1 = may attend (default: causal or full, by config). */
  mask?: MaskInput;
  /** Position ids of the T tokens (default 0..T-1); shift them for a shift test. */
  positions?: number[];
  /** Encoder output [B, S, D] for cross-attention. */
  memory?: Tensor;
  /** Cross-attention mask [T][S] or [B][T][S] (default: all keys). */
  memoryMask?: MaskInput;
  /** Per layer, per head multiplier on the head's output (0 prunes the head). */
  headMask?: number[][];
  /** Return the attention weights of every layer. */
  collect?: boolean;
}

export interface ForwardResult {
  /** [B, T, D] after the final layer norm. */
  hidden: Tensor;
  /** [B, T, outputSize], or null without an LM head. */
  logits: Tensor | null;
  /** Per layer [B, H, T, T] (only with collect). */
  attention: Tensor[];
  /** Per layer [B, H, T, S] cross-attention weights (only with collect and memory). */
  crossAttention: Tensor[];
}

interface LayerVars {
  ln1g: Variable; ln1b: Variable; wq: Variable; wk: Variable; wv: Variable; wo: Variable; ln2g: Variable; ln2b: Variable;
  w1?: Variable; b1?: Variable; w2?: Variable; b2?: Variable; rel?: Variable;
  lnxg?: Variable; lnxb?: Variable; wqx?: Variable; wkx?: Variable; wvx?: Variable; wox?: Variable;
}

/** What one attention call needs besides q, k, v. */
export interface AttnCtx {
  /** 0/1 mask multiplied into the weights after the softmax (only needed when a row is all masked). */
  keep: Tensor | null;
  bias: Tensor | null;
  headMask: Tensor | null;
}

export class Transformer {
  readonly cfg: ResolvedConfig;
  readonly headDim: number;
  readonly store: ParamStore;
  readonly tokEmb: Variable;
  readonly posEmb: Variable | null;
  readonly queryEmb: Variable | null;
  readonly layers: LayerVars[] = [];
  readonly lnfg: Variable;
  readonly lnfb: Variable;
  readonly headW: Variable | null;
  readonly headB: Variable | null;
  readonly clsW: Variable | null;
  readonly clsB: Variable | null;
  lora: Lora | null = null;
  private readonly rng: Rng;
  private readonly slopes: number[];

  constructor(config: TransformerConfig, seed: number, name = 'tx') {
    const c = (this.cfg = resolveConfig(config));
    this.rng = new Rng(seed);
    const s = (this.store = new ParamStore(this.rng, name));
    const D = c.dModel;
    const dh = (this.headDim = D / c.nHeads);
    const kvD = c.kvHeads * dh;
    this.slopes = alibiSlopes(c.nHeads);
    this.tokEmb = s.normal('embed', 'tok', [c.vocabSize, D], 1);
    this.posEmb = c.position === 'learned' ? s.normal('embed', 'pos', [c.maxLen, D], 1) : null;
    this.queryEmb = c.queryStream ? s.normal('embed', 'query', [D], 1) : null;
    const resStd = 1 / Math.sqrt(D * 2 * c.nLayers);
    for (let l = 0; l < c.nLayers; l++) {
      const g = `layer${l}`;
      const L: LayerVars = {
        ln1g: s.ones(g, 'ln1g', [D]), ln1b: s.zeros(g, 'ln1b', [D]),
        wq: s.normal(g, 'wq', [D, D], 1 / Math.sqrt(D)),
        wk: s.normal(g, 'wk', [D, kvD], 1 / Math.sqrt(D)),
        wv: s.normal(g, 'wv', [D, kvD], 1 / Math.sqrt(D)),
        wo: s.normal(g, 'wo', [D, D], resStd),
        ln2g: s.ones(g, 'ln2g', [D]), ln2b: s.zeros(g, 'ln2b', [D])
      };
      if (c.position === 'relative') L.rel = s.zeros(g, 'rel', [c.nHeads, 2 * c.relativeMaxDistance + 1]);
      if (c.crossAttention) {
        Object.assign(L, {
          lnxg: s.ones(g, 'lnxg', [D]), lnxb: s.zeros(g, 'lnxb', [D]),
          wqx: s.normal(g, 'wqx', [D, D], 1 / Math.sqrt(D)), wkx: s.normal(g, 'wkx', [D, D], 1 / Math.sqrt(D)),
          wvx: s.normal(g, 'wvx', [D, D], 1 / Math.sqrt(D)),
          wox: s.normal(g, 'wox', [D, D], resStd)
        });
      }
      if (c.dFF > 0) {
        Object.assign(L, {
          w1: s.normal(g, 'w1', [D, c.dFF], 1 / Math.sqrt(D)), b1: s.zeros(g, 'b1', [c.dFF]),
          w2: s.normal(g, 'w2', [c.dFF, D], 1 / Math.sqrt(c.dFF * 2 * c.nLayers)), b2: s.zeros(g, 'b2', [D])
        });
      }
      this.layers.push(L);
    }
    this.lnfg = s.ones('final', 'lnfg', [D]);
    this.lnfb = s.zeros('final', 'lnfb', [D]);
    this.headW = c.outputSize > 0 ? s.normal('head', 'w', [D, c.outputSize], 1 / Math.sqrt(D)) : null;
    this.headB = c.outputSize > 0 ? s.zeros('head', 'b', [c.outputSize]) : null;
    this.clsW = c.classes > 0 ? s.normal('cls', 'w', [D, c.classes], 1 / Math.sqrt(D)) : null;
    this.clsB = c.classes > 0 ? s.zeros('cls', 'b', [c.classes]) : null;
  }

  // ---- parameters -------------------------------------------------------------------

  /** Group names: 'embed', 'layer0'.., 'final', 'head', 'cls', 'lora' (those that exist). */
  get groupNames(): string[] {
    return [...this.store.groups.keys()];
  }
  /** Variables of the named groups (all groups when omitted). */
  variables(groups?: readonly string[]): Variable[] {
    if (!groups) return this.store.all;
    return groups.flatMap((g) => this.store.groups.get(g) ?? []);
  }
  /** Number of parameters in the named groups (all when omitted). */
  parameterCount(groups?: readonly string[]): number {
    return this.variables(groups).reduce((a, v) => a + v.size, 0);
  }
  /** Add LoRA adapters (group 'lora'); returns their variables. See lora.ts. */
  enableLora(opts: LoraOptions): Variable[] {
    if (this.lora) throw new Error('LoRA is already enabled');
    this.lora = new Lora(this.store, this.cfg, this.headDim, opts);
    return this.variables(['lora']);
  }
  dispose(): void {
    this.store.dispose();
  }

  // ---- forward ----------------------------------------------------------------------

  /** Token ids as an int32 tensor [B, T]. */
  tokens(t: TokenInput): Tensor {
    return t instanceof tf.Tensor ? tf.cast(t, 'int32') : tf.tensor2d(t.flat(), [t.length, t[0].length], 'int32');
  }

  /** Token embedding plus the absolute positional encoding (sinusoidal or learned), [B, T, D]. */
  embed(tokens: TokenInput, positions?: number[]): Tensor {
    const ids = this.tokens(tokens);
    const [B, T] = ids.shape;
    const pos = positions ?? range(T);
    // A one-hot matMul rather than a gather: on the cpu and wasm backends the gather's gradient
    // (a segment sum) costs more than the whole rest of a tiny model's step.
    const oneHot = tf.oneHot(tf.reshape(ids, [-1]), this.cfg.vocabSize);
    const x = tf.reshape(tf.matMul(oneHot, this.tokEmb), [B, T, this.cfg.dModel]);
    return tf.add(x, this.absolutePositions(pos));
  }

  /** The absolute positional term added at the input ([T, D]; zeros for the other schemes). */
  absolutePositions(positions: number[]): Tensor {
    const D = this.cfg.dModel;
    if (this.cfg.position === 'sinusoidal') return tf.tensor2d(sinusoidalEncoding(positions, D).flat(), [positions.length, D]);
    if (this.posEmb) {
      const idx = positions.map((p) => Math.max(0, Math.min(this.cfg.maxLen - 1, p)));
      if (idx.every((p, i) => p === idx[0] + i)) return tf.slice(this.posEmb, [idx[0], 0], [idx.length, D]);
      return tf.matMul(tf.oneHot(tf.tensor1d(idx, 'int32'), this.cfg.maxLen), this.posEmb);
    }
    return tf.zeros([positions.length, D]);
  }

  /** Embed, run the blocks, final norm, LM head. */
  forward(tokens: TokenInput, opts: ForwardOptions = {}): ForwardResult {
    const ids = this.tokens(tokens);
    const pos = opts.positions ?? range(ids.shape[1]!);
    return this.forwardEmbeddings(this.embed(ids, pos), { ...opts, positions: pos });
  }

  /** The blocks on already embedded inputs x [B, T, D] (e.g. to take gradients w.r.t. x). */
  forwardEmbeddings(x: Tensor, opts: ForwardOptions = {}): ForwardResult {
    const T = x.shape[1]!;
    const pos = opts.positions ?? range(T);
    const mask = opts.mask ?? (this.cfg.causal ? causalMask(T) : bidirectionalMask(T));
    const needs = maskNeeds(mask);
    const keepT = needs.full ? null : maskTensor(mask, this.cfg.nHeads);
    const ctx: AttnCtx = { keep: needs.emptyRow ? keepT : null, bias: this.sharedBias(keepT, pos, pos), headMask: null };
    const rope = this.cfg.position === 'rope' ? ropeTables(pos, this.headDim, this.cfg.ropeBase) : null;
    const xKeep = opts.memory && opts.memoryMask ? maskTensor(opts.memoryMask, this.cfg.nHeads) : null; // padded source keys
    const attention: Tensor[] = [];
    const crossAttention: Tensor[] = [];
    let h = x;
    for (let l = 0; l < this.cfg.nLayers; l++) {
      const L = this.layers[l];
      const lctx = { ...ctx, bias: this.layerBias(l, ctx.bias, pos, pos), headMask: this.headMaskTensor(opts.headMask, l) };
      const n1 = layerNorm(h, L.ln1g, L.ln1b);
      const { q, k, v } = this.qkv(l, n1, rope, rope);
      const a = this.attend(l, q, k, v, lctx, this.weight(l, 'wo'));
      if (opts.collect) attention.push(a.weights);
      h = tf.add(h, a.out);
      if (opts.memory && L.wqx) {
        const c = this.crossAttend(l, h, opts.memory, xKeep);
        if (opts.collect) crossAttention.push(c.weights);
        h = tf.add(h, c.out);
      }
      h = this.feedForward(l, h);
    }
    const hidden = layerNorm(h, this.lnfg, this.lnfb);
    return { hidden, logits: this.logits(hidden), attention, crossAttention };
  }

  /** LM logits of hidden states [B, T, D] -> [B, T, outputSize] (null without a head). */
  logits(hidden: Tensor): Tensor | null {
    return this.headW ? dense(hidden, this.headW, this.headB!) : null;
  }

  /** Classification logits [B, classes] from the mean of the hidden states over valid tokens (valid [B, T] 0/1). */
  classify(hidden: Tensor, valid?: Tensor): Tensor {
    if (!this.clsW) throw new Error('this model has no classification head (config.classes)');
    const pooled = valid
      ? tf.div(tf.sum(tf.mul(hidden, tf.expandDims(valid, 2)), 1), tf.maximum(tf.sum(valid, 1, true), 1))
      : tf.mean(hidden, 1);
    return tf.add(tf.matMul(pooled, this.clsW), this.clsB!);
  }

  // ---- pieces (used by two-stream, seq2seq and the KV-cache decoder) ------------------

  /** Mask bias plus ALiBi bias (the parts shared by every layer). */
  sharedBias(keep: Tensor | null, qPos: number[], kPos: number[]): Tensor | null {
    let bias = keep ? maskBias(keep) : null;
    if (this.cfg.position === 'alibi') {
      const ali = alibiTensor(this.slopes, qPos, kPos, !this.cfg.causal);
      bias = bias ? tf.add(bias, ali) : ali;
    }
    return bias;
  }
  /** Add layer l's learned relative bias, if any. */
  layerBias(l: number, shared: Tensor | null, qPos: number[], kPos: number[]): Tensor | null {
    const rel = this.layers[l].rel;
    if (!rel) return shared;
    const r = relativeBiasTensor(rel, qPos, kPos, this.cfg.relativeMaxDistance);
    return shared ? tf.add(shared, r) : r;
  }
  headMaskTensor(hm: number[][] | undefined, l: number): Tensor | null {
    // [H, 1, 1] would broadcast slowly on cpu; [H, Tq, dh] broadcasts as a suffix. Built at use.
    return hm?.[l] ? tf.tensor1d(hm[l]) : null;
  }

  /** A layer weight, with its LoRA update added when enabled. */
  weight(l: number, name: WeightName): Tensor {
    const base = this.layers[l][name]!;
    return this.lora ? this.lora.apply(l, name, base) : base;
  }

  /** Queries [B, H, T, dh], keys and values [B, KV, T, dh] of normed inputs, RoPE applied. */
  qkv(l: number, xn: Tensor, ropeQ: RopeTables | null, ropeK: RopeTables | null): { q: Tensor; k: Tensor; v: Tensor } {
    const { nHeads: H, kvHeads: KV } = this.cfg;
    let qh = this.heads(dense(xn, this.weight(l, 'wq')), H);
    let kh = this.heads(dense(xn, this.weight(l, 'wk')), KV);
    if (ropeQ) qh = applyRope(qh, ropeQ);
    if (ropeK) kh = applyRope(kh, ropeK);
    return { q: qh, k: kh, v: this.heads(dense(xn, this.weight(l, 'wv')), KV) };
  }
  /** Queries only (XLNet's query stream). */
  queries(l: number, xn: Tensor, rope: RopeTables | null): Tensor {
    const q = this.heads(dense(xn, this.weight(l, 'wq')), this.cfg.nHeads);
    return rope ? applyRope(q, rope) : q;
  }
  heads(t: Tensor, n: number): Tensor {
    const [B, T] = t.shape;
    return tf.transpose(tf.reshape(t, [B, T, n, this.headDim]), [0, 2, 1, 3]);
  }

  /** softmax(q kᵀ / sqrt(dh) + bias) · keep, times v; heads merged and projected by wo. */
  attend(l: number, q: Tensor, k: Tensor, v: Tensor, ctx: AttnCtx, wo: Tensor): { out: Tensor; weights: Tensor } {
    const [B, H, Tq, dh] = q.shape;
    const KV = k.shape[1]!;
    const Tk = k.shape[2]!;
    const G = H / KV;
    let s = tf.reshape(tf.matMul(tf.reshape(q, [B, KV, G * Tq, dh]), k, false, true), [B, H, Tq, Tk]);
    s = tf.mul(s, 1 / Math.sqrt(dh));
    if (ctx.bias) s = tf.add(s, ctx.bias);
    let w = rowSoftmax(s);
    if (ctx.keep) w = tf.mul(w, ctx.keep);
    let mixed = tf.reshape(tf.matMul(tf.reshape(w, [B, KV, G * Tq, Tk]), v), [B, H, Tq, dh]);
    if (ctx.headMask) mixed = tf.mul(mixed, tf.matMul(tf.reshape(ctx.headMask, [H, 1]), tf.ones([1, Tq * dh])).reshape([H, Tq, dh]));
    const merged = tf.reshape(tf.transpose(mixed, [0, 2, 1, 3]), [B, Tq, H * dh]);
    return { out: dense(merged, wo), weights: w };
  }

  /** Cross-attention of x [B, T, D] (normed inside) over memory [B, S, D]. */
  crossAttend(l: number, x: Tensor, memory: Tensor, keep: Tensor | null): { out: Tensor; weights: Tensor } {
    const L = this.layers[l];
    const H = this.cfg.nHeads;
    const q = this.heads(dense(layerNorm(x, L.lnxg!, L.lnxb!), L.wqx!), H);
    const k = this.heads(dense(memory, L.wkx!), H);
    const v = this.heads(dense(memory, L.wvx!), H);
    const bias = keep ? maskBias(keep) : null;
    return this.attend(l, q, k, v, { keep, bias, headMask: null }, L.wox!);
  }

  /** x + FF(LN x) (identity when dFF = 0). */
  feedForward(l: number, x: Tensor): Tensor {
    const L = this.layers[l];
    if (!L.w1) return x;
    const n2 = layerNorm(x, L.ln2g, L.ln2b);
    return tf.add(x, dense(tf.relu(dense(n2, this.weight(l, 'w1'), L.b1)), this.weight(l, 'w2'), L.b2));
  }

  /** RoPE tables for these positions, or null when the scheme is not RoPE. */
  rope(positions: number[]): RopeTables | null {
    return this.cfg.position === 'rope' ? ropeTables(positions, this.headDim, this.cfg.ropeBase) : null;
  }
}

export type RopeTables = { cos: Tensor; sin: Tensor; rot: Tensor };
export type WeightName = 'wq' | 'wk' | 'wv' | 'wo' | 'w1' | 'w2';

export const range = (n: number, start = 0): number[] => Array.from({ length: n }, (_, i) => start + i);
