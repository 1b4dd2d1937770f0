/**
 * A toy image captioner: the image as a grid of patch tokens, each with its cell's pixels,
 * a slightly wider window around the cell, and its (x, y). Trained one-hidden-layer MLPs
 * embed them (ViT-style): the attention keys from the cell (where a colour is), the values
 * from the window (what shape is there: a cell holds a piece of a shape, too little to tell
 * a circle from a square). A decoder whose every
 * step reads the current word, the word before it and its position, attends over the
 * patches, and predicts the next word. (A one-layer transformer decoder from
 * ../transformer learned these captions several times slower: the deciding step is where to
 * look, and this keeps that step alone.)
 * Trained with teacher forcing on the world's captions (the decoder reads [BOS] w1 .. w(n-1)
 * and predicts w1 .. wn [EOS]); greedy decoding reads its own outputs. Each generated word
 * comes with the cross-attention that produced it (the row of the position that predicted
 * it, mean over heads, last layer): "Show, Attend and Tell" (Xu et al. 2015) with a
 * small decoder. Forward methods: inside tf.tidy.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import { Rng } from '../core/random';
import { tokenCrossEntropy } from '../transformer/objectives';
import { normalVar, zerosVar } from './encoders';
import { CLS, PAD, SEP, VOCAB_SIZE } from './vocab';

/** Start and end of a caption: the vocabulary's [CLS] and [SEP]. */
export const BOS = CLS;
export const EOS = SEP;

export interface CaptionerConfig {
  /** Pixels of a patch's own cell (what the keys see: where things are). */
  cellWidth: number;
  /** Pixels of a patch's wider window around its cell (what the values see: what shape is there). */
  windowWidth: number;
  /** Hidden units of the patch embedding (default 2 dModel). */
  patchHidden?: number;
  dModel: number;
  nHeads: number;
  /** Longest decoder input (BOS + words). */
  maxLen: number;
}

export interface CaptionerOut {
  /** [B, T, VOCAB_SIZE]. */
  logits: Tensor;
  /** Cross-attention over the patches, mean over heads, [B, T, N] (only with collect). */
  attention: Tensor | null;
}

export class Captioner {
  readonly variables: Variable[] = [];
  private readonly v: Record<string, Variable> = {};
  readonly heads: number;
  readonly keyDim: number;

  constructor(readonly config: CaptionerConfig, seed: number, name = 'cap') {
    const rng = new Rng(seed);
    const d = config.dModel;
    const h = config.patchHidden ?? 2 * d;
    const H = (this.heads = config.nHeads);
    const dk = (this.keyDim = Math.max(4, Math.round(d / H)));
    const add = (k: string, x: Variable) => {
      this.v[k] = x;
      this.variables.push(x);
    };
    // Two patch embeddings, ReLU(x W1 + b1) W2 + b2, of [pixels, x, y]: the keys' from the
    // cell alone, the values' from the wider window.
    for (const [k, width] of [['key', config.cellWidth + 2], ['val', config.windowWidth + 2]] as const) {
      add(`${k}1`, normalVar(rng, [width, h], Math.sqrt(2 / width), `${name}/${k}1`));
      add(`${k}b1`, zerosVar([h], `${name}/${k}b1`));
      add(`${k}2`, normalVar(rng, [h, d], 1 / Math.sqrt(h), `${name}/${k}2`));
      add(`${k}b2`, zerosVar([d], `${name}/${k}b2`));
    }
    // The word side: the word read now, the word before it, and the position.
    add('emb', normalVar(rng, [VOCAB_SIZE, d], 1, `${name}/emb`));
    add('emb2', normalVar(rng, [VOCAB_SIZE, d], 1, `${name}/emb2`));
    add('pos', normalVar(rng, [config.maxLen, d], 1, `${name}/pos`));
    for (let i = 0; i < H; i++) {
      add(`q${i}`, normalVar(rng, [d, dk], 1 / Math.sqrt(d), `${name}/q${i}`));
      add(`k${i}`, normalVar(rng, [d, dk], 1 / Math.sqrt(d), `${name}/k${i}`));
      add(`v${i}`, normalVar(rng, [d, dk], 1 / Math.sqrt(d), `${name}/v${i}`));
    }
    const z = d + H * dk;
    const hid = 2 * d;
    add('w1', normalVar(rng, [z, hid], Math.sqrt(2 / z), `${name}/w1`));
    add('b1', zerosVar([hid], `${name}/b1`));
    add('w2', normalVar(rng, [hid, VOCAB_SIZE], 1 / Math.sqrt(hid), `${name}/w2`));
    add('b2', zerosVar([VOCAB_SIZE], `${name}/b2`));
  }

