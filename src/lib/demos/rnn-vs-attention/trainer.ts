/**
 * llm-03: a simple (Elman, tanh) RNN and a one-layer self-attention model, both in tfjs,
 * trained side by side on a long-range task: read T random symbols, then name the FIRST one.
 *
 * - Gradient vs distance: the norm of d loss / d x_t (the embedded input at position t,
 *   averaged over a fixed batch) for t = 0 .. T-1, against the distance T-1-t to the output.
 *   Through the RNN it passes d - 1 Jacobians diag(1 - h^2) W_h, so it shrinks geometrically;
 *   through attention every input reaches the output in one step.
 * - Sequential steps and measured time per sequence length: the RNN loop needs L dependent
 *   steps to produce all L states; self-attention produces all L outputs in one pass.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { logLinearFit, median, type LogFit } from './fit';

export interface RnnAttnParams {
  length: number;
  hidden: number;
  /** Gain of the recurrent matrix W_h at initialisation (its entries have std gain / sqrt(H)). */
  gain: number;
  lr: number;
}

export interface RnnAttnSnapshot {
  step: number;
  length: number;
  /** Accuracy and loss on a fixed batch of 64 sequences. */
  acc: { rnn: number; attn: number };
  loss: { rnn: number; attn: number };
  /** Distances 0 .. T-1 and the gradient norm reaching the input at each distance. */
  distance: number[];
  grad: { rnn: number[]; attn: number[] };
  fit: { rnn: LogFit; attn: LogFit };
  /** Longest chain of dependent steps between any input and the output. */
  pathLength: { rnn: number; attn: number };
  timing: { lengths: number[]; rnnMs: number[]; attnMs: number[]; rnnSteps: number[]; attnSteps: number[] };
}

export const SYMBOLS = 8;
export const TIMING_LENGTHS = [8, 16, 32, 64, 128];
const D = 16;
const BATCH = 32;
const EVAL = 64;
const REPS = 5;
let uid = 0;

