/**
 * Encoder-decoder (Vaswani et al. 2017): a bidirectional encoder over the source and a causal
 * decoder whose blocks cross-attend to the encoder's output. Trained with teacher forcing:
 * the decoder reads the true target shifted right (<bos> y1 .. y_{n-1}) and predicts
 * y1 .. yn (see objectives.ts, seq2seqLoss). Forward methods: inside tf.tidy.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { PositionScheme } from './config';
import { Transformer, type TokenInput } from './model';

export interface Seq2SeqConfig {
  srcVocab: number;
  tgtVocab: number;
  dModel: number;
  nHeads: number;
  encLayers: number;
  decLayers: number;
  maxLen: number;
  dFF?: number;
  position?: PositionScheme;
  /** Token id of padding in the source (default 0); padded keys are masked. */
  padId?: number;
}

export interface Seq2SeqResult {
  /** [B, T, tgtVocab]. */
  logits: Tensor;
  /** Per decoder layer [B, H, T, S] (with collect). */
  crossAttention: Tensor[];
  encoderAttention: Tensor[];
  decoderAttention: Tensor[];
}

export class EncoderDecoder {
  readonly encoder: Transformer;
  readonly decoder: Transformer;
  readonly padId: number;

  constructor(readonly config: Seq2SeqConfig, seed: number, name = 's2s') {
    const rng = new Rng(seed);
    const common = { dModel: config.dModel, nHeads: config.nHeads, maxLen: config.maxLen, dFF: config.dFF, position: config.position };
    this.encoder = new Transformer({ ...common, vocabSize: config.srcVocab, nLayers: config.encLayers, causal: false, outputSize: 0 }, rng.seed(), `${name}/enc`);
    this.decoder = new Transformer({ ...common, vocabSize: config.tgtVocab, nLayers: config.decLayers, causal: true, crossAttention: true }, rng.seed(), `${name}/dec`);
    this.padId = config.padId ?? 0;
  }

  /** 0/1 validity of source tokens [B, S]. */
  sourceValid(src: Tensor): Tensor {
    return tf.cast(tf.notEqual(src, this.padId), 'float32');
  }

  /** Encoder output [B, S, D] with padded source keys masked. */
  encode(src: TokenInput, collect = false): { memory: Tensor; attention: Tensor[]; valid: Tensor } {
    const ids = this.encoder.tokens(src);
    const S = ids.shape[1]!;
    const valid = this.sourceValid(ids);
    const mask = tf.tile(tf.expandDims(valid, 1), [1, S, 1]); // [B, S, S]: key padding
    const r = this.encoder.forward(ids, { mask, collect });
    return { memory: r.hidden, attention: r.attention, valid };
  }

  /** Teacher-forced decoder logits for the decoder inputs tgtIn [B, T]. */
  forward(src: TokenInput, tgtIn: TokenInput, collect = false): Seq2SeqResult {
    const enc = this.encode(src, collect);
    const ids = this.decoder.tokens(tgtIn);
    const T = ids.shape[1]!;
    const memoryMask = tf.tile(tf.expandDims(enc.valid, 1), [1, T, 1]); // [B, T, S]
    const r = this.decoder.forward(ids, { memory: enc.memory, memoryMask, collect });
    return { logits: r.logits!, crossAttention: r.crossAttention, encoderAttention: enc.attention, decoderAttention: r.attention };
  }

  variables(): Variable[] {
    return [...this.encoder.variables(), ...this.decoder.variables()];
  }

  /** Parameter groups: the encoder's prefixed 'enc/', the decoder's 'dec/'. */
  groups(): { name: string; vars: Variable[] }[] {
    return [
      ...this.encoder.groupNames.map((g) => ({ name: `enc/${g}`, vars: this.encoder.variables([g]) })),
      ...this.decoder.groupNames.map((g) => ({ name: `dec/${g}`, vars: this.decoder.variables([g]) }))
    ];
  }

  dispose(): void {
    this.encoder.dispose();
    this.decoder.dispose();
  }
}
