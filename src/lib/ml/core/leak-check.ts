/**
 * The leak test every trainer gets (tfjs-examples' pattern): after a burn-in train +
 * snapshot, tf.memory().numTensors stays flat over further rounds, and dispose() returns
 * it to the count before construction. For tests only (imports vitest).
 */
import { expect } from 'vitest';
import { cpuTf } from './tf-cpu';
import type { Trainer } from './trainer';

export async function expectNoLeak(
  make: () => Trainer<never, unknown>,
  { burnIn = 2, steps = 5, rounds = 3 }: { burnIn?: number; steps?: number; rounds?: number } = {}
): Promise<void> {
  const tf = await cpuTf();
  const before = tf.memory().numTensors;
  const t = make();
  await t.train(burnIn);
  await t.snapshot();
  const burnt = tf.memory().numTensors;
  for (let i = 0; i < rounds; i++) {
    await t.train(steps);
    await t.snapshot();
  }
  expect(tf.memory().numTensors).toBe(burnt);
  t.dispose();
  expect(tf.memory().numTensors).toBe(before);
}
