/**
 * Reference cases for the CE and squared-error gradients through a softmax.
 * - dCE/dz = p - y: Bishop, Pattern Recognition and Machine Learning (2006), eqs. 4.106
 *   (softmax Jacobian) and 4.109 (softmax + cross-entropy gradient).
 * - dMSE/dz: the same Jacobian applied to 2 (p - y) (chain rule), as in Golik, Doetsch & Ney,
 *   "Cross-Entropy vs. Squared Error Training", Interspeech 2013, section 2. Hand-derived
 *   closed forms for V = 2: dCE/dz_c = p - 1, dMSE/dz_c = -4 p (1 - p)^2.
 * - Numbers checked by central finite differences and by tfjs autodiff of ./tf-losses.ts.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import type { Tensor } from '$lib/ml/core/tf';
import {
  crossEntropy,
  crossEntropyGrad,
  logitGrid,
  logitsForTrueProb,
  softmax,
  squaredError,
  squaredErrorGrad,
  trueLogitGradCurve
} from './gradients';
import { crossEntropyLoss, squaredErrorLoss } from './tf-losses';

const fd = (f: (z: number[]) => number, z: number[], j: number, h = 1e-5) => {
  const a = [...z];
  const b = [...z];
  a[j] += h;
  b[j] -= h;
  return (f(a) - f(b)) / (2 * h);
};

describe('softmax losses: values and gradients', () => {
  it('two classes: hand-derived closed forms (CE p - 1, MSE -4p(1 - p)^2)', () => {
    for (const p of [0.001, 0.01, 0.2, 0.5, 0.9, 0.999]) {
      const z = logitsForTrueProb(p, 2);
      expect(softmax(z)[0]).toBeCloseTo(p, 12);
      expect(crossEntropy(z, 0)).toBeCloseTo(-Math.log(p), 10);
      expect(squaredError(z, 0)).toBeCloseTo(2 * (1 - p) ** 2, 12);
      expect(crossEntropyGrad(z, 0)[0]).toBeCloseTo(p - 1, 12);
      expect(squaredErrorGrad(z, 0)[0]).toBeCloseTo(-4 * p * (1 - p) ** 2, 12);
    }
    // The answer's worked example: at p = 0.01 CE's push is -0.99, MSE's -0.0396 (25x smaller).
    const z = logitsForTrueProb(0.01, 2);
    expect(crossEntropyGrad(z, 0)[0]).toBeCloseTo(-0.99, 12);
    expect(squaredErrorGrad(z, 0)[0]).toBeCloseTo(-0.039204, 12);
  });

  it('V = 3, z = (1, 2, 0), true class 0: values worked by hand', () => {
    const z = [1, 2, 0];
    const e = [Math.E, Math.E ** 2, 1];
    const s = e[0] + e[1] + e[2];
    const p = e.map((v) => v / s);
    expect(softmax(z)).toEqual(p.map((v) => expect.closeTo(v, 14)));
    expect(crossEntropyGrad(z, 0)).toEqual([p[0] - 1, p[1], p[2]].map((v) => expect.closeTo(v, 14)));
    const r = [p[0] - 1, p[1], p[2]];
    const dot = r[0] * p[0] + r[1] * p[1] + r[2] * p[2];
    const want = p.map((pj, j) => 2 * pj * (r[j] - dot));
    expect(squaredErrorGrad(z, 0)).toEqual(want.map((v) => expect.closeTo(v, 14)));
  });

  it('both gradients match central finite differences on random logits', () => {
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 6 - 3;
    for (let trial = 0; trial < 20; trial++) {
      const V = 2 + (trial % 7);
      const z = Array.from({ length: V }, rnd);
      const c = trial % V;
      const gce = crossEntropyGrad(z, c);
      const gmse = squaredErrorGrad(z, c);
      for (let j = 0; j < V; j++) {
        expect(gce[j]).toBeCloseTo(fd((w) => crossEntropy(w, c), z, j), 7);
        expect(gmse[j]).toBeCloseTo(fd((w) => squaredError(w, c), z, j), 7);
      }
      // Gradients of a softmax loss sum to zero (shifting all logits changes nothing).
      expect(gce.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
      expect(gmse.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    }
  });

  it('the claim in numbers: as p_c -> 0, MSE on the true logit vanishes and CE tends to -1', () => {
    for (const V of [2, 10, 100]) {
      for (const spread of ['uniform', 'one'] as const) {
        const c = trueLogitGradCurve([1e-4, 1e-2, 0.5], V, spread);
        expect(c.ce[0]).toBeCloseTo(-1, 3);
        expect(Math.abs(c.mse[0])).toBeLessThan(1e-3);
        // Near p = 0.01 CE pushes at least 20x harder than MSE.
        expect(Math.abs(c.ce[1])).toBeGreaterThan(20 * Math.abs(c.mse[1]));
        expect(c.mse[2]).toBeLessThan(0); // both still push the true logit up
      }
    }
  });

  it('logitGrid spans (0, 1) monotonically', () => {
    const g = logitGrid(50);
    expect(g[0]).toBeCloseTo(1e-3, 12);
    expect(g[49]).toBeCloseTo(1 - 1e-3, 12);
    for (let i = 1; i < g.length; i++) expect(g[i]).toBeGreaterThan(g[i - 1]);
    expect(() => logitsForTrueProb(0, 3)).toThrow();
    expect(() => crossEntropy([0, 1], 2)).toThrow();
  });

  it('tfjs losses: values and autodiff gradients equal the analytic ones', async () => {
    const tf = await cpuTf();
    const zs = [
      [1, 2, 0, -1],
      [0.5, -3, 2, 0.1],
      [4, 0, 0, 0]
    ];
    const labels = [0, 1, 3];
    const [ce, mse, gce, gmse] = tf.tidy(() => {
      const z = tf.tensor2d(zs);
      const y = tf.tensor1d(labels, 'int32');
      return [
        crossEntropyLoss(z, y).arraySync() as number,
        squaredErrorLoss(z, y).arraySync() as number,
        tf.grad((x: Tensor) => crossEntropyLoss(x, y))(z).arraySync() as number[][],
        tf.grad((x: Tensor) => squaredErrorLoss(x, y))(z).arraySync() as number[][]
      ] as const;
    });
    const mean = (f: (z: number[], c: number) => number) => zs.reduce((a, z, i) => a + f(z, labels[i]), 0) / zs.length;
    expect(ce).toBeCloseTo(mean(crossEntropy), 5);
    expect(mse).toBeCloseTo(mean(squaredError), 5);
    zs.forEach((z, i) => {
      crossEntropyGrad(z, labels[i]).forEach((g, j) => expect(gce[i][j]).toBeCloseTo(g / zs.length, 5));
      squaredErrorGrad(z, labels[i]).forEach((g, j) => expect(gmse[i][j]).toBeCloseTo(g / zs.length, 5));
    });
  });
});
