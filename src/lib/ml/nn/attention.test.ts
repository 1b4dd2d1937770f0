import { describe, it, expect } from 'vitest';
import {
  attentionView,
  DEFAULT_D_MODEL,
  matMul,
  meanEntropy,
  meanMaxWeight,
  saturationCurve,
  scaledDotProductAttention,
  softmax,
  tokenize,
  type Matrix
} from './attention';
import { Rng } from '$lib/ml/core/random';

const randMatrix = (rng: Rng, n: number, m: number): Matrix =>
  Array.from({ length: n }, () => Array.from({ length: m }, () => rng.normal(0, 2)));

const SENTENCE = 'The animal didn’t cross the street because it was too tired.';
const SEEDS = [1, 2, 3, 4, 5, 6];

// Reference values derived by hand from the definition
//   Attention(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V
// (Vaswani et al. 2017, "Attention Is All You Need", section 3.2.1, eq. 1).
describe('scaledDotProductAttention: hand-derived reference cases', () => {
  it('d_k = 1: q = 2, keys ln 3 and 0 -> scores 2 ln 3 = ln 9 and 0 -> weights 9/10, 1/10', () => {
    const { weights, output } = scaledDotProductAttention([[2]], [[Math.log(3)], [0]], [[10], [20]]);
    expect(weights[0][0]).toBeCloseTo(0.9, 12);
    expect(weights[0][1]).toBeCloseTo(0.1, 12);
    expect(output[0][0]).toBeCloseTo(0.9 * 10 + 0.1 * 20, 12); // 11
  });

  it('d_k = 4 divides by sqrt(4) = 2: q.k = 2 ln 2 -> score ln 2 -> weights 2/3, 1/3', () => {
    const a = 2 * Math.log(2);
    const q = [[1, 1, 0, 0]];
    const k = [
      [a / 2, a / 2, 0, 0], // q.k = a
      [0, 0, 5, -5] // q.k = 0
    ];
    const v = [
      [3, 0],
      [0, 3]
    ];
    const { weights, output } = scaledDotProductAttention(q, k, v);
    expect(weights[0][0]).toBeCloseTo(2 / 3, 12);
    expect(weights[0][1]).toBeCloseTo(1 / 3, 12);
    expect(output[0][0]).toBeCloseTo(2, 12);
    expect(output[0][1]).toBeCloseTo(1, 12);
  });

  it('d_k = 2: q = (1, 0), keys e1, e2 -> scores 1/sqrt2, 0 -> weights sigmoid(1/sqrt2), 1 - that', () => {
    const { weights, output } = scaledDotProductAttention(
      [[1, 0]],
      [
        [1, 0],
        [0, 1]
      ],
      [
        [1, 2],
        [3, 4]
      ]
    );
    const w0 = Math.exp(Math.SQRT1_2) / (Math.exp(Math.SQRT1_2) + 1); // 0.669762 (to 6 places)
    expect(weights[0][0]).toBeCloseTo(w0, 12);
    expect(weights[0][0]).toBeCloseTo(0.669762, 6);
    expect(output[0]).toEqual([expect.closeTo(w0 * 1 + (1 - w0) * 3, 12), expect.closeTo(w0 * 2 + (1 - w0) * 4, 12)]);
  });

  it('equal scores give uniform weights; the output is the mean of the values', () => {
    const q = [[3, -1, 2]];
    const k = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1]
    ];
    const v = [[1], [2], [3], [6]];
    const { weights, output } = scaledDotProductAttention(q, k, v);
    for (const w of weights[0]) expect(w).toBeCloseTo(0.25, 14);
    expect(output[0][0]).toBeCloseTo(3, 12);
  });

  it('causal with zero queries: row i averages values 0..i; weights above the diagonal are exactly 0', () => {
    const z = [
      [0, 0],
      [0, 0],
      [0, 0]
    ];
    const v = [[3], [6], [9]];
    const { weights, output } = scaledDotProductAttention(z, z, v, { causal: true });
    expect(weights).toEqual([
      [1, 0, 0],
      [0.5, 0.5, 0],
      [1 / 3, 1 / 3, 1 / 3]
    ]);
    expect(output.map((r) => r[0])).toEqual([3, 4.5, expect.closeTo(6, 12)]);
  });

  it('an explicit scale replaces 1/sqrt(d_k)', () => {
    const { weights } = scaledDotProductAttention([[1]], [[Math.log(4)], [0]], [[0], [1]], { scale: 1 });
    expect(weights[0][0]).toBeCloseTo(0.8, 12); // e^{ln 4} = 4 -> 4/5
    const flat = scaledDotProductAttention([[9]], [[5], [0]], [[0], [1]], { scale: 0 });
    expect(flat.weights[0]).toEqual([0.5, 0.5]);
  });
});

