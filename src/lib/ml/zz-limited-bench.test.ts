import { it } from 'vitest';
import { cpuTf } from '/work/main/src/lib/ml/tf-cpu';
it('bench', async () => {
  const tf = await cpuTf();
  for (const [K, G, H, L] of [[22, 256, 32, 2], [22, 256, 16, 2], [22, 256, 64, 1], [4, 256, 32, 2], [1,256,32,2]]) {
    const x = tf.randomNormal([K, G, 2]);
    const W1 = tf.variable(tf.randomNormal([K, 2, H]));
    const b1 = tf.variable(tf.zeros([K, 1, H]));
    const W2 = tf.variable(tf.randomNormal([K, H, H], 0, 0.2));
    const b2 = tf.variable(tf.zeros([K, 1, H]));
    const W3 = tf.variable(tf.randomNormal([K, H, 1], 0, 0.2));
    const C = tf.randomUniform([K, G]);
    const opt = tf.train.adam(0.01);
    const vars = L === 2 ? [W1, b1, W2, b2, W3] : [W1, b1, W3];
    const f = () => {
      let h = tf.tanh(tf.add(tf.matMul(x, W1), b1));
      if (L === 2) h = tf.tanh(tf.add(tf.matMul(h, W2), b2));
      const lg = tf.matMul(h, W3).reshape([K, G]);
      return tf.sum(tf.sub(tf.logSumExp(lg, 1), tf.sum(tf.mul(C, lg), 1))) as any;
    };
    for (let i = 0; i < 5; i++) tf.tidy(() => { opt.minimize(f, false, vars); });
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) tf.tidy(() => { opt.minimize(f, false, vars); });
    console.log(K, G, H, L, ((performance.now() - t0) / 50).toFixed(2), 'ms/step');
  }
});
