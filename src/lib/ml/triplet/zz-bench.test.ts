import { it } from 'vitest';
import { cpuTf } from '/work/main/src/lib/ml/tf-cpu';

it('bench', async () => {
  const tf = await cpuTf();
  const time = (name: string, f: () => void, n = 300) => {
    for (let i = 0; i < 20; i++) tf.tidy(() => { f(); });
    const t0 = performance.now();
    for (let i = 0; i < n; i++) tf.tidy(() => { f(); });
    console.log(name, ((performance.now() - t0) / n * 1000).toFixed(0), 'us');
  };
  const x = tf.randomNormal([60, 4]); const w = tf.randomNormal([4, 32]); const w2 = tf.randomNormal([32, 2]);
  const xb = tf.randomNormal([2, 60, 4]); const wb = tf.randomNormal([2, 4, 32]);
  const z = tf.randomNormal([60, 2]); const D = tf.randomNormal([60, 60]);
  time('scalar add', () => tf.scalar(1).add(1));
  time('matMul 60x4x32', () => x.matMul(w));
  time('batched matMul 2x60x4x32', () => tf.matMul(xb as any, wb as any));
  time('tanh 60x32', () => tf.tanh(tf.zeros([60, 32])));
  time('mlp fwd', () => x.matMul(w).tanh().matMul(w2));
  time('D matrix', () => { const diff = z.reshape([60, 1, 2]).sub(z.reshape([1, 60, 2])).add(1e-6); diff.square().sum(-1).sqrt(); });
  time('argMax 60x60', () => D.argMax(1));
  time('oneHot', () => tf.oneHot(tf.tensor1d([1,2,3],'int32'), 60));
  time('rng 7200 + tensor', () => { const a = new Float32Array(7200); for (let i=0;i<7200;i++) a[i]=Math.sin(i); tf.tensor(a); });
  const v = tf.variable(tf.randomNormal([4, 32])); const opt = tf.train.adam(0.01);
  time('adam 1 var', () => opt.minimize(() => v.square().sum() as any, false, [v]));
  const sgd = tf.train.momentum(0.01, 0.9);
  time('momentum 1 var', () => sgd.minimize(() => v.square().sum() as any, false, [v]));
  time('grad only', () => tf.variableGrads(() => v.square().sum() as any, [v]));
}, 120000);