describe('scaledDotProductAttention: properties on random inputs', () => {
  for (const seed of [11, 12, 13, 14, 15]) {
    it(`seed ${seed}: rows sum to 1, causal zeros are exact, output = weights x V`, () => {
      const rng = new Rng(seed);
      const n = 3 + rng.int(10);
      const m = 2 + rng.int(10);
      const dk = 1 + rng.int(16);
      const dv = 1 + rng.int(8);
      const q = randMatrix(rng, n, dk);
      const k = randMatrix(rng, m, dk);
      const v = randMatrix(rng, m, dv);
      for (const causal of [false, true]) {
        const { weights, output } = scaledDotProductAttention(q, k, v, { causal });
        expect(weights).toHaveLength(n);
        for (let i = 0; i < n; i++) {
          expect(weights[i].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          for (let j = 0; j < m; j++) {
            expect(weights[i][j]).toBeGreaterThanOrEqual(0);
            if (causal && j > i) expect(weights[i][j]).toBe(0);
          }
          // output row i = sum_j w_ij v_j, written out independently of matMul
          for (let c = 0; c < dv; c++) {
            let s = 0;
            for (let j = 0; j < m; j++) s += weights[i][j] * v[j][c];
            expect(output[i][c]).toBeCloseTo(s, 12);
          }
        }
      }
    });
  }
});

describe('softmax', () => {
  it('is stable for huge scores and gives masked entries exactly 0', () => {
    const w = softmax([1000, 1000 + Math.log(3), -Infinity]);
    expect(w[0]).toBeCloseTo(0.25, 12);
    expect(w[1]).toBeCloseTo(0.75, 12);
    expect(w[2]).toBe(0);
    expect(softmax([-1e6, -1e6])).toEqual([0.5, 0.5]);
    expect(softmax([-Infinity, -Infinity])).toEqual([0, 0]);
  });

  it('temperature sharpens below 1 and flattens above 1 (largest weight falls as T rises)', () => {
    const rng = new Rng(3);
    const temps = [0.1, 0.3, 1, 3, 10];
    for (let r = 0; r < 20; r++) {
      const row = Array.from({ length: 8 }, () => rng.normal());
      const maxes = temps.map((t) => Math.max(...softmax(row, t)));
      for (let i = 1; i < maxes.length; i++) expect(maxes[i]).toBeLessThan(maxes[i - 1]);
      expect(maxes[0]).toBeGreaterThan(Math.max(...softmax(row)));
      expect(maxes[maxes.length - 1]).toBeLessThan(Math.max(...softmax(row)));
    }
    expect(() => softmax([1, 2], 0)).toThrow();
  });
});

describe('tokenize', () => {
  it('splits English words and punctuation, keeping contractions whole', () => {
    expect(tokenize('The cat sat on the mat.')).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat', '.']);
    expect(tokenize("Don't stop, it’s fine!")).toEqual(["Don't", 'stop', ',', 'it’s', 'fine', '!']);
  });

  it('makes every CJK character its own token', () => {
    expect(tokenize('我愛台灣。')).toEqual(['我', '愛', '台', '灣', '。']);
    expect(tokenize('GPT 是一種 transformer')).toEqual(['GPT', '是', '一', '種', 'transformer']);
  });

  it('keeps at most 24 tokens', () => {
    expect(tokenize('a '.repeat(100))).toHaveLength(24);
    expect(tokenize('')).toEqual([]);
  });
});

describe('attentionView', () => {
  const tokens = tokenize(SENTENCE);
  const opts = { dModel: DEFAULT_D_MODEL, dK: 8, seed: 5, scaled: true, temperature: 1, causal: false };

  it('is deterministic, and the same word gets the same vector', () => {
    const a = attentionView(tokens, opts);
    expect(attentionView(tokens, opts)).toEqual(a);
    expect(tokens[0]).toBe('The');
    expect(tokens[4]).toBe('the');
    expect(a.x[0]).toEqual(a.x[4]);
    expect(a.weights[0]).toEqual(a.weights[4]);
    expect(a.x[1]).not.toEqual(a.x[4]);
    expect(attentionView(tokens, { ...opts, seed: 6 }).x[0]).not.toEqual(a.x[0]);
  });

  it('returns consistent intermediates: scores = QK^T * scale / T, weights = softmax(scores), output = weights V', () => {
    const temperature = 0.5;
    const view = attentionView(tokens, { ...opts, temperature, causal: true });
    const n = tokens.length;
    expect(view.x).toHaveLength(n);
    expect(view.q[0]).toHaveLength(8);
    expect(view.scale).toBeCloseTo(1 / Math.sqrt(8) / temperature, 14);
    expect(view.q).toEqual(matMul(view.x, view.wq));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (j > i) {
          expect(view.scores[i][j]).toBe(-Infinity);
          expect(view.weights[i][j]).toBe(0);
        } else {
          const dot = view.q[i].reduce((s, x, c) => s + x * view.k[j][c], 0);
          expect(view.scores[i][j]).toBeCloseTo(dot * view.scale, 10);
        }
      }
      expect(view.weights[i]).toEqual(softmax(view.scores[i]));
    }
    expect(view.output).toEqual(matMul(view.weights, view.v));
  });

  it('growing d_k adds projection columns without changing the existing ones', () => {
    const small = attentionView(tokens, { ...opts, dK: 4 });
    const big = attentionView(tokens, { ...opts, dK: 12 });
    expect(big.wq.map((r) => r.slice(0, 4))).toEqual(small.wq);
  });
});

