/**
 * llm-16: the same next-character model trained twice from the same weights on the same
 * batches, once with cross-entropy and once with squared error on the softmax probabilities.
 * Both are measured the same way on the whole corpus (cross-entropy, accuracy, the
 * probability given to the true next character). The snapshot also carries a tfjs autodiff
 * check of the analytic gradient curves the page draws.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer, type Optimizer, type OptimizerKind } from '$lib/ml/optim/optimizers';
import { logitsForTrueProb, type Spread } from '$lib/ml/softmax-losses/gradients';
import { probLoss, type ProbLoss } from '$lib/ml/softmax-losses/tf-losses';
import { StackedCharMlp, initWeights } from './model';
import { CONTEXT, PAD, charData, type CorpusId } from './corpus';

export interface LossRaceParams {
  corpus: CorpusId;
  optimizer: OptimizerKind;
  lr: number;
  /** Scale of the initial output weights: large = confident (and mostly wrong) at the start. */
  initScale: number;
  batch?: number;
  /** The autodiff check: number of classes and how the wrong mass is spread (live). */
  classes: number;
  spread: Spread;
}

export const LOSSES: ProbLoss[] = ['ce', 'mse'];
/** Upper edges of the bins of p(true next character) over the corpus. */
export const P_BINS = [0.01, 0.1, 0.5, 1];
export const CHECK_P = [0.002, 0.01, 0.03, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97];

export interface ModelView {
  /** Cross-entropy on the corpus (nats per character), next-character accuracy, squared error. */
  ce: number;
  acc: number;
  mse: number;
  /** Share of the corpus' characters in each bin of p(true next character) (P_BINS). */
  pHist: number[];
  /** Mean |d loss / d z_true| over the corpus under the model's own loss. */
  gradTrue: number;
}

export interface LossRaceSnapshot {
  step: number;
  vocabSize: number;
  /** Number of (context, next character) windows in the corpus. */
  windows: number;
  models: Record<ProbLoss, ModelView>;
  /** tfjs autodiff of both losses w.r.t. the true logit at CHECK_P. */
  check: { classes: number; spread: Spread; p: number[]; ce: number[]; mse: number[] };
  /** Text each model writes (sampled, two sentences), refreshed every SAMPLE_EVERY steps. */
  samples: Record<ProbLoss, string[]>;
  samplesStep: number;
}

const SAMPLE_EVERY = 100;
const SAMPLE_LEN = 40;

