/**
 * Update rules against steps worked by hand from the PyTorch documentation's pseudo-code
 * (torch.optim.SGD with momentum and dampening 0, RMSprop without momentum, Adam, AdamW) and
 * the papers (Kingma & Ba 2015, Algorithm 1; Loshchilov & Hutter 2019, Algorithm 2, with the
 * schedule multiplier eta_t = 1 and the decay scaled by the learning rate as PyTorch does).
 * Start w0 = (1, -2), lr 0.1, gradients g1 = (2, -4) then g2 = (1, 1) (given, not computed,
 * so each step is a pure function of the rule). Each expected value is written as the
 * arithmetic done by hand. Both the tfjs optimisers (float32) and their float64 twins
 * (rules.ts) are checked against the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { makeOptimizer, type AnyOptimizerKind, type OptimizerOptions } from './optimizers';
import { makePlainOptimizer } from './rules';

const W0 = [1, -2];
const G = [
  [2, -4],
  [1, 1]
];
const LR = 0.1;
const s = Math.sqrt;

/** Adam's first step: m_hat = g, v_hat = g^2, so the step is g / (|g| + eps), about sign(g). */
const adam1 = (g: number) => g / (Math.abs(g) + 1e-8);
/** Adam's second step by hand for beta1 = 0.9, beta2 = 0.999. */
const adam2 = (i: number) => {
  const m2 = [0.9 * 0.1 * 2 + 0.1 * 1, 0.9 * 0.1 * -4 + 0.1 * 1][i]; // (0.28, -0.26)
  const v2 = [0.999 * 0.001 * 4 + 0.001, 0.999 * 0.001 * 16 + 0.001][i]; // (0.004996, 0.016984)
  return m2 / (1 - 0.9 ** 2) / (s(v2 / (1 - 0.999 ** 2)) + 1e-8);
};

const cases: [string, AnyOptimizerKind, OptimizerOptions, number[][]][] = [
  ['sgd: w - lr g', 'sgd', {}, [[1 - 0.2, -2 + 0.4], [0.8 - 0.1, -1.6 - 0.1]]],
  [
    'sgd + coupled L2 (lambda 0.5): w - lr (g + lambda w)',
    'sgd',
    { weightDecay: 0.5 },
    [[1 - 0.1 * (2 + 0.5), -2 - 0.1 * (-4 - 1)], [0.75 - 0.1 * (1 + 0.375), -1.5 - 0.1 * (1 - 0.75)]]
  ],
  [
    'momentum 0.9: b1 = g1, b2 = 0.9 b1 + g2',
    'momentum',
    {},
    [[0.8, -1.6], [0.8 - 0.1 * (0.9 * 2 + 1), -1.6 - 0.1 * (0.9 * -4 + 1)]]
  ],
  [
    'rmsprop rho 0.9: s = 0.9 s + 0.1 g^2, w -= lr g / (sqrt s + eps)',
    'rmsprop',
    {},
    [
      [1 - (0.1 * 2) / (s(0.4) + 1e-8), -2 + (0.1 * 4) / (s(1.6) + 1e-8)],
      [1 - (0.1 * 2) / (s(0.4) + 1e-8) - 0.1 / (s(0.46) + 1e-8), -2 + (0.1 * 4) / (s(1.6) + 1e-8) - 0.1 / (s(1.54) + 1e-8)]
    ]
  ],
  [
    'adam (0.9, 0.999): first step lr sign(g), second by hand',
    'adam',
    { beta1: 0.9 },
    [[1 - 0.1 * adam1(2), -2 - 0.1 * adam1(-4)], [1 - 0.1 * adam1(2) - 0.1 * adam2(0), -2 - 0.1 * adam1(-4) - 0.1 * adam2(1)]]
  ],
  [
    'adam with coupled L2 0.1: the decay term is normalised away on step 1 (still lr sign(g + lambda w))',
    'adam',
    { beta1: 0.9, weightDecay: 0.1 },
    [[1 - 0.1 * adam1(2 + 0.1), -2 - 0.1 * adam1(-4 - 0.2)]]
  ],
  [
    'adamw lambda 0.1: w (1 - lr lambda) - lr Adam step',
    'adamw',
    { weightDecay: 0.1 },
    [
      [0.99 - 0.1 * adam1(2), -1.98 - 0.1 * adam1(-4)],
      [(0.99 - 0.1 * adam1(2)) * 0.99 - 0.1 * adam2(0), (-1.98 - 0.1 * adam1(-4)) * 0.99 - 0.1 * adam2(1)]
    ]
  ]
];

describe('optimisers: hand-computed steps', () => {
  it.each(cases)('float64 rules: %s', (_, kind, opts, expected) => {
    const w = [...W0];
    const opt = makePlainOptimizer(kind, 2, LR, opts);
    expected.forEach((e, k) => {
      opt.step(w, G[k]);
      expect(w[0]).toBeCloseTo(e[0], 12);
      expect(w[1]).toBeCloseTo(e[1], 12);
    });
  });

  it.each(cases)('tfjs optimisers: %s', async (_, kind, opts, expected) => {
    const tf = await cpuTf();
    // Two variables of different shapes, to exercise the flat state.
    const a = tf.variable(tf.tensor2d([[W0[0]]]));
    const b = tf.variable(tf.tensor1d([W0[1]]));
    const opt = makeOptimizer(kind, [a, b], LR, opts);
    const before = tf.memory().numTensors;
    expected.forEach((e, k) => {
      tf.tidy(() => opt.step([tf.tensor2d([[G[k][0]]]), tf.tensor1d([G[k][1]])]));
      expect(a.dataSync()[0]).toBeCloseTo(e[0], 5);
      expect(b.dataSync()[0]).toBeCloseTo(e[1], 5);
    });
    expect(tf.memory().numTensors).toBe(before);
    opt.dispose();
    a.dispose();
    b.dispose();
  });

  it('the learning rate is live and AdamW decays with the current rate', () => {
    const w = [1];
    const opt = makePlainOptimizer('adamw', 1, 0.1, { weightDecay: 0.5 });
    opt.lr = 0.2;
    opt.step(w, [0]); // zero gradient: only the decay acts (Adam's step is 0 / (0 + eps) = 0)
    expect(w[0]).toBeCloseTo(1 - 0.2 * 0.5, 12);
  });

  it('momentum: with a constant gradient the step tends to lr g / (1 - mu)', () => {
    const w = [0];
    const opt = makePlainOptimizer('momentum', 1, 1, { momentum: 0.9 });
    let prev = 0;
    let step = 0;
    for (let i = 0; i < 200; i++) {
      opt.step(w, [1]);
      step = prev - w[0];
      prev = w[0];
    }
    expect(step).toBeCloseTo(10, 6);
  });
});
