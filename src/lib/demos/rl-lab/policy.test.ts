/**
 * Reference cases for the maths of the rl-lab policy (cpu backend):
 * - the closed-form score function equals tfjs' autodiff of log pi(y);
 * - exactKl equals KL summed over every answer, enumerated;
 * - the leave-one-out baseline and the task rewards on hand-computed cases.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf, tf } from '$lib/ml/core/tf-cpu';
import { Rng } from '$lib/ml/core/random';
import { decode, encode, exactKl, logProb, looBaseline, maskOf, rowSoftmax, sample, EOS, MAX_LEN, V } from './policy';
import { taskRewards, trueReward } from './reinforce';
import { referenceTable, tasteOf } from './rlhf';

const table = (seed: number, eosBias = 0) => {
  const r = new Rng(seed);
  return Float32Array.from({ length: MAX_LEN * V }, (_, i) => r.normal() + (i % V === EOS ? eosBias : 0));
};

describe('rl-lab policy maths', () => {
  it('the closed-form score function equals the autodiff gradient of log pi(y)', async () => {
    await cpuTf();
    const w = tf.tensor2d(table(1), [MAX_LEN, V]);
    const roll = sample(w, 5, 7);
    const { score } = logProb(w, roll);
    const mine = await score.array() as number[][];
    for (let i = 0; i < 5; i++) {
      const one = { tokens: tf.slice(roll.tokens, [i, 0], [1, -1]), mask: tf.slice(roll.mask, [i, 0], [1, -1]) };
      const g = tf.grad((x: tf.Tensor) => tf.sum(logProb(x, one, false).logp))(w);
      const auto = Array.from(await g.data());
      auto.forEach((v, k) => expect(mine[i][k]).toBeCloseTo(v, 5));
      tf.dispose([one.tokens, one.mask, g]);
    }
    tf.dispose([w, roll.tokens, roll.mask, score]);
  });

  it('exactKl equals the KL summed over every answer (enumerated)', () => {
    const p = table(2, 1.5), q = table(3, 1.5);
    const pp = rowSoftmax(p), qq = rowSoftmax(q);
    let kl = 0;
    const walk = (t: number, lp: number, lq: number) => {
      for (let k = 0; k < V; k++) {
        const a = lp + Math.log(pp[t * V + k]), b = lq + Math.log(qq[t * V + k]);
        if (k === EOS || t === MAX_LEN - 1) kl += Math.exp(a) * (a - b);
        else if (Math.exp(a) > 1e-9) walk(t + 1, a, b);
      }
    };
    walk(0, 0, 0);
    expect(exactKl(p, q)).toBeCloseTo(kl, 4);
    expect(exactKl(p, p)).toBeCloseTo(0, 10);
  });

  it('leave-one-out baseline, end masks and rewards match hand-computed values', async () => {
    await cpuTf();
    expect(Array.from(await looBaseline(tf.tensor1d([1, 2, 3, 6])).data()).map((v) => +v.toFixed(5))).toEqual([3.66667, 3.33333, 3, 2]);
    const words = ['CAFE', 'CAF', 'CAFEBB', '.', 'FACE'];
    const tokens = tf.tensor2d(words.map(encode), [words.length, MAX_LEN], 'int32');
    const mask = maskOf(tokens);
    expect(Array.from(await mask.data()).slice(0, MAX_LEN)).toEqual([1, 1, 1, 1, 1, 0, 0, 0]);
    const target = tf.tensor1d(encode('CAFE').map((id, i) => (i < 4 ? id : -1)), 'int32');
    const r = taskRewards({ tokens, mask }, target, 4, 0.5);
    const t = Array.from(await r.trueR.data());
    expect(t.map((v) => +v.toFixed(4))).toEqual([1, 0.5, 0.5, -1, 0.5]);
    words.forEach((w, i) => expect(trueReward(w, 'CAFE')).toBeCloseTo(t[i], 5));
    expect(Array.from(await r.flawed.data()).map((v) => +v.toFixed(4))).toEqual([3, 2, 3.5, -1, 2.5]);
    expect(words.map((w) => decode(encode(w)))).toEqual(words);
    expect(tasteOf('AEB', 'vowels')).toBeCloseTo(1.5, 10);
    // The reference model puts most of its first-letter mass on letters that start the words.
    const ref = rowSoftmax(referenceTable());
    expect(ref[EOS]).toBeLessThan(0.05);
  });
});
