/**
 * The fused dense layer against its definition, y = act(x W + b) (the ops tfjs itself would
 * run unfused: add(matMul(x, W), b), then relu), forward and backward. The gradients are the
 * textbook ones of a dense layer (e.g. Goodfellow, Bengio & Courville, "Deep Learning",
 * section 6.5): dZ = dy * 1[z > 0], dx = dZ W^T, dW = x^T dZ, db = sum of dZ over the batch.
 * A small case is worked by hand; the rest compare with tfjs's own unfused gradients (bit for
 * bit on the cpu backend, where the fused kernel runs the same three ops; to float rounding
 * on wasm, whose fused kernel adds the bias inside the matrix product).
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { dense, Mlp } from './mlp';
import type { Tensor } from '../core/tf';
import type { Scalar } from '@tensorflow/tfjs-core';

const tf = await cpuTf();
const exact = tf.getBackend() === 'cpu';

function same(a: Tensor, b: Tensor) {
  const [x, y] = [a.dataSync(), b.dataSync()];
  expect(a.shape).toEqual(b.shape);
  if (exact) expect(Array.from(x)).toEqual(Array.from(y));
  else x.forEach((v, i) => expect(v).toBeCloseTo(y[i], 5));
}

const unfused = (x: Tensor, w: Tensor, b: Tensor, act: 'relu' | 'linear') => {
  const z = tf.add(tf.matMul(x, w), b);
  return act === 'relu' ? tf.relu(z) : z;
};

describe('dense (fused matMul + bias + activation)', () => {
  // x = [[1, 2], [3, 4]], W = [[1, -1], [0.5, 2]], b = [0.5, -3]:
  // x W = [[1 + 1, -1 + 4], [3 + 2, -3 + 8]] = [[2, 3], [5, 5]]; + b = [[2.5, 0], [5.5, 2]].
  // The second column's first entry is exactly 0: relu gives 0 and its gradient is 0 (step(0) = 0).
  const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
  const w = tf.tensor2d([1, -1, 0.5, 2], [2, 2]);
  const b = tf.tensor1d([0.5, -3]);

  it('computes relu(x W + b) and its gradients, worked by hand', () => {
    expect(Array.from(dense(x, w, b, 'relu').dataSync())).toEqual([2.5, 0, 5.5, 2]);
    expect(Array.from(dense(x, w, b, 'linear').dataSync())).toEqual([2.5, 0, 5.5, 2]);
    // Loss = sum(y): dy = 1, dZ = [[1, 0], [1, 1]] (z = 0 gets no gradient).
    const [dx, dw, db] = tf.grads((xi: Tensor, wi: Tensor, bi: Tensor) => tf.sum(dense(xi, wi, bi, 'relu')))([x, w, b]);
    // dx = dZ W^T = [[1, 0.5], [1 - 1, 0.5 + 2]] = [[1, 0.5], [0, 2.5]].
    expect(Array.from(dx.dataSync())).toEqual([1, 0.5, 0, 2.5]);
    // dW = x^T dZ = [[1 + 3, 0 + 3], [2 + 4, 0 + 4]] = [[4, 3], [6, 4]].
    expect(Array.from(dw.dataSync())).toEqual([4, 3, 6, 4]);
    // db = column sums of dZ = [2, 1].
    expect(Array.from(db.dataSync())).toEqual([2, 1]);
  });

  it('matches the unfused ops forward and backward on random data, both activations', () => {
    const rng = new Rng(7);
    const xr = tf.tensor2d(rng.normals(6 * 5), [6, 5]);
    const wr = tf.tensor2d(rng.normals(5 * 4), [5, 4]);
    const br = tf.tensor1d(rng.normals(4));
    const dy = tf.tensor2d(rng.normals(6 * 4), [6, 4]);
    for (const act of ['relu', 'linear'] as const) {
      same(dense(xr, wr, br, act), unfused(xr, wr, br, act));
      const loss = (f: typeof unfused) => (a: Tensor, c: Tensor, d: Tensor) => tf.sum(tf.mul(f(a, c, d, act), dy));
      const fused = tf.grads(loss((a, c, d, k) => dense(a, c, d, k)))([xr, wr, br]);
      const plain = tf.grads(loss(unfused))([xr, wr, br]);
      fused.forEach((g, i) => same(g, plain[i]));
    }
  });

  it("with grads 'params' gives the same weight gradients, keeps an input made inside the gradient function, and sends none back to it", () => {
    const rng = new Rng(3);
    const wv = tf.variable(tf.tensor2d(rng.normals(3 * 2), [3, 2]));
    const bv = tf.variable(tf.tensor1d(rng.normals(2)));
    const src = tf.variable(tf.tensor2d(rng.normals(4 * 3), [4, 3]));
    // x is made inside f (as a GAN's concat of real and fake points is): it must outlive f.
    const run = (grads: 'all' | 'params') =>
      tf.variableGrads(() => tf.sum(dense(tf.mul(src, 2), wv, bv, 'relu', grads)) as Scalar, [wv, bv, src]).grads;
    const withDx = run('all');
    const without = run('params');
    same(without[wv.name], withDx[wv.name]);
    same(without[bv.name], withDx[bv.name]);
    expect(without[src.name]).toBeUndefined();
    expect(withDx[src.name]).toBeDefined();
    for (const v of [wv, bv, src]) v.dispose();
  });

  it("with grads 'input' gives the same input gradient and none to the layer's own weights", () => {
    const rng = new Rng(4);
    const wv = tf.variable(tf.tensor2d(rng.normals(3 * 2), [3, 2]));
    const bv = tf.variable(tf.tensor1d(rng.normals(2)));
    const src = tf.variable(tf.tensor2d(rng.normals(4 * 3), [4, 3]));
    const dy = tf.tensor2d(rng.normals(4 * 2), [4, 2]);
    const run = (grads: 'all' | 'input') =>
      tf.variableGrads(() => tf.sum(tf.mul(dense(tf.mul(src, 2), wv, bv, 'relu', grads), dy)) as Scalar, [wv, bv, src]).grads;
    const all = run('all');
    const only = run('input');
    same(only[src.name], all[src.name]);
    expect(only[wv.name]).toBeUndefined();
    expect(only[bv.name]).toBeUndefined();
    // And an Mlp held fixed: x's gradient unchanged, through every layer.
    const net = new Mlp({ input: 3, hidden: [5, 4], output: 1 }, new Rng(6), 'fixed');
    const gx = (grads: 'all' | 'input') => tf.grad((x: Tensor) => tf.sum(tf.square(net.apply(x, grads))))(src);
    same(gx('input'), gx('all'));
    for (const v of [wv, bv, src]) v.dispose();
    net.dispose();
  });

  it('has the unfused second derivative (the gradient penalty differentiates a gradient)', () => {
    const rng = new Rng(5);
    const wv = tf.variable(tf.tensor2d(rng.normals(2 * 3), [2, 3]));
    const bv = tf.variable(tf.tensor1d(rng.normals(3)));
    const w2 = tf.tensor2d(rng.normals(3), [3, 1]);
    const xs = tf.tensor2d(rng.normals(5 * 2), [5, 2]);
    const penalty = (layer: typeof unfused) => () => {
      const g = tf.grad((xi: Tensor) => tf.sum(tf.matMul(layer(xi, wv, bv, 'relu'), w2)))(xs);
      return tf.sum(tf.square(g)) as Scalar;
    };
    const a = tf.variableGrads(penalty((p, q, r, k) => dense(p, q, r, k)), [wv, bv]).grads;
    const b2 = tf.variableGrads(penalty(unfused), [wv, bv]).grads;
    same(a[wv.name], b2[wv.name]);
    wv.dispose();
    bv.dispose();
  });

  it('an Mlp training step leaks no tensors', () => {
    const net = new Mlp({ input: 2, hidden: [8, 8], output: 1 }, new Rng(1), 'leak');
    const xb = tf.tensor2d(new Rng(2).normals(16 * 2), [16, 2]);
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const { grads } = tf.variableGrads(() => tf.mean(tf.square(net.apply(xb, 'params'))) as Scalar, net.variables);
      net.variables.forEach((v) => v.assign(tf.sub(v, tf.mul(0.1, grads[v.name]))));
    });
    expect(tf.memory().numTensors).toBe(before);
    net.dispose();
  });
});