export function createRnnAttnTrainer(p: RnnAttnParams, seed: number): Trainer<RnnAttnParams, RnnAttnSnapshot> {
  const T = Math.round(p.length);
  const H = Math.round(p.hidden);
  const rng = new Rng(seed);
  const id = ++uid;
  const v = (shape: number[], std: number, name: string): Variable =>
    ownedVariable(std === 0 ? tf.zeros(shape) : tf.tensor(rng.normals(shape.reduce((a, b) => a * b, 1), std), shape), `rva${id}/${name}`);
  // RNN
  const embR = v([SYMBOLS, D], 1, 'embR');
  const wx = v([D, H], 1 / Math.sqrt(D), 'wx');
  const wh = v([H, H], p.gain / Math.sqrt(H), 'wh');
  const bh = v([H], 0, 'bh');
  const woR = v([H, SYMBOLS], 1 / Math.sqrt(H), 'woR');
  const boR = v([SYMBOLS], 0, 'boR');
  // attention (one head, the last position's query over all keys), learned positions
  const embA = v([SYMBOLS, D], 1, 'embA');
  const pos = v([Math.max(...TIMING_LENGTHS), D], 1, 'pos');
  const wq = v([D, D], 1 / Math.sqrt(D), 'wq');
  const wk = v([D, D], 1 / Math.sqrt(D), 'wk');
  const wv = v([D, D], 1 / Math.sqrt(D), 'wv');
  const woA = v([D, SYMBOLS], 1 / Math.sqrt(D), 'woA');
  const boA = v([SYMBOLS], 0, 'boA');
  const rnnVars = [embR, wx, wh, bh, woR, boR];
  const attnVars = [embA, pos, wq, wk, wv, woA, boA];
  const optR: Optimizer = makeOptimizer('adam', rnnVars, p.lr, { beta1: 0.9 });
  const optA: Optimizer = makeOptimizer('adam', attnVars, p.lr, { beta1: 0.9 });
  const dataRng = new Rng(rng.seed());
  const evalRng = new Rng(rng.seed());
  const sample = (r: Rng, n: number) => Array.from({ length: n }, () => Array.from({ length: T }, () => r.int(SYMBOLS)));
  const evalSeqs = sample(evalRng, EVAL);

  const embed = (emb: Tensor, seqs: number[][]) => {
    const ids = tf.tensor1d(seqs.flat(), 'int32');
    return tf.reshape(tf.matMul(tf.oneHot(ids, SYMBOLS), emb), [seqs.length, seqs[0].length, D]);
  };
  /** All hidden states would be [B, L, H]; the output reads the last one. */
  const rnnFromEmb = (x: Tensor): Tensor => {
    const [B, L] = x.shape as [number, number, number];
    const xw = tf.unstack(tf.reshape(tf.matMul(tf.reshape(x, [B * L, D]), wx), [B, L, H]), 1);
    let h: Tensor = tf.zeros([B, H]);
    for (let t = 0; t < L; t++) h = tf.tanh(tf.add(tf.add(xw[t], tf.matMul(h, wh)), bh));
    return tf.add(tf.matMul(h, woR), boR);
  };
  const attnFromEmb = (x: Tensor): Tensor => {
    const [B, L] = x.shape as [number, number, number];
    const xp = tf.add(x, tf.slice(pos, [0, 0], [L, D]));
    const flat = tf.reshape(xp, [B * L, D]);
    const k = tf.reshape(tf.matMul(flat, wk), [B, L, D]);
    const val = tf.reshape(tf.matMul(flat, wv), [B, L, D]);
    const q = tf.matMul(tf.reshape(tf.slice(xp, [0, L - 1, 0], [B, 1, D]), [B, D]), wq); // [B, D]
    const scores = tf.div(tf.squeeze(tf.matMul(k, tf.expandDims(q, 2)), [2]), Math.sqrt(D)); // [B, L]
    const a = tf.softmax(scores);
    const o = tf.squeeze(tf.matMul(tf.expandDims(a, 1), val), [1]); // [B, D]
    return tf.add(tf.matMul(o, woA), boA);
  };
  const xent = (logits: Tensor, y: Tensor) => tf.neg(tf.mean(tf.sum(tf.mul(tf.logSoftmax(logits), tf.oneHot(y, SYMBOLS)), 1)));
  const accOf = (logits: Tensor, y: Tensor) => tf.mean(tf.cast(tf.equal(tf.argMax(logits, 1), y), 'float32'));
  const firsts = (seqs: number[][]) => tf.tensor1d(seqs.map((s) => s[0]), 'int32');

  let step = 0;
  let timing: RnnAttnSnapshot['timing'] | null = null;

  const trainStep = (): Tensor => {
    const seqs = sample(dataRng, BATCH);
    return tf.tidy(() => {
      const y = firsts(seqs);
      const out: Tensor[] = [];
      for (const [vars, opt, emb, f] of [[rnnVars, optR, embR, rnnFromEmb], [attnVars, optA, embA, attnFromEmb]] as const) {
        const { value, grads } = tf.variableGrads(() => xent(f(embed(emb, seqs)), y) as tf.Scalar, vars);
        opt.step(vars.map((w) => grads[w.name]));
        out.push(value);
      }
      return tf.stack(out);
    });
  };

  /** Loss, accuracy and per-position gradient norms of both models on the fixed batch: [lossR, lossA, accR, accA, gR(T), gA(T)]. */
  const measure = () =>
    tf.tidy(() => {
      const y = firsts(evalSeqs);
      const parts: Tensor[] = [];
      const norms: Tensor[] = [];
      for (const [emb, f] of [[embR, rnnFromEmb], [embA, attnFromEmb]] as const) {
        const x = embed(emb, evalSeqs);
        const logits = f(x);
        parts.push(xent(logits, y), accOf(logits, y));
        // Summed loss so each sequence's gradient is its own (not divided by the batch).
        const g = tf.grad((xx: Tensor) => tf.mul(xent(f(xx), y), EVAL))(x); // [B, T, D]
        norms.push(tf.mean(tf.sqrt(tf.sum(tf.square(g), 2)), 0)); // [T]
      }
      return tf.concat([tf.stack([parts[0], parts[2], parts[1], parts[3]]), ...norms]);
    });

  /** Median wall time of producing all L outputs, batch 1: the RNN loop vs one attention pass. */
  const measureTiming = async (): Promise<RnnAttnSnapshot['timing']> => {
    const r = new Rng(seed + 99);
    const rnnMs: number[] = [];
    const attnMs: number[] = [];
    const allStates = (x: Tensor) => {
      const L = x.shape[0]!;
      const xw = tf.unstack(tf.matMul(x, wx));
      let h: Tensor = tf.zeros([1, H]);
      const hs: Tensor[] = [];
      for (let t = 0; t < L; t++) (h = tf.tanh(tf.add(tf.add(tf.reshape(xw[t], [1, H]), tf.matMul(h, wh)), bh))), hs.push(h);
      return tf.concat(hs);
    };
    const allAttention = (x: Tensor) => {
      const L = x.shape[0]!;
      const xp = tf.add(x, tf.slice(pos, [0, 0], [L, D]));
      const a = tf.softmax(tf.div(tf.matMul(tf.matMul(xp, wq), tf.matMul(xp, wk), false, true), Math.sqrt(D)));
      return tf.matMul(a, tf.matMul(xp, wv));
    };
    for (const L of TIMING_LENGTHS) {
      const seq = [Array.from({ length: L }, () => r.int(SYMBOLS))];
      const times: [number[], number[]] = [[], []];
      for (let rep = 0; rep <= REPS; rep++)
        for (const [k, f, emb] of [[0, allStates, embR], [1, allAttention, embA]] as const) {
          const t0 = performance.now();
          const out = tf.tidy(() => f(tf.reshape(embed(emb, seq), [L, D])));
          await out.data();
          out.dispose();
          if (rep > 0) times[k].push(performance.now() - t0); // rep 0 warms up
        }
      rnnMs.push(median(times[0]));
      attnMs.push(median(times[1]));
    }
    return { lengths: [...TIMING_LENGTHS], rnnMs, attnMs, rnnSteps: [...TIMING_LENGTHS], attnSteps: TIMING_LENGTHS.map(() => 1) };
  };

  return {
    async train(n: number): Promise<Metrics> {
      let t: Tensor | null = null;
      for (let i = 0; i < n; i++) {
        t?.dispose();
        t = trainStep();
      }
      step += n;
      if (!t) return { step };
      const d = await t.data();
      t.dispose();
      return { step, loss_rnn: d[0], loss_attn: d[1] };
    },

    async snapshot(): Promise<RnnAttnSnapshot> {
      const t = measure();
      const d = Array.from(await t.data());
      t.dispose();
      timing ??= await measureTiming();
      // Position t is at distance T-1-t from the output; list by distance 0..T-1.
      const byDistance = (g: number[]) => g.slice().reverse();
      const rnn = byDistance(d.slice(4, 4 + T));
      const attn = byDistance(d.slice(4 + T, 4 + 2 * T));
      const distance = rnn.map((_, i) => i);
      return {
        step,
        length: T,
        loss: { rnn: d[0], attn: d[1] },
        acc: { rnn: d[2], attn: d[3] },
        distance,
        grad: { rnn, attn },
        fit: { rnn: logLinearFit(distance, rnn), attn: logLinearFit(distance, attn) },
        pathLength: { rnn: T, attn: 1 },
        timing: structuredClone(timing)
      };
    },

    setParams(q: Partial<RnnAttnParams>) {
      if (q.lr !== undefined) optR.lr = optA.lr = q.lr;
    },

    dispose() {
      for (const w of [...rnnVars, ...attnVars]) w.dispose();
      optR.dispose();
      optA.dispose();
    }
  };
}

export default createRnnAttnTrainer;