  /**
   * What the words attend over: patch tokens [B, N, cell + window + 2] (cell pixels, window
   * pixels, x, y) -> the keys' and the values' embeddings, [B, N, dModel] each.
   */
  memory(tokens: Tensor): { keys: Tensor; values: Tensor } {
    const [b, n, w] = tokens.shape as [number, number, number];
    const { cellWidth: cw, windowWidth: ww, dModel: d } = this.config;
    const flat = tokens.reshape([b * n, w]);
    const pos = flat.slice([0, cw + ww], [b * n, 2]);
    const embed = (k: string, x: Tensor) =>
      tf.relu(tf.concat([x, pos], 1).matMul(this.v[`${k}1`]).add(this.v[`${k}b1`])).matMul(this.v[`${k}2`]).add(this.v[`${k}b2`]).reshape([b, n, d]);
    return { keys: embed('key', flat.slice([0, 0], [b * n, cw])), values: embed('val', flat.slice([0, cw], [b * n, ww])) };
  }

  /**
   * Logits for every position of the decoder inputs [B, T] (BOS w1 .. ): position t reads
   * its word, the word before it and t (q_t = tanh(E w_t + E' w_(t-1) + P_t)), attends over
   * the patches with H heads (a = softmax(q Wq (m Wk)^T / sqrt(dk)), c = a m Wv), and
   * predicts the next word from ReLU([q_t, c] W1 + b1) W2 + b2.
   */
  forward(tokens: Tensor, input: number[][] | Tensor, collect = false): CaptionerOut {
    const p = this.v;
    const ids = input instanceof tf.Tensor ? input.toInt() : tf.tensor2d(input, undefined, 'int32');
    const [b, T] = ids.shape as [number, number];
    const d = this.config.dModel;
    const prev = tf.concat([tf.fill([b, 1], BOS, 'int32'), ids.slice([0, 0], [b, T - 1])], 1);
    const flat = (x: Tensor) => tf.oneHot(x.reshape([-1]), VOCAB_SIZE).toFloat();
    const q = tf.tanh(
      flat(ids).matMul(p.emb).add(flat(prev).matMul(p.emb2)).reshape([b, T, d]).add(p.pos.slice([0, 0], [T, d]).expandDims(0))
    ); // [B, T, d]
    const mem = this.memory(tokens);
    const n = mem.keys.shape[1]!;
    const keyFlat = mem.keys.reshape([b * n, d]);
    const valFlat = mem.values.reshape([b * n, d]);
    const qFlat = q.reshape([b * T, d]);
    const ctx: Tensor[] = [];
    let attention: Tensor | null = null;
    for (let i = 0; i < this.heads; i++) {
      const qi = qFlat.matMul(p[`q${i}`]).reshape([b, T, this.keyDim]);
      const ki = keyFlat.matMul(p[`k${i}`]).reshape([b, n, this.keyDim]);
      const vi = valFlat.matMul(p[`v${i}`]).reshape([b, n, this.keyDim]);
      const a = tf.softmax(tf.matMul(qi, ki, false, true).mul(1 / Math.sqrt(this.keyDim))); // [B, T, N]
      if (collect) attention = attention ? attention.add(a) : a;
      ctx.push(tf.matMul(a, vi)); // [B, T, dk]
    }
    const zin = tf.concat([q, ...ctx], 2).reshape([b * T, -1]);
    const logits = tf.relu(zin.matMul(p.w1).add(p.b1)).matMul(p.w2).add(p.b2).reshape([b, T, VOCAB_SIZE]);
    return { logits, attention: attention ? attention.div(this.heads) : null };
  }

  /** Teacher-forced mean cross-entropy over the real (non-padded) target positions. */
  loss(tokens: Tensor, t: CaptionTargets): Tensor {
    return tokenCrossEntropy(this.forward(tokens, t.input).logits, t.output, t.weight);
  }

  dispose(): void {
    for (const x of this.variables) x.dispose();
  }
}

export interface CaptionTargets {
  /** [B][maxLen]: BOS w1 .. w(n-1) (padded). */
  input: number[][];
  /** [B][maxLen]: w1 .. wn EOS (padded). */
  output: number[][];
  /** [B][maxLen]: 1 on real target positions, 0 on padding. */
  weight: number[][];
}

