/**
 * llm-10: RLHF end to end on the letter policy.
 * 1. Reference ("SFT") policy: the per-position letter frequencies of a small list of real
 *    words made of the letters A-F, fitted by counting (closed form), frozen.
 * 2. Preferences: `pairs` pairs of answers sampled from the reference, judged by a simulated
 *    labeller with a hidden taste u(y) as a Bradley-Terry labeller would:
 *    P(a preferred) = sigmoid((u(a) - u(b)) / TEMP). The reader's own judgements join the pool.
 * 3. Reward model: a small MLP on the answer's letter counts and length, fitted live with the
 *    Bradley-Terry loss -log sigmoid(r(preferred) - r(rejected)) (Christiano et al. 2017,
 *    Ouyang et al. 2022, eq. 1).
 * 4. After WARMUP reward-model-only steps, the policy (initialised at the reference) is trained
 *    with REINFORCE (leave-one-out baseline) on r(y) - beta * (log pi(y) - log pi_ref(y)),
 *    the KL-penalised reward of Ziegler et al. 2019 / Ouyang et al. 2022, eq. 2.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { Mlp, ownedVariable } from '$lib/ml/nn/mlp';
import { makeOptimizer } from '$lib/ml/optim/optimizers';
import { decode, encode, exactKl, letterMask, logProb, looBaseline, maskOf, reinforce, sample, EOS, MAX_LEN, ROWS, V, type Rollout } from './policy';
import type { RlParams, RlhfAnswer, RlhfSnapshot, Taste } from './types';

export const WARMUP = 20;
export const TEMP = 0.5;
/** Reward-model scores are RM_SCALE * tanh(MLP output): bounded, as reward models are usually normalised. */
export const RM_SCALE = 3;
const HISTORY_MAX = 300;

/** The "pretraining data": real English words spelt with A-F only. */
export const WORDS = ['ACE', 'ADD', 'BAD', 'BED', 'BEE', 'CAB', 'DAB', 'DAD', 'DEAD', 'DEAF', 'FAD', 'FED', 'FEE', 'FACE', 'FADE', 'CAFE', 'BEAD', 'DEED', 'FEED', 'BABE', 'ACED', 'FACED', 'FADED', 'BEADED', 'DECADE', 'DEFACE', 'FACADE', 'ABBA', 'EBB', 'DABBED'];

/** Hidden utility per letter (index = token id; "." scores 0). */
export const TASTES: Record<Taste, number[]> = {
  // likes vowels, mildly dislikes consonants
  vowels: [0, 1, -0.5, -0.5, -0.5, 1, -0.5],
  // likes short answers: every letter costs
  short: [0, -0.6, -0.6, -0.6, -0.6, -0.6, -0.6]
};

/** Plain-TS hidden utility of an answer. */
export function tasteOf(answer: string, taste: Taste): number {
  if (answer === '.') return 0;
  return [...answer].reduce((s, ch) => s + TASTES[taste]['.ABCDEF'.indexOf(ch)], 0);
}

/** Reference logit table: log of smoothed counts of each token per position. */
export function referenceTable(words = WORDS, smoothing = 0.2): Float32Array {
  const counts = new Float64Array(ROWS * V).fill(smoothing);
  for (const word of words) {
    const ids = encode(word);
    for (let t = 0; t < MAX_LEN; t++) {
      const y = t < word.length ? ids[t] : EOS;
      counts[t * V + y] += 1;
      if (y === EOS) break;
    }
  }
  return Float32Array.from(counts, (c) => Math.log(c));
}

const N_FEAT = 6 + MAX_LEN + 1;
/** Reward-model features: letter counts (A-F) and a one-hot of the length. [B, N_FEAT]. */
function features(r: Rollout): Tensor {
  const letters = letterMask(r);
  const counts = tf.sum(tf.mul(tf.oneHot(r.tokens, V), tf.expandDims(letters, 2)), 1);
  const len = tf.oneHot(tf.cast(tf.sum(letters, 1), 'int32'), MAX_LEN + 1);
  return tf.concat([tf.slice(counts, [0, 1], [-1, 6]), len], 1);
}

function rolloutOf(answers: string[]): Rollout {
  const tokens = tf.tensor2d(answers.map(encode), [answers.length, MAX_LEN], 'int32');
  return { tokens, mask: maskOf(tokens) };
}