describe('the teaching claims of the explore view', () => {
  const tokens = tokenize(SENTENCE);
  const mmw = (seed: number, dK: number, scaled: boolean, temperature = 1) =>
    meanMaxWeight(attentionView(tokens, { dModel: DEFAULT_D_MODEL, dK, seed, scaled, temperature, causal: false }).weights);

  it('unscaled, a larger d_k pushes the mean largest weight per row toward 1; dividing by sqrt(d_k) prevents it', () => {
    for (const seed of SEEDS) {
      expect(mmw(seed, 64, false)).toBeGreaterThan(mmw(seed, 4, false));
      expect(mmw(seed, 64, false)).toBeGreaterThan(mmw(seed, 64, true));
    }
    const unscaled = saturationCurve(tokens, [4, 16, 64], { dModel: DEFAULT_D_MODEL, scaled: false, seeds: SEEDS });
    const scaled = saturationCurve(tokens, [4, 16, 64], { dModel: DEFAULT_D_MODEL, scaled: true, seeds: SEEDS });
    expect(unscaled[2].meanMaxWeight).toBeGreaterThan(0.7);
    expect(unscaled[0].meanMaxWeight).toBeLessThan(unscaled[1].meanMaxWeight);
    expect(unscaled[1].meanMaxWeight).toBeLessThan(unscaled[2].meanMaxWeight);
    expect(scaled[2].meanMaxWeight).toBeLessThan(0.45);
    expect(Math.abs(scaled[2].meanMaxWeight - scaled[0].meanMaxWeight)).toBeLessThan(0.15);
  });

  it('temperature sharpens (T < 1) or flattens (T > 1) every row', () => {
    const view = (seed: number, temperature: number) =>
      attentionView(tokens, { dModel: DEFAULT_D_MODEL, dK: 16, seed, scaled: true, temperature, causal: false }).weights;
    for (const seed of SEEDS) {
      const [cold, base, hot] = [0.2, 1, 5].map((t) => view(seed, t));
      expect(meanMaxWeight(cold)).toBeGreaterThan(meanMaxWeight(base));
      expect(meanMaxWeight(hot)).toBeLessThan(meanMaxWeight(base));
      expect(meanEntropy(cold)).toBeLessThan(meanEntropy(base));
      expect(meanEntropy(hot)).toBeGreaterThan(meanEntropy(base));
    }
    // Very hot: nearly uniform over the n tokens.
    expect(meanMaxWeight(view(1, 10))).toBeLessThan(2 / tokens.length);
  });
});
