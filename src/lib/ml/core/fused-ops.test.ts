// The fused element-wise ops (fused-ops.ts): without a kernel they are the plain tfjs ops,
// bit for bit; with one (here a kernel for the test backend written in JS, standing in for
// the WebGL shaders, which tests/e2e/demos.spec.ts checks in a browser) they give the same
// values, second derivatives included (the registered gradient); a wrong kernel is caught
// by the start-up check and not used.
// Reference: relu'(y) = 1 for y > 0, else 0 (tfjs's Step with alpha 0; NaN stays NaN).
import { afterEach, describe, expect, it } from 'vitest';
import { cpuTf } from './tf-cpu';
import { Rng } from './random';
import { AXPY, COL_SUM, RELU_GRAD, axpy, checkFusedKernels, colSum, reluGrad } from './fused-ops';
import { dense } from '../nn/mlp';
import type { Tensor } from './tf';
import type { Scalar } from '@tensorflow/tfjs-core';

const tf = await cpuTf();
const backendName = tf.getBackend();

type Info = { dataId: object; shape: number[] };
type Backend = { readSync(id: object): Float32Array; write(values: Float32Array, shape: number[], dtype: 'float32'): object };

/** Register a JS kernel for the test backend: f maps the two inputs' values, element-wise. */
function fakeKernel(name: string, f: (a: number, b: number, attrs: Record<string, number>) => number) {
  tf.registerKernel({
    kernelName: name,
    backendName,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const [a, b] = Object.values(inputs) as unknown as Info[];
      const be = backend as unknown as Backend;
      const [av, bv] = [be.readSync(a.dataId), be.readSync(b.dataId)];
      const out = Float32Array.from(av, (x, i) => f(x, bv[i], attrs as Record<string, number>));
      return { dataId: be.write(out, a.shape, 'float32'), shape: a.shape, dtype: 'float32' } as never;
    }
  });
}
/** A column-sum kernel in JS (rows summed in order, in float32). */
function fakeColSum(bias = 0) {
  tf.registerKernel({
    kernelName: COL_SUM,
    backendName,
    kernelFunc: ({ inputs, backend }) => {
      const x = Object.values(inputs)[0] as unknown as Info;
      const be = backend as unknown as Backend;
      const v = be.readSync(x.dataId);
      const [rows, m] = x.shape;
      const out = new Float32Array(m).fill(bias);
      for (let r = 0; r < rows; r++) for (let c = 0; c < m; c++) out[c] = Math.fround(out[c] + v[r * m + c]);
      return { dataId: be.write(out, [m], 'float32'), shape: [m], dtype: 'float32' } as never;
    }
  });
}
const unregister = () => {
  for (const k of [AXPY, RELU_GRAD, COL_SUM]) if (tf.getKernel(k, backendName)) tf.unregisterKernel(k, backendName);
};
afterEach(unregister);

const vals = (t: Tensor) => Array.from(t.dataSync());

