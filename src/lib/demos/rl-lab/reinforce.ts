/**
 * llm-17: REINFORCE on a toy generation task ("write the word CAFE"), two copies of the same
 * policy trained side by side from the same (uniform) start with the same sampling seeds:
 * - mode 'baseline': copy a without a baseline, copy b with the leave-one-out (RLOO) baseline,
 *   same reward; each step also measures, on copy b's own batch, how spread out the
 *   per-sample gradient estimates are with and without subtracting the baseline;
 * - mode 'hacking': both with the baseline, copy a on the true reward, copy b on a flawed
 *   reward that also pays `lengthBonus` per letter (a grader that likes long answers).
 * The true reward: matched letters / |word| minus 0.25 per letter too many or too few, plus
 * `rewardOffset` (a constant every answer gets, as on a grader's 1-to-5 scale): it changes
 * nothing about which answer is best, but everything about the no-baseline estimator's noise.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { decode, encode, letterMask, logProb, looBaseline, reinforce, sample, MAX_LEN, ROWS, V, type Rollout } from './policy';
import type { RlParams, RlSnapshot, TopAnswer, CopyHistory } from './types';

export const LENGTH_PENALTY = 0.25;
const HISTORY_MAX = 300;
const COPIES = ['a', 'b'] as const;
type Copy = (typeof COPIES)[number];

/** True and flawed rewards of a batch, plus the letter count: each [B]. */
export function taskRewards(r: Rollout, target: Tensor, targetLen: number, bonus: number) {
  const letters = letterMask(r);
  const len = tf.sum(letters, 1);
  const matches = tf.sum(tf.mul(letters, tf.cast(tf.equal(r.tokens, target), 'float32')), 1);
  const trueR = tf.sub(tf.div(matches, targetLen), tf.mul(LENGTH_PENALTY, tf.abs(tf.sub(len, targetLen))));
  return { trueR, flawed: tf.add(trueR, tf.mul(bonus, len)), len };
}

/** Plain-TS twin of the true reward (for the views and the tests). */
export function trueReward(answer: string, word: string): number {
  let m = 0;
  for (let i = 0; i < Math.min(answer.length, word.length); i++) if (answer[i] === word[i]) m++;
  const len = answer === '.' ? 0 : answer.length;
  return m / word.length - LENGTH_PENALTY * Math.abs(len - word.length);
}

export function topAnswers(tokens: Int32Array, n: number, k = 5): TopAnswer[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const s = decode(tokens.subarray(i * MAX_LEN, (i + 1) * MAX_LEN));
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, k).map(([text, c]) => ({ text, share: c / n }));
}

