/**
 * clipLoss and infoNce against cases derived by hand from their definitions:
 * - Radford et al. 2021, "Learning Transferable Visual Models From Natural Language
 *   Supervision", Fig. 3 (numpy-like pseudocode): I_e = l2_normalize(I_f W_i), T_e =
 *   l2_normalize(T_f W_t); logits = I_e T_e^T * exp(t); labels = arange(n); loss_i =
 *   cross_entropy(logits, labels, axis=0); loss_t = cross_entropy(logits, labels, axis=1);
 *   loss = (loss_i + loss_t) / 2. Here exp(t) = 1 / temperature.
 * - van den Oord et al. 2018, "Representation Learning with Contrastive Predictive Coding",
 *   eq. 4: L = -E[log f(x, c_pos) / sum_j f(x, c_j)], with f = exp(q . k / temperature).
 * Then the tfjs loss the trainer minimises is checked against clipLoss on the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { clipLoss, cosineMatrix, infoNce, logSumExp } from './contrastive';
import { ClipModel, clipLossTf } from './clip';
import { makePairs } from './data';
import { VOCAB_SIZE } from './vocab';

const { log, exp, E } = Math;

describe('clipLoss: hand cases', () => {
  it('identical orthonormal pairs, temperature 1: every row and column is softmax([1, 0]) at the 1', () => {
    // logits = I; each direction: log(e^1 + e^0) - 1 = log(1 + 1/e).
    const r = clipLoss([[1, 0], [0, 1]], [[1, 0], [0, 1]], 1);
    expect(r.logits).toEqual([[1, 0], [0, 1]]);
    expect(r.lossImageToText).toBeCloseTo(log(1 + 1 / E), 12);
    expect(r.lossTextToImage).toBeCloseTo(0.31326168751822286, 12);
    expect(r.loss).toBeCloseTo(0.31326168751822286, 12);
  });

  it('normalises rows first, and the temperature divides the cosines', () => {
    // Image 0 = 3 e1, image 1 = 2 e2; text 0 = 5 e2, text 1 = 4 e1: cos = [[0, 1], [1, 0]],
    // logits at T = 0.5 are [[0, 2], [2, 0]]: every row/column costs log(1 + e^2) - 0.
    const r = clipLoss([[3, 0], [0, 2]], [[0, 5], [4, 0]], 0.5);
    expect(r.logits[0][1]).toBeCloseTo(2, 12);
    expect(r.logits[0][0]).toBeCloseTo(0, 12);
    expect(r.loss).toBeCloseTo(log(1 + exp(2)), 12);
    expect(r.loss).toBeCloseTo(2.1269280110429727, 12);
  });

  it('the two directions differ when two images share one direction', () => {
    // Images [e1, e1], texts [e1, e2]: cos = [[1, 0], [1, 0]].
    // Image to text (rows): row 0: log(e + 1) - 1 = log(1 + e^-1); row 1: log(e + 1) - 0.
    // Text to image (columns): column 0 = [1, 1]: log(2e) - 1 = log 2; column 1 = [0, 0]: log 2.
    const r = clipLoss([[1, 0], [1, 0]], [[1, 0], [0, 1]], 1);
    expect(r.lossImageToText).toBeCloseTo((log(1 + exp(-1)) + log(E + 1)) / 2, 12);
    expect(r.lossImageToText).toBeCloseTo(0.8132616875182228, 12);
    expect(r.lossTextToImage).toBeCloseTo(log(2), 12);
    expect(r.loss).toBeCloseTo(0.753204434039084, 12);
    // At T = 0.5 the rows sharpen (log(1 + e^-2), log(1 + e^2)) while the tied columns stay at log 2.
    const h = clipLoss([[1, 0], [1, 0]], [[1, 0], [0, 1]], 0.5);
    expect(h.lossImageToText).toBeCloseTo(1.1269280110429727, 12);
    expect(h.lossTextToImage).toBeCloseTo(log(2), 12);
    expect(h.loss).toBeCloseTo(0.910037595801459, 12);
  });

  it('rejects malformed input', () => {
    expect(() => clipLoss([[1, 0]], [[1, 0], [0, 1]], 1)).toThrow();
    expect(() => clipLoss([[1, 0]], [[1, 0]], 0)).toThrow();
    expect(() => clipLoss([], [], 1)).toThrow();
  });
});

describe('infoNce: hand cases', () => {
  it('plain dot products over the temperature, cross-entropy at the positive', () => {
    // s = [1, 0, -1]: log(e + 1 + 1/e) - 1.
    expect(infoNce([1, 0], [[1, 0], [0, 1], [-1, 0]], 0, 1)).toBeCloseTo(log(E + 1 + 1 / E) - 1, 12);
    expect(infoNce([1, 0], [[1, 0], [0, 1], [-1, 0]], 0, 1)).toBeCloseTo(0.40760596444438035, 12);
    // No normalisation: q = 2 e1 at T = 0.5 gives s = [4, 0, -4]: log(1 + e^-4 + e^-8).
    expect(infoNce([2, 0], [[1, 0], [0, 1], [-1, 0]], 0, 0.5)).toBeCloseTo(0.018479302594657417, 12);
    // The positive need not be first: with positive 2, s_pos = -1: log(e + 1 + 1/e) + 1.
    expect(infoNce([1, 0], [[1, 0], [0, 1], [-1, 0]], 2, 1)).toBeCloseTo(log(E + 1 + 1 / E) + 1, 12);
  });

  it('equals one row of clipLoss when the vectors are unit vectors', () => {
    const rng = new Rng(3);
    const unit = () => {
      const v = [rng.normal(), rng.normal(), rng.normal()];
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const imgs = [unit(), unit(), unit(), unit()];
    const txts = [unit(), unit(), unit(), unit()];
    const r = clipLoss(imgs, txts, 0.3);
    const rows = imgs.map((q, i) => infoNce(q, txts, i, 0.3));
    expect(rows.reduce((a, b) => a + b) / 4).toBeCloseTo(r.lossImageToText, 12);
    const cols = txts.map((q, j) => infoNce(q, imgs, j, 0.3));
    expect(cols.reduce((a, b) => a + b) / 4).toBeCloseTo(r.lossTextToImage, 12);
  });

  it('rejects a bad index or temperature', () => {
    expect(() => infoNce([1], [[1]], 1, 1)).toThrow();
    expect(() => infoNce([1], [[1]], 0, -1)).toThrow();
  });

  it('logSumExp is stable and cosineMatrix is a cosine', () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + log(2), 9);
    expect(cosineMatrix([[2, 0]], [[0, 3], [5, 5]])[0]).toEqual([0, expect.closeTo(Math.SQRT1_2, 12)]);
  });
});

describe('the tfjs CLIP loss agrees with clipLoss', () => {
  it('clipLossTf on the logits clipLoss builds', async () => {
    const tf = await cpuTf();
    const rng = new Rng(11);
    const imgs = Array.from({ length: 5 }, () => [rng.normal(), rng.normal(), rng.normal()]);
    const txts = Array.from({ length: 5 }, () => [rng.normal(), rng.normal(), rng.normal()]);
    const ref = clipLoss(imgs, txts, 0.2);
    const out = tf.tidy(() => {
      const l = clipLossTf(tf.tensor2d(ref.logits));
      return tf.stack([l.loss, l.imageToText, l.textToImage]);
    });
    const [loss, i2t, t2i] = await out.data();
    out.dispose();
    expect(loss).toBeCloseTo(ref.loss, 4);
    expect(i2t).toBeCloseTo(ref.lossImageToText, 4);
    expect(t2i).toBeCloseTo(ref.lossTextToImage, 4);
  });

  it("ClipModel.loss on a batch equals clipLoss on the model's own embeddings and temperature", async () => {
    const tf = await cpuTf();
    const before = tf.memory().numTensors;
    const model = new ClipModel(new Rng(5), { side: 16, temperature: 0.1 });
    const pairs = makePairs(6, 2, {}, { lang: 'both' });
    const [pos, f] = model.image.prepared;
    const out = tf.tidy(() => {
      const x = tf.tensor3d(model.image.prepare(pairs.world.images, 6), [6, pos, f]);
      const b = tf.tensor2d(pairs.bags, [6, VOCAB_SIZE]);
      const l = model.loss(x, b);
      // Raw (unnormalised) encoder outputs: clipLoss must normalise them itself.
      return [model.image.apply(x), model.text.apply(b), tf.stack([l.loss, l.imageToText, l.textToImage])];
    });
    const [ie, te, ls] = await Promise.all(out.map((t) => t.array()));
    out.forEach((t) => t.dispose());
    const ref = clipLoss(ie as number[][], te as number[][], 0.1);
    const [loss, i2t, t2i] = ls as number[];
    expect(loss).toBeCloseTo(ref.loss, 4);
    expect(i2t).toBeCloseTo(ref.lossImageToText, 4);
    expect(t2i).toBeCloseTo(ref.lossTextToImage, 4);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
