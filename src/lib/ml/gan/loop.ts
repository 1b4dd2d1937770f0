/** The training loop both GAN trainers share (plain and class-conditional). */
import { tf, type Tensor } from '$lib/ml/core/tf';

/** One iteration: `dSteps` discriminator steps, then one generator step; returns [dLoss, gLoss]. */
export function iterate(dSteps: number, stepD: () => Tensor, stepG: () => Tensor): Tensor {
  let dLoss: Tensor | null = null;
  for (let k = 0; k < dSteps; k++) dLoss = stepD();
  return tf.stack([dLoss ?? tf.scalar(NaN), stepG()]);
}

/**
 * Run `n` >= 1 iterations, each inside its own tidy; only the last one's losses leave
 * their tidy, and they are read back once.
 */
export async function runIterations(n: number, once: () => Tensor): Promise<{ dLoss: number; gLoss: number }> {
  for (let it = 0; it < n - 1; it++) {
    tf.tidy(() => {
      once();
    });
  }
  const losses = tf.tidy(once);
  const v = await losses.data();
  losses.dispose();
  return { dLoss: v[0], gLoss: v[1] };
}
