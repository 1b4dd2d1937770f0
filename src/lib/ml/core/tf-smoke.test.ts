import { expect, it } from 'vitest';
import type { Scalar } from '@tensorflow/tfjs-core';
import { cpuTf } from './tf-cpu';

it('the test backend trains (gradients registered)', async () => {
  const tf = await cpuTf();
  expect(tf.getBackend()).toBe(process.env.TF_TEST_BACKEND === 'wasm' ? 'wasm' : 'cpu');
  const w = tf.variable(tf.scalar(3));
  const opt = tf.train.sgd(0.1);
  for (let i = 0; i < 50; i++) opt.minimize(() => w.square() as Scalar);
  expect(Math.abs((await w.data())[0])).toBeLessThan(0.01);
  w.dispose(); opt.dispose();
});