describe('fused ops', () => {
  it('without a kernel are the plain ops, bit for bit (a hand case for each)', () => {
    unregister();
    const w = tf.tensor1d([1, -2, 0.5]);
    const g = tf.tensor1d([10, 4, -1]);
    expect(vals(axpy(w, -0.1, g))).toEqual(vals(tf.add(w, tf.mul(tf.scalar(-0.1), g))));
    expect(vals(axpy(tf.tensor1d([1, 2]), 2, tf.tensor1d([3, -1])))).toEqual([7, 0]);
    const dy = tf.tensor2d([[1, 2, 3, 4]]);
    const y = tf.tensor2d([[0.5, 0, -1, NaN]]);
    expect(vals(reluGrad(dy, y))).toEqual([1, 0, 0, NaN]);
    const m = tf.tensor2d([[1, 2], [3, 4], [5, -6]]);
    expect(vals(colSum(m))).toEqual([9, 0]);
    expect(vals(colSum(m))).toEqual(vals(tf.sum(m, 0)));
  });

  it('with a kernel give the same values, and the same second derivative through a dense layer', async () => {
    // The unfused gradient penalty first, on the plain ops.
    const rng = new Rng(5);
    const w = tf.variable(tf.tensor2d(rng.normals(2 * 3), [2, 3]));
    const b = tf.variable(tf.tensor1d(rng.normals(3)));
    const w2 = tf.tensor2d(rng.normals(3), [3, 1]);
    const xs = tf.tensor2d(rng.normals(6 * 2), [6, 2]);
    const penalty = () => {
      const g = tf.grad((xi: Tensor) => tf.sum(tf.matMul(dense(xi, w, b, 'relu'), w2)))(xs);
      return tf.sum(tf.square(g)) as Scalar;
    };
    const plain = tf.variableGrads(penalty, [w, b]).grads;
    const dy = tf.tensor2d(rng.normals(8), [2, 4]);
    const y = tf.tensor2d([0.5, 0, -1, NaN, 2, -0.1, 1e-8, -3], [2, 4]);
    const plainRelu = vals(reluGrad(dy, y));
    const plainAxpy = vals(axpy(dy, 0.3, y));
    const plainSum = vals(colSum(dy));
    const plainBias = tf.variableGrads(() => tf.sum(tf.square(dense(xs, w, b, 'relu'))) as Scalar, [w, b]).grads;

    fakeKernel(AXPY, (a, c, at) => Math.fround(a + Math.fround(Math.fround(at.s) * c)));
    fakeKernel(RELU_GRAD, (a, c) => (Number.isNaN(c) ? NaN : a * (c > 0 ? 1 : 0)));
    fakeColSum();
    const viaKernel = await tf.profile(() => {
      reluGrad(dy, y);
    });
    expect(viaKernel.kernels.map((k) => k.name)).toContain(RELU_GRAD);
    expect(vals(reluGrad(dy, y))).toEqual(plainRelu);
    expect(vals(axpy(dy, 0.3, y))).toEqual(plainAxpy);
    vals(colSum(dy)).forEach((x, i) => expect(x).toBeCloseTo(plainSum[i], 5));
    // The bias gradient of a dense layer goes through colSum, and its own gradient is registered.
    const fusedBias = tf.variableGrads(() => tf.sum(tf.square(dense(xs, w, b, 'relu'))) as Scalar, [w, b]).grads;
    vals(fusedBias[b.name]).forEach((x, i) => expect(x).toBeCloseTo(vals(plainBias[b.name])[i], 5));
    const sumOfSum = tf.grad((x: Tensor) => tf.sum(tf.square(colSum(x))))(dy);
    expect(vals(sumOfSum)).toEqual(vals(tf.grad((x: Tensor) => tf.sum(tf.square(tf.sum(x, 0))))(dy)));
    const fused = tf.variableGrads(penalty, [w, b]).grads;
    // (b reaches the penalty only through step(y), whose gradient is zero: neither has one for b.)
    expect(Object.keys(fused)).toEqual(Object.keys(plain));
    vals(fused[w.name]).forEach((x, i) => expect(x).toBeCloseTo(vals(plain[w.name])[i], 5));
    const check = checkFusedKernels();
    expect(check.trusted).toBe(true);
    expect(check.error[AXPY]).toBe(0);
    expect(check.error[RELU_GRAD]).toBe(0);
    expect(check.error[COL_SUM]).toBeLessThan(1e-5);
    w.dispose();
    b.dispose();
  });

  it('a wrong kernel fails the start-up check and the plain ops serve instead', async () => {
    fakeKernel(AXPY, (a, c, at) => a + at.s * c);
    fakeKernel(RELU_GRAD, (a, c) => (c >= 0 ? a : 0)); // wrong at y = 0 and at NaN
    const check = checkFusedKernels();
    expect(check.trusted).toBe(false);
    expect(check.error[AXPY]).toBeLessThan(1e-6);
    expect(Number.isNaN(check.error[RELU_GRAD]) || check.error[RELU_GRAD] > 0.1).toBe(true);
    unregister();
    fakeColSum(0.01); // off by 0.01 in every sum
    expect(checkFusedKernels().trusted).toBe(false);
    expect(vals(colSum(tf.tensor2d([[1], [2]])))).toEqual([3]);
    fakeKernel(AXPY, (a, c, at) => a + at.s * c);
    fakeKernel(RELU_GRAD, (a, c) => (c >= 0 ? a : 0));
    const p = await tf.profile(() => {
      reluGrad(tf.tensor1d([1, 2]), tf.tensor1d([0, 1]));
    });
    expect(p.kernels.map((k) => k.name)).not.toContain(RELU_GRAD);
    expect(vals(reluGrad(tf.tensor1d([1, 2]), tf.tensor1d([0, 1])))).toEqual([0, 2]);
    // A later check that passes trusts the backend again.
    unregister();
    expect(checkFusedKernels().trusted).toBe(true);
  });

  it('leak nothing', () => {
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      axpy(tf.ones([3]), 1, tf.ones([3]));
      reluGrad(tf.ones([3]), tf.ones([3]));
      colSum(tf.ones([3, 2]));
    });
    fakeColSum();
    checkFusedKernels();
    expect(tf.memory().numTensors).toBe(before);
  });
});