export function createLossRaceTrainer(params: LossRaceParams, seed: number): Trainer<LossRaceParams, LossRaceSnapshot> {
  const data = charData(params.corpus);
  const V = data.vocab.length;
  const B = params.batch ?? 32;
  const rng = new Rng(seed);
  const init = initWeights(rng.seed(), V, CONTEXT, params.initScale);
  const batchRng = new Rng(rng.seed());
  const sampleSeed = rng.seed();
  // Copy 0 learns with cross-entropy, copy 1 with squared error; one optimiser over the stacked
  // weights is the same as one per copy (SGD and Adam act per parameter).
  const model = new StackedCharMlp(init, 2, V, CONTEXT);
  const opt: Optimizer = makeOptimizer(params.optimizer, model.vars, params.lr);
  let classes = params.classes;
  let spread = params.spread;
  const n = data.Y.length;
  const allX = tf.tensor2d(data.X.flat(), [n, CONTEXT], 'int32');
  const allY = tf.tensor1d(data.Y, 'int32');

  let step = 0;
  let samples: Record<ProbLoss, string[]> = { ce: [], mse: [] };
  let samplesStep = -1;
  let check: LossRaceSnapshot['check'] | null = null;

  const trainStep = () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < B; i++) {
      const j = batchRng.int(n);
      xs.push(...data.X[j]);
      ys.push(data.Y[j]);
    }
    tf.tidy(() => {
      const x = tf.tensor2d(xs, [B, CONTEXT], 'int32');
      const y = tf.tensor1d(ys, 'int32');
      const grads = tf.grads((...ps: Tensor[]) => {
        const [zCE, zMSE] = tf.unstack(StackedCharMlp.logits(ps, x));
        return tf.add(probLoss('ce', zCE, y), probLoss('mse', zMSE, y));
      })(model.vars);
      opt.step(grads);
    });
  };

  /** Both models on the corpus: [ce, acc, mse, gradTrue] per model, then p(true) per window. */
  const evaluate = () =>
    tf.tidy(() => {
      const oneHot = tf.oneHot(allY, V);
      const parts: Tensor[] = [];
      const ps: Tensor[] = [];
      const zs = tf.unstack(model.logits(allX));
      for (const [i, k] of LOSSES.entries()) {
        const z = zs[i];
        const logp = tf.logSoftmax(z);
        const p = tf.exp(logp);
        const pTrue = tf.sum(tf.mul(p, oneHot), -1);
        const ce = tf.neg(tf.mean(tf.sum(tf.mul(logp, oneHot), -1)));
        const acc = tf.mean(tf.cast(tf.equal(tf.argMax(z, -1), allY), 'float32'));
        const mse = tf.mean(tf.sum(tf.square(tf.sub(p, oneHot)), -1));
        // Per-character gradient of the model's own loss w.r.t. the true logit, from the closed
        // forms (cheaper than a backward pass; gradients.test.ts checks them against autodiff):
        // CE: p_c - 1; MSE: 2 p_c [(p_c - 1) - (sum_k p_k^2 - p_c)].
        const gTrue =
          k === 'ce'
            ? tf.mean(tf.sub(1, pTrue))
            : tf.mean(tf.abs(tf.mul(tf.mul(2, pTrue), tf.sub(tf.sub(pTrue, 1), tf.sub(tf.sum(tf.square(p), -1), pTrue)))));
        parts.push(tf.stack([ce, acc, mse, gTrue]));
        ps.push(pTrue);
      }
      return tf.concat([...parts, ...ps]);
    });

  const readModels = (d: number[]): Record<ProbLoss, ModelView> => {
    const out = {} as Record<ProbLoss, ModelView>;
    LOSSES.forEach((k, i) => {
      const pTrue = d.slice(8 + i * n, 8 + (i + 1) * n);
      const pHist = P_BINS.map(() => 0);
      for (const p of pTrue) pHist[P_BINS.findIndex((edge) => p < edge || edge === 1)] += 1 / n;
      out[k] = { ce: d[4 * i], acc: d[4 * i + 1], mse: d[4 * i + 2], gradTrue: d[4 * i + 3], pHist };
    });
    return out;
  };

  const autodiffCheck = async (): Promise<LossRaceSnapshot['check']> => {
    if (check && check.classes === classes && check.spread === spread) return check;
    const t = tf.tidy(() => {
      const z = tf.tensor2d(CHECK_P.map((p) => logitsForTrueProb(p, classes, spread)));
      const y = tf.zeros([CHECK_P.length], 'int32');
      const m = CHECK_P.length;
      const col = (g: Tensor) => tf.reshape(tf.slice(g, [0, 0], [m, 1]), [m]);
      return tf.concat(LOSSES.map((k) => col(tf.grad((zz: Tensor) => tf.mul(probLoss(k, zz, y), m))(z))));
    });
    const d = await t.data();
    t.dispose();
    const m = CHECK_P.length;
    check = { classes, spread, p: [...CHECK_P], ce: Array.from(d.slice(0, m)), mse: Array.from(d.slice(m)) };
    return check;
  };

  /** Two sampled sentences per model, one readback per character for both models together. */
  const sample = async () => {
    const r = new Rng(sampleSeed + step);
    const S = 2;
    const ctx: number[][] = Array.from({ length: 2 * S }, () => new Array<number>(CONTEXT).fill(0));
    const text: string[] = new Array<string>(2 * S).fill('');
    const done: boolean[] = new Array<boolean>(2 * S).fill(false);
    for (let t = 0; t < SAMPLE_LEN && done.some((d) => !d); t++) {
      const probs = tf.tidy(() => {
        const x = tf.tensor2d(ctx.flat(), [2 * S, CONTEXT], 'int32');
        const z = model.logits(x); // [2, 2S, V]: row s of copy 0 for s < S, of copy 1 for s >= S
        const [zc, zm] = tf.unstack(z);
        return tf.concat([tf.softmax(tf.slice(zc, [0, 0], [S, V])), tf.softmax(tf.slice(zm, [S, 0], [S, V]))]);
      });
      const p = await probs.data();
      probs.dispose();
      for (let s = 0; s < 2 * S; s++) {
        if (done[s]) continue;
        let u = r.next();
        let c = V - 1;
        for (let k = 0; k < V; k++) {
          u -= p[s * V + k];
          if (u < 0) {
            c = k;
            break;
          }
        }
        const ch = data.vocab[c];
        text[s] += ch === PAD ? '_' : ch;
        ctx[s] = [...ctx[s].slice(1), c];
        if (ch === '.' || ch === '。') done[s] = true;
      }
    }
    samples = { ce: text.slice(0, S), mse: text.slice(S) };
    samplesStep = step;
  };

  let last: Record<ProbLoss, ModelView> | null = null;

  return {
    async train(steps: number): Promise<Metrics> {
      for (let i = 0; i < steps; i++) trainStep();
      step += steps;
      const t = evaluate();
      const d = await t.data();
      t.dispose();
      last = readModels(Array.from(d));
      const { ce, mse } = last;
      return { step, ce_ce: ce.ce, ce_mse: mse.ce, acc_ce: ce.acc, acc_mse: mse.acc, grad_ce: ce.gradTrue, grad_mse: mse.gradTrue };
    },

    async snapshot(): Promise<LossRaceSnapshot> {
      if (!last || samplesStep < 0) {
        const t = evaluate();
        const d = await t.data();
        t.dispose();
        last = readModels(Array.from(d));
      }
      if (samplesStep < 0 || step - samplesStep >= SAMPLE_EVERY) await sample();
      return {
        step,
        vocabSize: V,
        windows: n,
        models: structuredClone(last),
        check: structuredClone(await autodiffCheck()),
        samples: { ce: [...samples.ce], mse: [...samples.mse] },
        samplesStep
      };
    },

    setParams(p: Partial<LossRaceParams>) {
      if (p.lr !== undefined) opt.lr = p.lr;
      if (p.classes !== undefined) classes = Math.max(2, Math.round(p.classes));
      if (p.spread !== undefined) spread = p.spread;
    },

    dispose() {
      model.dispose();
      opt.dispose();
      allX.dispose();
      allY.dispose();
    }
  };
}

export default createLossRaceTrainer;