export function createReinforceTrainer(p: RlParams, seed: number): Trainer<RlParams, RlSnapshot> {
  const rng = new Rng(seed);
  const word = p.target;
  const target = tf.tensor1d(encode(word).map((id, i) => (i < word.length ? id : -1)), 'int32');
  const w: Record<Copy, Variable> = { a: ownedVariable(tf.zeros([ROWS, V])), b: ownedVariable(tf.zeros([ROWS, V])) };
  const opt: Record<Copy, Optimizer> = { a: makeOptimizer('sgd', [w.a], p.lr), b: makeOptimizer('sgd', [w.b], p.lr) };
  const baseline = (c: Copy) => (p.mode === 'baseline' ? c === 'b' : true);
  const flawed = (c: Copy) => p.mode === 'hacking' && c === 'b';
  let bonus = p.lengthBonus;
  let offset = p.rewardOffset;
  let step = 0;
  const hist: Record<Copy, CopyHistory> = { a: emptyHistory(), b: emptyHistory() };
  const histStep: number[] = [];
  const sameBatch: number[] = [];
  const KEYS = ['trueA', 'proxyA', 'lenA', 'varA', 'trueB', 'proxyB', 'lenB', 'varB', 'varBNoBaseline'] as const;

  function oneStep(): Tensor {
    const s = rng.seed();
    const out: Tensor[] = [];
    for (const c of COPIES) {
      const roll = sample(w[c], p.batch, s);
      const { score } = logProb(w[c], roll);
      const { trueR, flawed: fl, len } = taskRewards(roll, target, word.length, bonus);
      const reward = p.mode === 'baseline' ? tf.add(trueR, offset) : flawed(c) ? fl : trueR;
      const adv = baseline(c) ? tf.sub(reward, looBaseline(reward)) : reward;
      const est = reinforce(score, adv);
      opt[c].step([tf.neg(tf.reshape(est.grad, [ROWS, V]))]);
      out.push(tf.mean(trueR), tf.mean(reward), tf.mean(len), est.variance);
      if (c === 'b') out.push(baseline(c) ? reinforce(score, reward).variance : est.variance);
    }
    return tf.stack(out);
  }

  return {
    async train(steps: number): Promise<Metrics> {
      let acc: Tensor = tf.zeros([KEYS.length]);
      for (let i = 0; i < steps; i++) {
        const next = tf.tidy(() => tf.add(acc, oneStep()));
        acc.dispose();
        acc = next;
      }
      step += steps;
      const v = await acc.data();
      acc.dispose();
      const m: Metrics = {};
      KEYS.forEach((k, i) => (m[k] = v[i] / Math.max(1, steps)));
      if (steps > 0) {
        histStep.push(step);
        for (const [c, s] of [['a', 'A'], ['b', 'B']] as const) {
          hist[c].trueReward.push(m[`true${s}`]);
          hist[c].reward.push(m[`proxy${s}`]);
          hist[c].length.push(m[`len${s}`]);
          hist[c].variance.push(m[`var${s}`]);
        }
        sameBatch.push(m.varBNoBaseline);
        if (histStep.length > HISTORY_MAX) thin();
      }
      return m;
    },

    async snapshot(): Promise<RlSnapshot> {
      const n = 256;
      const s = rng.seed();
      const toks = tf.tidy(() => tf.concat(COPIES.map((c) => sample(w[c], n, s).tokens), 0));
      const all = (await toks.data()) as Int32Array;
      toks.dispose();
      const per = MAX_LEN * n;
      return {
        kind: 'reinforce',
        mode: p.mode,
        step,
        target: word,
        steps: [...histStep],
        copies: {
          a: { top: topAnswers(all.subarray(0, per), n), history: copyOf(hist.a) },
          b: { top: topAnswers(all.subarray(per), n), history: copyOf(hist.b) }
        },
        varianceNoBaselineSameBatch: [...sameBatch]
      };
    },

    setParams(q: Partial<RlParams>) {
      if (q.lengthBonus !== undefined) bonus = q.lengthBonus;
      if (q.rewardOffset !== undefined) offset = q.rewardOffset;
      if (q.lr !== undefined) for (const c of COPIES) opt[c].lr = q.lr;
    },

    dispose() {
      for (const c of COPIES) {
        w[c].dispose();
        opt[c].dispose();
      }
      target.dispose();
    }
  };

  function thin() {
    const keep = (_: unknown, i: number) => i % 2 === 0 || i === histStep.length - 1;
    const kept = histStep.filter(keep);
    for (const c of COPIES) for (const k of Object.keys(hist[c]) as (keyof CopyHistory)[]) hist[c][k] = hist[c][k].filter(keep);
    const sb = sameBatch.filter(keep);
    histStep.length = 0;
    histStep.push(...kept);
    sameBatch.length = 0;
    sameBatch.push(...sb);
  }
}

function emptyHistory(): CopyHistory {
  return { trueReward: [], reward: [], length: [], variance: [] };
}
function copyOf(h: CopyHistory): CopyHistory {
  return { trueReward: [...h.trueReward], reward: [...h.reward], length: [...h.length], variance: [...h.variance] };
}