/** Decoder inputs, targets and weights for captions given as word ids (longer ones are cut). */
export function captionTargets(captions: readonly (readonly number[])[], maxLen: number): CaptionTargets {
  const input: number[][] = [];
  const output: number[][] = [];
  const weight: number[][] = [];
  for (const words of captions) {
    const w = words.slice(0, maxLen - 1);
    const inp = [BOS, ...w];
    const out = [...w, EOS];
    input.push([...inp, ...Array(maxLen - inp.length).fill(PAD)]);
    output.push([...out, ...Array(maxLen - out.length).fill(PAD)]);
    weight.push([...out.map(() => 1), ...Array(maxLen - out.length).fill(0)]);
  }
  return { input, output, weight };
}

export interface GeneratedCaption {
  /** Word ids, without BOS and EOS. */
  ids: number[];
  /** Probability of each generated word. */
  probs: number[];
  /** Per generated word (and the EOS, last), the cross-attention over the N patches. */
  attention: number[][];
}

/**
 * Greedy captions for a batch of images (patch tokens [B, N, W]): at each step the decoder
 * reads BOS and its own previous words, the most likely word is appended, until EOS or
 * maxLen - 1 words. All B images advance together (one forward per step).
 */
export async function greedyCaptions(m: Captioner, tokens: Tensor, maxLen = m.config.maxLen): Promise<GeneratedCaption[]> {
  const b = tokens.shape[0]!;
  const seqs = Array.from({ length: b }, () => [BOS]);
  const out: GeneratedCaption[] = Array.from({ length: b }, () => ({ ids: [], probs: [], attention: [] }));
  const done = new Array<boolean>(b).fill(false);
  for (let t = 0; t < maxLen && !done.every(Boolean); t++) {
    const T = t + 1;
    const [pT, aT] = tf.tidy(() => {
      const r = m.forward(tokens, seqs, true);
      const lastP = tf.softmax(r.logits.slice([0, T - 1, 0], [b, 1, VOCAB_SIZE]).reshape([b, VOCAB_SIZE]));
      const lastA = r.attention!.slice([0, T - 1, 0], [b, 1, -1]).reshape([b, -1]);
      return [lastP, lastA];
    });
    const [p, a] = await Promise.all([pT.data(), aT.data()]);
    const n = aT.shape[1]!;
    pT.dispose();
    aT.dispose();
    for (let i = 0; i < b; i++) {
      if (done[i]) {
        seqs[i].push(PAD);
        continue;
      }
      // Never BOS or PAD: the most likely of the rest (EOS ends the caption).
      let best = -1;
      for (let v = 0; v < VOCAB_SIZE; v++) if (v !== PAD && v !== BOS && (best < 0 || p[i * VOCAB_SIZE + v] > p[i * VOCAB_SIZE + best])) best = v;
      const att = Array.from(a.subarray(i * n, (i + 1) * n));
      out[i].attention.push(att);
      if (best === EOS || t === maxLen - 1) {
        done[i] = true;
        seqs[i].push(PAD);
        if (best !== EOS) out[i].attention.pop();
        continue;
      }
      out[i].ids.push(best);
      out[i].probs.push(p[i * VOCAB_SIZE + best]);
      seqs[i].push(best);
    }
  }
  return out;
}

/**
 * The probability the model gives each word of a caption (teacher-forced: reading the
 * caption's own prefix), for a batch of images and their captions. With a blanked image
 * (patch features zeroed) this tells how much each word depends on what is seen.
 */
export async function wordProbabilities(m: Captioner, tokens: Tensor, captions: readonly (readonly number[])[]): Promise<number[][]> {
  const maxLen = Math.max(...captions.map((c) => c.length)) + 1;
  const t = captionTargets(captions, maxLen);
  const pT = tf.tidy(() => {
    const logp = tf.logSoftmax(m.forward(tokens, t.input).logits); // [B, T, V]
    const pick = tf.oneHot(tf.tensor2d(t.output, undefined, 'int32'), VOCAB_SIZE).toFloat();
    return tf.exp(tf.sum(tf.mul(logp, pick), 2)); // [B, T]
  });
  const p = (await pT.array()) as number[][];
  pT.dispose();
  return captions.map((c, i) => p[i].slice(0, c.length));
}
