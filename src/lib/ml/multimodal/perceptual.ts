/**
 * Losses for image synthesis on the generated scenes: distortions of an image (shift, blur,
 * noise), pixel losses (MSE, MAE), SSIM, and a feature distance measured by a small conv
 * net trained on the scenes (a perceptual loss: Johnson et al. 2016 use VGG features; here
 * a two-layer ConvEncoder trained in the page to name each scene's colour and shape).
 * Images are side x side x 3, row-major, values in [0, 1]. Plain TypeScript except FeatureNet.
 */
import { tf, type Tensor, type Variable } from '../core/tf';
import type { Rng } from '../core/random';
import { ConvEncoder } from './encoders';
import { FEATURE_LAYERS, type FeatureLayer } from './feature-layers';

/** The image moved by (dx, dy) pixels (right, down); uncovered pixels are black (the background). */
export function shiftImage(img: ArrayLike<number>, side: number, dx: number, dy: number): Float32Array {
  const out = new Float32Array(side * side * 3);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const sx = x - dx;
      const sy = y - dy;
      if (sx < 0 || sy < 0 || sx >= side || sy >= side) continue;
      for (let c = 0; c < 3; c++) out[3 * (y * side + x) + c] = img[3 * (sy * side + sx) + c];
    }
  return out;
}

/** Gaussian blur of standard deviation sigma (pixels), kernel radius ceil(2 sigma), zero padding renormalised. */
export function blurImage(img: ArrayLike<number>, side: number, sigma: number): Float32Array {
  if (sigma <= 0) return Float32Array.from(img);
  const r = Math.ceil(2 * sigma);
  const k = Array.from({ length: 2 * r + 1 }, (_, i) => Math.exp(-((i - r) ** 2) / (2 * sigma * sigma)));
  const pass = (src: ArrayLike<number>, horizontal: boolean) => {
    const out = new Float32Array(side * side * 3);
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++)
        for (let c = 0; c < 3; c++) {
          let s = 0;
          let w = 0;
          for (let i = -r; i <= r; i++) {
            const xx = horizontal ? x + i : x;
            const yy = horizontal ? y : y + i;
            if (xx < 0 || yy < 0 || xx >= side || yy >= side) continue;
            s += k[i + r] * src[3 * (yy * side + xx) + c];
            w += k[i + r];
          }
          out[3 * (y * side + x) + c] = s / w;
        }
    return out;
  };
  return pass(pass(img, true), false);
}

/** The image plus Gaussian noise of standard deviation std, clipped to [0, 1]. */
export function noisyImage(img: ArrayLike<number>, std: number, rng: Rng): Float32Array {
  return Float32Array.from(img, (v) => Math.min(1, Math.max(0, v + rng.normal(0, std))));
}

export function mse(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s / a.length;
}

export function mae(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s / a.length;
}

/**
 * SSIM (Wang et al. 2004, eq. 13) with a uniform window of w x w pixels (default 7, as
 * skimage's default), C1 = (0.01 L)^2, C2 = (0.03 L)^2 with L = 1, on each channel; the
 * mean over all valid windows and the three channels. 1 for identical images.
 */
export function ssim(a: ArrayLike<number>, b: ArrayLike<number>, side: number, w = 7): number {
  const c1 = 0.01 ** 2;
  const c2 = 0.03 ** 2;
  const n = w * w;
  let total = 0;
  let count = 0;
  for (let c = 0; c < 3; c++)
    for (let y0 = 0; y0 + w <= side; y0++)
      for (let x0 = 0; x0 + w <= side; x0++) {
        let ma = 0, mb = 0;
        for (let y = y0; y < y0 + w; y++)
          for (let x = x0; x < x0 + w; x++) {
            ma += a[3 * (y * side + x) + c];
            mb += b[3 * (y * side + x) + c];
          }
        ma /= n;
        mb /= n;
        let va = 0, vb = 0, cov = 0;
        for (let y = y0; y < y0 + w; y++)
          for (let x = x0; x < x0 + w; x++) {
            const da = a[3 * (y * side + x) + c] - ma;
            const db = b[3 * (y * side + x) + c] - mb;
            va += da * da;
            vb += db * db;
            cov += da * db;
          }
        // Sample (co)variances, as skimage (n - 1).
        va /= n - 1;
        vb /= n - 1;
        cov /= n - 1;
        total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
        count++;
      }
  return total / count;
}

/**
 * The feature space: a ConvEncoder (4x4 stride-4 stem, 2x2 stride-2 conv) trained to name
 * each scene's combination. An image's feature vector pools the two maps over positions:
 * [mean of map 1, max of map 1, max of map 2], so it says what the net detects, not exactly
 * where (pooling is what makes it tolerant of small shifts).
 */
export { FEATURE_LAYERS, type FeatureLayer };

export class FeatureNet {
  readonly enc: ConvEncoder;
  readonly side: number;
  readonly dim: number;

  constructor(rng: Rng, side: number, classes: number, readonly layer: FeatureLayer = 'maps', stem = 2, channels: [number, number] = [12, 24], name = 'percept') {
    this.side = side;
    this.enc = new ConvEncoder(rng, { side, stem, channels, out: classes }, name);
    this.dim = layer === 'maps' ? 2 * channels[0] + channels[1] : layer === 'pooled' ? channels[1] : classes;
  }

  /**
   * Feature vectors [B, dim] of prepared windows (enc.prepare / enc.prepareTf), by layer:
   * 'maps' = [mean of map 1, max of map 1, max of map 2]; 'pooled' = max of map 2 over
   * positions; 'logits' = the net's class scores (the deepest, most position-free layer).
   */
  features(prepared: Tensor): Tensor {
    if (this.layer === 'logits') return this.enc.apply(prepared);
    const f = this.enc.features(prepared);
    const c2 = this.enc.channels[1];
    const max2 = f.slice([0, f.shape[1]! - c2], [-1, c2]);
    if (this.layer === 'pooled') return max2;
    const m1 = this.enc.map1(prepared);
    return tf.concat([m1.mean(1), m1.max(1), max2], 1);
  }

  /** Class logits [B, classes]. */
  logits(prepared: Tensor): Tensor {
    return this.enc.apply(prepared);
  }

  /** Images [B, side, side, 3] -> feature vectors, differentiable in the images. */
  featuresOfImages(x: Tensor): Tensor {
    return this.features(this.enc.prepareTf(x));
  }

  get variables(): Variable[] {
    return this.enc.variables;
  }
  dispose(): void {
    this.enc.dispose();
  }
}

/** Mean squared distance between two feature vectors (plain arrays). */
export function featureDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return mse(a, b);
}
