/**
 * The encoders: the prepared windows equal what tf.conv2d reads, the ConvEncoder equals the
 * same network written with tf.conv2d, the ViT's attention rows are distributions, the bag
 * encoder ignores word order, and nothing leaks.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import type { Tensor4D } from '@tensorflow/tfjs-core';
import { Rng } from '$lib/ml/core/random';
import { BagTextEncoder, ConvEncoder, imageWindows, imageWindowsTf, VitEncoder } from './encoders';
import { makeWorld } from './world';
import { bagOfWords, encode } from './tokenizer';
import { VOCAB_SIZE } from './vocab';

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return a.length === b.length ? m : Infinity;
};

describe('image windows', () => {
  it('match tf.conv2d with an identity kernel (same and valid padding)', async () => {
    const tf = await cpuTf();
    const w = makeWorld(3, 1, { side: 16, objects: 2 });
    for (const [k, s, pad] of [[3, 2, 'same'], [4, 4, 'valid'], [2, 2, 'valid']] as const) {
      const ref = tf.tidy(() => imageWindowsTf(tf.tensor4d(w.images, [3, 16, 16, 3]), k, s, pad));
      expect(maxDiff(imageWindows(w.images, 3, 16, k, s, pad), await ref.data())).toBeLessThan(1e-6);
      ref.dispose();
    }
  });
});

describe('ConvEncoder', () => {
  it('equals the same network written with tf.conv2d; prepare and prepareTf agree', async () => {
    const tf = await cpuTf();
    const before = tf.memory().numTensors;
    const enc = new ConvEncoder(new Rng(4), { side: 16, out: 8 });
    const w = makeWorld(4, 2, { side: 16, objects: 'mixed' });
    const [pos, f] = enc.prepared;
    const [mine, viaTf, ref] = tf.tidy(() => {
      const x = tf.tensor4d(w.images, [4, 16, 16, 3]);
      const mine = enc.apply(tf.tensor3d(enc.prepare(w.images, 4), [4, pos, f]));
      const viaTf = enc.apply(enc.prepareTf(x));
      const k = enc.kernels();
      const h1 = tf.relu(tf.conv2d(x, k.k1 as Tensor4D, 4, 'valid').add(k.b1));
      const h2 = tf.relu(tf.conv2d(h1 as Tensor4D, k.k2 as Tensor4D, 2, 'valid').add(k.b2)); // [4, 2, 2, c2]
      const flat = tf.concat([h2.reshape([4, -1]), h2.max([1, 2])], 1);
      return [mine, viaTf, flat.matMul(k.w).add(k.b)];
    });
    expect(maxDiff(await mine.data(), await ref.data())).toBeLessThan(1e-4);
    expect(maxDiff(await viaTf.data(), await ref.data())).toBeLessThan(1e-4);
    tf.dispose([mine, viaTf, ref]);
    enc.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects a side the two convolutions cannot tile', () => {
    expect(() => new ConvEncoder(new Rng(1), { side: 20, out: 4 })).toThrow();
  });
});

describe('VitEncoder', () => {
  it('patch-size knob: tokens = (side / patch)^2, attention rows sum to 1, prepare = prepareTf', async () => {
    const tf = await cpuTf();
    const before = tf.memory().numTensors;
    const w = makeWorld(2, 3, { side: 16 });
    for (const patch of [2, 4, 8]) {
      const vit = new VitEncoder(new Rng(1), { side: 16, patch, out: 6 });
      expect(vit.tokens).toBe((16 / patch) ** 2);
      const [a, y1, y2] = tf.tidy(() => {
        const p = tf.tensor3d(vit.prepare(w.images, 2), [2, ...vit.prepared]);
        return [vit.attention(p), vit.apply(p), vit.apply(vit.prepareTf(tf.tensor4d(w.images, [2, 16, 16, 3])))];
      });
      expect(a.shape).toEqual([2, vit.tokens, vit.tokens]);
      const sums = tf.tidy(() => a.sum(-1));
      const rows = (await sums.data()) as Float32Array;
      sums.dispose();
      for (const r of rows) expect(r).toBeCloseTo(1, 5);
      expect(y1.shape).toEqual([2, 6]);
      expect(maxDiff(await y1.data(), await y2.data())).toBeLessThan(1e-4);
      tf.dispose([a, y1, y2]);
      vit.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(() => new VitEncoder(new Rng(1), { side: 16, patch: 3, out: 2 })).toThrow();
  });
});

describe('BagTextEncoder', () => {
  it('gives swapped bindings the same vector (a bag has no word order)', async () => {
    const tf = await cpuTf();
    const enc = new BagTextEncoder(new Rng(2), { vocab: VOCAB_SIZE, out: 5 });
    const bags = bagOfWords(['a red circle left of a blue square', 'a blue circle left of a red square', 'a red square'].map(encode));
    const y = tf.tidy(() => enc.apply(tf.tensor2d(bags, [3, VOCAB_SIZE])));
    const v = (await y.array()) as number[][];
    y.dispose();
    enc.dispose();
    expect(maxDiff(v[0], v[1])).toBeLessThan(1e-6);
    expect(maxDiff(v[0], v[2])).toBeGreaterThan(1e-3);
  });
});
