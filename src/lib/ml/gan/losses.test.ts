/**
 * Losses, penalty, minibatch-std and optimisers against values computed by hand.
 * References: Goodfellow et al. 2014 (minimax and non-saturating losses); Mao et al. 2017
 * (LSGAN, a = 0, b = c = 1); Gulrajani et al. 2017 (WGAN-GP); Karras et al. 2018
 * (minibatch standard deviation); Kingma & Ba 2015 (Adam).
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import type { Tensor, tf as TF } from '$lib/ml/core/tf';
import { discriminatorLoss, discriminatorLossStacked, generatorLoss, gradientPenalty, inputGradNorm, displayScore, softplusSum } from './losses';
import { minibatchStd } from './models';
import { makeOptimizer } from '$lib/ml/optim/optimizers';

const tf = await cpuTf();
const col = (v: number[]) => tf.tensor2d(v, [v.length, 1]);
const num = (t: Tensor) => t.dataSync()[0]; // tests only: the training loop never reads synchronously

describe('GAN losses (hand-computed)', () => {
  // Scores (logits) 0 and ln 3, i.e. D = 1/2 and 3/4 on the real rows; 0 and -ln 3,
  // i.e. D = 1/2 and 1/4 on the fake rows.
  const real = col([0, Math.log(3)]);
  const fake = col([0, -Math.log(3)]);

  it('standard / non-saturating D loss: -E[log D(x)] - E[log(1 - D(G(z)))] (Goodfellow et al. 2014)', () => {
    // Real: -(log 1/2 + log 3/4)/2; fake: -(log 1/2 + log 3/4)/2; total ln 2 + ln 4/3 = ln 8/3.
    const expected = Math.log(8 / 3);
    expect(num(discriminatorLoss('standard', real, fake))).toBeCloseTo(expected, 5);
    expect(num(discriminatorLoss('nonsaturating', real, fake))).toBeCloseTo(expected, 5);
  });

  it('minimax G loss E[log(1 - D(G(z)))] and non-saturating G loss -E[log D(G(z))]', () => {
    expect(num(generatorLoss('standard', fake))).toBeCloseTo((Math.log(1 / 2) + Math.log(3 / 4)) / 2, 5);
    expect(num(generatorLoss('nonsaturating', fake))).toBeCloseTo(-(Math.log(1 / 2) + Math.log(1 / 4)) / 2, 5);
  });

  it('the stacked D loss (one op over real and fake rows) has the value and gradients of the two means', () => {
    // dL/dreal_i = -sigmoid(-r_i) / B and dL/dfake_i = sigmoid(f_i) / B (B = 2): with
    // r = (0, ln 3): -(1/2, 1/4) / 2; with f = (0, -ln 3): (1/2, 1/4) / 2.
    const both = col([0, Math.log(3), 0, -Math.log(3)]);
    const signs = col([-1, -1, 1, 1]);
    for (const kind of ['standard', 'nonsaturating', 'lsgan', 'wgan-gp'] as const) {
      const stacked = (x: Tensor) => discriminatorLossStacked(kind, x, signs);
      const split = (x: Tensor) => discriminatorLoss(kind, x.slice([0, 0], [2, 1]), x.slice([2, 0], [2, 1]));
      expect(num(stacked(both))).toBeCloseTo(num(split(both)), 6);
      const [g1, g2] = [tf.grad(stacked)(both), tf.grad(split)(both)];
      // Bit for bit on the cpu backend: the same floats in the same order.
      if (tf.getBackend() === 'cpu') expect(Array.from(g1.dataSync())).toEqual(Array.from(g2.dataSync()));
      g1.dataSync().forEach((v, i) => expect(v).toBeCloseTo(g2.dataSync()[i], 7));
    }
    const g = tf.grad((x: Tensor) => discriminatorLossStacked('nonsaturating', x, signs))(both).dataSync();
    [-1 / 4, -1 / 8, 1 / 4, 1 / 8].forEach((v, i) => expect(g[i]).toBeCloseTo(v, 6));
  });

  it('softplusSum is mean(softplus(sign x)) with n = B, value and gradient', () => {
    const x = col([0.5, -2, 3]);
    for (const sign of [1, -1] as const) {
      const ref = (t: Tensor) => tf.mean(tf.softplus(sign === 1 ? t : tf.neg(t)));
      const mine = (t: Tensor) => softplusSum(t, sign, 3);
      expect(num(mine(x))).toBeCloseTo(num(ref(x)), 6);
      const [a, b] = [tf.grad(mine)(x).dataSync(), tf.grad(ref)(x).dataSync()];
      if (tf.getBackend() === 'cpu') expect(Array.from(a)).toEqual(Array.from(b));
      // d/dx mean softplus(s x) = s sigmoid(s x) / 3, by hand for x = 0.5, -2, 3.
      [0.5, -2, 3].forEach((v, i) => expect(a[i]).toBeCloseTo((sign / (1 + Math.exp(-sign * v))) / 3, 6));
    }
  });

  it('sigmoid losses stay finite for huge scores', () => {
    const v = num(discriminatorLoss('standard', col([-200]), col([200])));
    expect(v).toBeCloseTo(400, 3);
    expect(Number.isFinite(num(generatorLoss('nonsaturating', col([-500]))))).toBe(true);
  });

  it('LSGAN (Mao et al. 2017): D 1/2 E[(D(x)-1)^2] + 1/2 E[D(G(z))^2], G 1/2 E[(D(G(z))-1)^2]', () => {
    const r = col([1, 0.5]);
    const f = col([0, 0.5]);
    // D: 0.5 * (0 + 0.25)/2 + 0.5 * (0 + 0.25)/2 = 0.125; G: 0.5 * (1 + 0.25)/2 = 0.3125.
    expect(num(discriminatorLoss('lsgan', r, f))).toBeCloseTo(0.125, 6);
    expect(num(generatorLoss('lsgan', f))).toBeCloseTo(0.3125, 6);
  });

  it('WGAN critic E[D(G(z))] - E[D(x)] and generator -E[D(G(z))] (Gulrajani et al. 2017)', () => {
    const r = col([2, 4]);
    const f = col([-1, 0]);
    expect(num(discriminatorLoss('wgan-gp', r, f))).toBeCloseTo(-0.5 - 3, 6);
    expect(num(generatorLoss('wgan-gp', f))).toBeCloseTo(0.5, 6);
  });

  it('the heat map shows P(real) for sigmoid losses and the raw score otherwise', () => {
    expect(num(displayScore('nonsaturating', col([Math.log(3)])))).toBeCloseTo(0.75, 6);
    expect(num(displayScore('wgan-gp', col([-2])))).toBe(-2);
  });
});

describe('gradient penalty (Gulrajani et al. 2017)', () => {
  it('linear critic x.w: norm |w| everywhere, penalty lambda (|w| - 1)^2', () => {
    const w = tf.tensor2d([3, 4], [2, 1]);
    const critic = (x: Tensor) => tf.matMul(x, w);
    const real = tf.tensor2d([1, 0, 0, 1], [2, 2]);
    const fake = tf.tensor2d([0, 0, -1, 2], [2, 2]);
    const eps = col([0.3, 0.9]);
    expect(Array.from(inputGradNorm(critic, real).dataSync()).map((v) => +v.toFixed(5))).toEqual([5, 5]);
    expect(num(gradientPenalty(critic, real, fake, eps, 10))).toBeCloseTo(160, 3);
  });

  it('is differentiable in the critic weights (second-order gradient)', () => {
    // d/dw lambda (|w| - 1)^2 = 2 lambda (|w| - 1) w / |w| = 2 * 10 * 4 * (3, 4) / 5 = (48, 64).
    const w = tf.variable(tf.tensor2d([3, 4], [2, 1]));
    const real = tf.tensor2d([1, 0, 0, 1], [2, 2]);
    const fake = tf.tensor2d([0, 0, -1, 2], [2, 2]);
    const { grads } = tf.variableGrads(
      () => gradientPenalty((x) => tf.matMul(x, w), real, fake, col([0.5, 0.5]), 10) as TF.Scalar,
      [w]
    );
    const g = Array.from(grads[w.name].dataSync());
    expect(g[0]).toBeCloseTo(48, 3);
    expect(g[1]).toBeCloseTo(64, 3);
    w.dispose();
  });

  it('evaluates at the interpolates eps x + (1 - eps) G(z)', () => {
    // Critic |x|^2 / 2 has gradient x, so the norm at x_hat is |x_hat|.
    const critic = (x: Tensor) => tf.mul(0.5, tf.sum(tf.square(x), 1, true));
    const real = tf.tensor2d([2, 0], [1, 2]);
    const fake = tf.tensor2d([0, 0], [1, 2]);
    // eps 0.25: x_hat = (0.5, 0), norm 0.5, penalty lambda * 0.25.
    expect(num(gradientPenalty(critic, real, fake, col([0.25]), 4))).toBeCloseTo(1, 5);
  });
});

describe('minibatch standard deviation (Karras et al. 2018)', () => {
  it('is the mean over features of the per-feature std over the batch', () => {
    // Feature 1: {0, 2} std 1; feature 2: {0, 4} std 2; mean 1.5.
    expect(num(minibatchStd(tf.tensor2d([0, 0, 2, 4], [2, 2])))).toBeCloseTo(1.5, 5);
    // A collapsed batch (all rows equal) gives ~0.
    expect(num(minibatchStd(tf.tensor2d([1, 1, 1, 1, 1, 1], [3, 2])))).toBeLessThan(1e-3);
  });
});

describe('optimisers', () => {
  const one = (kind: 'sgd' | 'adam' | 'rmsprop', lr: number, g: number[]) => {
    const w = tf.variable(tf.tensor1d([1, 1]));
    const opt = makeOptimizer(kind, [w], lr);
    tf.tidy(() => opt.step([tf.tensor1d(g)]));
    const out = Array.from(w.dataSync());
    w.dispose();
    opt.dispose();
    return out;
  };

  it('sgd: w - lr g', () => {
    const w = one('sgd', 0.1, [2, -4]);
    expect(w[0]).toBeCloseTo(0.8, 6);
    expect(w[1]).toBeCloseTo(1.4, 6);
  });

  it("adam's first step is lr * sign(g) (bias-corrected, Kingma & Ba 2015)", () => {
    const w = one('adam', 0.01, [2, -4]);
    expect(w[0]).toBeCloseTo(0.99, 5);
    expect(w[1]).toBeCloseTo(1.01, 5);
  });

  it("rmsprop's first step is lr * g / sqrt(0.1 g^2)", () => {
    const w = one('rmsprop', 0.01, [2, -4]);
    expect(w[0]).toBeCloseTo(1 - 0.01 / Math.sqrt(0.1), 5);
    expect(w[1]).toBeCloseTo(1 + 0.01 / Math.sqrt(0.1), 5);
  });

  it('the learning rate can change between steps (live slider)', () => {
    const w = tf.variable(tf.tensor1d([0]));
    const opt = makeOptimizer('sgd', [w], 1);
    tf.tidy(() => opt.step([tf.tensor1d([1])]));
    opt.lr = 0.5;
    tf.tidy(() => opt.step([tf.tensor1d([1])]));
    expect(w.dataSync()[0]).toBeCloseTo(-1.5, 6);
    w.dispose();
  });
});
