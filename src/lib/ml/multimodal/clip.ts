/**
 * A CLIP-style dual encoder (Radford et al. 2021): an image encoder (ConvEncoder or
 * VitEncoder) and a bag-of-words text encoder map into one embedding space; rows are
 * L2-normalised; logits = cos * s with a learnable logit scale s = exp(logScale) = 1 /
 * temperature, initialised at 1 / 0.07 and clamped at 100 after every step, as in the paper.
 * The loss is the symmetric cross-entropy of ./contrastive.ts's clipLoss, in tfjs. Images
 * enter prepared (ImageEncoder.prepare), captions as bags of words (tokenizer.bagOfWords).
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';
import { ownedVariable } from '../nn/mlp';
import { BagTextEncoder, ConvEncoder, VitEncoder, varName, type ImageEncoder } from './encoders';
import { VOCAB_SIZE } from './vocab';

export const INIT_TEMPERATURE = 0.07;
export const MAX_LOGIT_SCALE = 100;

export interface ClipSpec {
  side: number;
  /** Image encoder kind (default 'conv'). */
  image?: 'conv' | 'vit';
  /** ViT patch side (default 4). */
  patch?: number;
  /** Conv stem (default 4) and channels (default [12, 24]). */
  stem?: number;
  channels?: [number, number];
  maxPool?: boolean;
  /** ViT token width (default 16). */
  vitDim?: number;
  /** Joint embedding width (default 16). */
  dim?: number;
  /** Text encoder's word-vector (= ReLU) width (default 32). */
  textHidden?: number;
  /** Initial temperature (default 0.07). */
  temperature?: number;
  /** Whether the temperature is trained (default true). */
  learnTemperature?: boolean;
}

/** Symmetric CLIP loss of a square logits matrix (pair i matches i): the mean of both directions. */
export function clipLossTf(logits: Tensor): { loss: Tensor; imageToText: Tensor; textToImage: Tensor } {
  const diag = tf.mul(logits, tf.eye(logits.shape[0])).sum(1);
  const imageToText = tf.logSumExp(logits, 1).sub(diag).mean();
  const textToImage = tf.logSumExp(logits, 0).sub(diag).mean();
  return { loss: imageToText.add(textToImage).div(2), imageToText, textToImage };
}

/** Rows scaled to unit L2 norm. */
export const normalizeRows = (x: Tensor): Tensor => x.div(x.square().sum(1, true).add(1e-12).sqrt());

export class ClipModel {
  readonly image: ImageEncoder;
  readonly text: BagTextEncoder;
  readonly logScale: Variable;
  readonly learnTemperature: boolean;
  readonly dim: number;

  constructor(rng: Rng, readonly spec: ClipSpec, name = 'clip') {
    const dim = (this.dim = spec.dim ?? 16);
    this.image =
      (spec.image ?? 'conv') === 'vit'
        ? new VitEncoder(rng, { side: spec.side, patch: spec.patch ?? 4, dim: spec.vitDim ?? 16, out: dim }, `${name}/vit`)
        : new ConvEncoder(rng, { side: spec.side, stem: spec.stem, channels: spec.channels, maxPool: spec.maxPool, out: dim }, `${name}/conv`);
    this.text = new BagTextEncoder(rng, { vocab: VOCAB_SIZE, hidden: spec.textHidden ?? 32, out: dim }, `${name}/text`);
    this.learnTemperature = spec.learnTemperature ?? true;
    this.logScale = ownedVariable(tf.scalar(Math.log(1 / (spec.temperature ?? INIT_TEMPERATURE))), varName(`${name}/logScale`), this.learnTemperature);
  }

  /** Unit image embeddings of prepared images (see ImageEncoder.prepare), [B, dim]. */
  embedImages(prepared: Tensor): Tensor {
    return normalizeRows(this.image.apply(prepared));
  }
  /** Unit text embeddings of bags of words, [B, dim]. */
  embedTexts(bag: Tensor): Tensor {
    return normalizeRows(this.text.apply(bag));
  }
  /** logits[i][j] = cos(image i, text j) / temperature. */
  logits(x: Tensor, bag: Tensor): Tensor {
    return tf.matMul(this.embedImages(x), this.embedTexts(bag), false, true).mul(this.logScale.exp());
  }
  loss(x: Tensor, bag: Tensor) {
    return clipLossTf(this.logits(x, bag));
  }
  /** CLIP's clamp: the logit scale never exceeds 100 (temperature never below 0.01). */
  clamp(): void {
    tf.tidy(() => this.logScale.assign(tf.minimum(this.logScale, Math.log(MAX_LOGIT_SCALE))));
  }
  /** Trainable variables (the logit scale only when it is learned). */
  get variables(): Variable[] {
    return [...this.image.variables, ...this.text.variables, ...(this.learnTemperature ? [this.logScale] : [])];
  }
  dispose(): void {
    this.image.dispose();
    this.text.dispose();
    this.logScale.dispose();
  }
}