export function createRlhfTrainer(p: RlParams, seed: number): Trainer<RlParams, RlhfSnapshot> {
  const rng = new Rng(seed);
  const refData = referenceTable();
  const ref = tf.tensor2d(refData, [ROWS, V]);
  const w: Variable = ownedVariable(tf.tensor2d(refData, [ROWS, V]));
  const rm = new Mlp({ input: N_FEAT, hidden: [16], output: 1, activation: 'tanh', outputActivation: 'tanh' }, new Rng(rng.seed()), 'rlhf-rm');
  const rmOpt = makeOptimizer('adam', rm.variables, 0.03, { beta1: 0.9 });
  const polOpt = makeOptimizer('sgd', [w], p.lr);
  const utility = tf.tensor1d(TASTES[p.taste]);
  const taste = (r: Rollout) => tf.sum(tf.mul(letterMask(r), tf.gather(utility, r.tokens)), 1);
  const score = (f: Tensor) => tf.mul(RM_SCALE, tf.reshape(rm.apply(f), [-1]));
  let beta = p.beta;
  let humanSeen = 0;

  // Simulated preference pool (features of preferred and rejected answers) and held-out pairs.
  const labelSeed = rng.seed();
  let [prefF, rejF] = tf.tidy(() => {
    const a = sample(ref, p.pairs, rng.seed()), b = sample(ref, p.pairs, rng.seed());
    const pA = tf.sigmoid(tf.div(tf.sub(taste(a), taste(b)), TEMP));
    const aWins = tf.reshape(tf.less(tf.randomUniform([p.pairs], 0, 1, 'float32', labelSeed), pA), [-1, 1]);
    const fa = features(a), fb = features(b);
    return [tf.where(aWins, fa, fb), tf.where(aWins, fb, fa)];
  });
  const evalSet = tf.tidy(() => {
    const n = 256;
    const a = sample(ref, n, rng.seed()), b = sample(ref, n, rng.seed());
    const d = tf.sub(taste(a), taste(b));
    const aWins = tf.reshape(tf.greater(d, 0), [-1, 1]);
    const fa = features(a), fb = features(b);
    return { pref: tf.where(aWins, fa, fb), rej: tf.where(aWins, fb, fa), weight: tf.cast(tf.greater(tf.abs(d), 1e-6), 'float32') };
  });
  const rmAccuracyT = () =>
    tf.div(tf.sum(tf.mul(evalSet.weight, tf.cast(tf.greater(score(evalSet.pref), score(evalSet.rej)), 'float32'))), tf.maximum(tf.sum(evalSet.weight), 1));

  let step = 0;
  const hist: RlhfSnapshot['history'] = { rmAccuracy: [], rmReward: [], taste: [], kl: [] };
  const histStep: number[] = [];
  const KEYS = ['rmLoss', 'rmReward', 'taste', 'kl'] as const;

  function oneStep(): Tensor {
    const { value: rmLoss, grads } = tf.variableGrads(() => tf.mean(tf.softplus(tf.sub(score(rejF), score(prefF)))) as tf.Scalar, rm.variables);
    rmOpt.step(rm.variables.map((v) => grads[v.name]));
    const roll = sample(w, p.batch, rng.seed());
    const { logp, score: sc } = logProb(w, roll, step >= WARMUP);
    const logRatio = tf.sub(logp, logProb(ref, roll, false).logp);
    const r = score(features(roll));
    if (step >= WARMUP) {
      const total = tf.sub(r, tf.mul(beta, logRatio));
      const est = reinforce(sc, tf.sub(total, looBaseline(total)));
      polOpt.step([tf.neg(tf.reshape(est.grad, [ROWS, V]))]);
    }
    step++;
    return tf.stack([rmLoss, tf.mean(r), tf.mean(taste(roll)), tf.mean(logRatio)]);
  }

  async function answersOf(policy: Tensor, n: number): Promise<{ top: RlhfAnswer[]; judge: [string, string] }> {
    const [toks, rmv, tv] = tf.tidy(() => {
      const roll = sample(policy, n, rng.seed());
      return [roll.tokens, score(features(roll)), taste(roll)];
    });
    const [t, r, u] = await Promise.all([toks.data(), rmv.data(), tv.data()]);
    tf.dispose([toks, rmv, tv]);
    const by = new Map<string, { c: number; rm: number; taste: number }>();
    for (let i = 0; i < n; i++) {
      const s = decode(t.subarray(i * MAX_LEN, (i + 1) * MAX_LEN));
      const e = by.get(s) ?? { c: 0, rm: r[i], taste: u[i] };
      e.c++;
      by.set(s, e);
    }
    const top = [...by.entries()].sort((x, y) => y[1].c - x[1].c).slice(0, 6).map(([text, e]) => ({ text, share: e.c / n, rm: e.rm, taste: e.taste }));
    const a = decode(t.subarray(0, MAX_LEN));
    let b = a;
    for (let i = 1; i < n && b === a; i++) b = decode(t.subarray(i * MAX_LEN, (i + 1) * MAX_LEN));
    return { top, judge: [a, b] };
  }

  /** Append the reader's judgements not seen yet (the list only grows) to the pool. */
  function addHuman(h: [string, string][]) {
    if (h.length <= humanSeen) return;
    const fresh = h.slice(humanSeen);
    humanSeen = h.length;
    const [np, nr] = tf.tidy(() => [
      tf.concat([prefF, features(rolloutOf(fresh.map((x) => x[0])))], 0),
      tf.concat([rejF, features(rolloutOf(fresh.map((x) => x[1])))], 0)
    ]);
    prefF.dispose();
    rejF.dispose();
    prefF = np;
    rejF = nr;
  }
  addHuman(p.humanPairs ?? []);

  return {
    async train(steps: number): Promise<Metrics> {
      let acc: Tensor = tf.zeros([KEYS.length]);
      for (let i = 0; i < steps; i++) {
        const next = tf.tidy(() => tf.add(acc, oneStep()));
        acc.dispose();
        acc = next;
      }
      // Chunk means of the per-step figures, then the held-out ranking accuracy at the end.
      const all = tf.tidy(() => tf.concat([tf.div(acc, Math.max(1, steps)), tf.reshape(rmAccuracyT(), [1])]));
      acc.dispose();
      const v = await all.data();
      all.dispose();
      const m: Metrics = { rmAccuracy: v[KEYS.length] };
      KEYS.forEach((k, i) => (m[k] = v[i]));
      if (steps > 0) {
        histStep.push(step);
        hist.rmAccuracy.push(m.rmAccuracy);
        hist.rmReward.push(m.rmReward);
        hist.taste.push(m.taste);
        hist.kl.push(m.kl);
        if (histStep.length > HISTORY_MAX) {
          const keep = (_: unknown, i: number) => i % 2 === 0 || i === histStep.length - 1;
          for (const k of Object.keys(hist) as (keyof typeof hist)[]) hist[k] = hist[k].filter(keep);
          const s = histStep.filter(keep);
          histStep.length = 0;
          histStep.push(...s);
        }
      }
      return m;
    },

    async snapshot(): Promise<RlhfSnapshot> {
      const wData = await w.data();
      const acc = tf.tidy(rmAccuracyT);
      const rmAccuracy = (await acc.data())[0];
      acc.dispose();
      const now = await answersOf(w, 256);
      const before = await answersOf(ref, 256);
      const refTaste = tf.tidy(() => tf.mean(taste(sample(ref, 512, 12345))));
      const referenceTaste = (await refTaste.data())[0];
      refTaste.dispose();
      return {
        kind: 'rlhf', step, warmup: WARMUP, steps: [...histStep],
        history: { rmAccuracy: [...hist.rmAccuracy], rmReward: [...hist.rmReward], taste: [...hist.taste], kl: [...hist.kl] },
        kl: exactKl(wData, refData), referenceTaste, rmAccuracy,
        pairsUsed: prefF.shape[0], humanPairs: humanSeen,
        top: now.top, referenceTop: before.top, judge: now.judge
      };
    },

    setParams(q: Partial<RlParams>) {
      if (q.beta !== undefined) beta = q.beta;
      if (q.lr !== undefined) polOpt.lr = q.lr;
      addHuman(q.humanPairs ?? []);
    },

    dispose() {
      tf.dispose([ref, w, utility, prefF, rejF, evalSet.pref, evalSet.rej, evalSet.weight]);
      rm.dispose();
      rmOpt.dispose();
      polOpt.dispose();
    }
  };
}
