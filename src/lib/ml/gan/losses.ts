/**
 * GAN losses on raw discriminator outputs (shape [B, 1]). Call inside tf.tidy.
 *
 * - 'standard': the minimax game of Goodfellow et al. 2014, "Generative Adversarial Nets".
 *   D maximises log D(x) + log(1 - D(G(z))) with D = sigmoid(score); G minimises
 *   log(1 - D(G(z))), which saturates when D confidently rejects the fakes.
 * - 'nonsaturating': same D; G instead maximises log D(G(z)) (the fix proposed in the
 *   same paper), which gives strong gradients early in training.
 * - 'lsgan': least squares, Mao et al. 2017, "Least Squares Generative Adversarial
 *   Networks", with targets a = 0 (fake), b = 1 (real), c = 1 (what G wants):
 *   D: 1/2 E[(D(x) - 1)^2] + 1/2 E[D(G(z))^2];  G: 1/2 E[(D(G(z)) - 1)^2].
 * - 'wgan-gp': Wasserstein critic with gradient penalty, Gulrajani et al. 2017,
 *   "Improved Training of Wasserstein GANs": D: E[D(G(z))] - E[D(x)] + lambda E[(||grad D(x_hat)|| - 1)^2]
 *   on x_hat = eps x + (1 - eps) G(z), eps ~ U(0, 1); G: -E[D(G(z))].
 * - 'wgan-clip': the original WGAN, Arjovsky et al. 2017, "Wasserstein GAN": the same
 *   critic and generator losses without the penalty; the trainer instead clips every
 *   critic parameter to [-c, c] after each critic step (clipWeights) and uses RMSProp.
 *   Not in LOSSES (the toy GAN's menu); ALL_LOSSES lists it.
 *
 * log sigmoid(s) = -softplus(-s) and log(1 - sigmoid(s)) = -softplus(s) keep the
 * sigmoid losses finite for any score.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';

export const LOSSES = ['standard', 'nonsaturating', 'lsgan', 'wgan-gp'] as const;
/** The losses the toy GAN's control offers. */
export type LossKind = (typeof LOSSES)[number];
/** Every loss the engine implements: LOSSES plus the weight-clipped WGAN. */
export const ALL_LOSSES = [...LOSSES, 'wgan-clip'] as const;
export type AnyLossKind = (typeof ALL_LOSSES)[number];
/** The paper's clip value c (Arjovsky et al. 2017). */
export const DEFAULT_WEIGHT_CLIP = 0.01;

/** Whether D is a Wasserstein critic (raw, unbounded score) rather than a classifier. */
export function isCritic(kind: AnyLossKind): boolean {
  return kind === 'wgan-gp' || kind === 'wgan-clip';
}

/** Discriminator / critic loss, without the gradient penalty. */
export function discriminatorLoss(kind: AnyLossKind, dReal: Tensor, dFake: Tensor): Tensor {
  switch (kind) {
    case 'standard':
    case 'nonsaturating':
      return tf.add(tf.mean(tf.softplus(tf.neg(dReal))), tf.mean(tf.softplus(dFake)));
    case 'lsgan':
      return tf.mul(0.5, tf.add(tf.mean(tf.square(tf.sub(dReal, 1))), tf.mean(tf.square(dFake))));
    case 'wgan-gp':
    case 'wgan-clip':
      return tf.sub(tf.mean(dFake), tf.mean(dReal));
  }
}

/**
 * The discriminator loss on the real and the fake scores stacked ([2B, 1], real rows first;
 * `signs` is the trainer's constant column of -1 for the real rows and +1 for the fakes).
 * For the sigmoid losses it is one op: mean softplus(-dReal) + mean softplus(dFake) =
 * sum(softplus(signs * both) / B), with the gradient each mean would give (see
 * softplusSum). The other losses slice the stack and call discriminatorLoss.
 */
export function discriminatorLossStacked(kind: AnyLossKind, both: Tensor, signs: Tensor): Tensor {
  const b = both.shape[0] / 2;
  if (kind === 'standard' || kind === 'nonsaturating') return softplusSum(both, signs, b);
  return discriminatorLoss(kind, both.slice([0, 0], [b, 1]), both.slice([b, 0], [b, 1]));
}

/**
 * sum(softplus(sign * x) / n) for a column x [B, 1], sign +1, -1 or a [B, 1] column of +-1,
 * as one op whose gradient is written out: dy / n * sigmoid(sign * x) * sign. With n = B it
 * is mean(softplus(sign * x)), and both the value (tfjs's cpu mean divides, then sums) and
 * the gradient (mean's dy / n, softplus's sigmoid, then the sign) are the same floats as
 * those ops give, in fewer kernels (each is a draw call on WebGL).
 */
export function softplusSum(x: Tensor, sign: Tensor | 1 | -1, n: number): Tensor {
  const signed = (t: Tensor) => (sign === 1 ? t : sign === -1 ? tf.neg(t) : tf.mul(t, sign));
  const op = tf.customGrad(((xi: Tensor, save: (ts: Tensor[]) => void) => {
    const z = signed(xi);
    save([z]);
    return {
      value: tf.sum(tf.div(tf.softplus(z), n)),
      gradFunc: (dy: Tensor, [zs]: Tensor[]) => signed(tf.mul(tf.div(dy, n), tf.sigmoid(zs)))
    };
  }) as never) as (t: Tensor) => Tensor;
  return op(x);
}

/** Generator loss (what G minimises). */
export function generatorLoss(kind: AnyLossKind, dFake: Tensor): Tensor {
  switch (kind) {
    case 'standard':
      return tf.neg(softplusSum(dFake, 1, dFake.shape[0]));
    case 'nonsaturating':
      return softplusSum(dFake, -1, dFake.shape[0]);
    case 'lsgan':
      return tf.mul(0.5, tf.mean(tf.square(tf.sub(dFake, 1))));
    case 'wgan-gp':
    case 'wgan-clip':
      return tf.neg(tf.mean(dFake));
  }
}

/** x_hat = eps * real + (1 - eps) * fake, one eps per row (eps shape [B, 1]). */
export function interpolate(real: Tensor, fake: Tensor, eps: Tensor): Tensor {
  return tf.add(tf.mul(eps, real), tf.mul(tf.sub(1, eps), fake));
}

/**
 * Per-row norm of the gradient of the critic with respect to its input, at `x` ([B]).
 * The critic maps [B, 2] to [B, 1]; summing its outputs gives each row its own gradient
 * (exact when rows do not interact, as without the minibatch-std feature).
 */
export function inputGradNorm(critic: (x: Tensor) => Tensor, x: Tensor): Tensor {
  const g = tf.grad((xi: Tensor) => tf.sum(critic(xi)))(x);
  return tf.sqrt(tf.add(tf.sum(tf.square(g), 1), 1e-12));
}

/** The WGAN-GP penalty lambda * E[(||grad D(x_hat)|| - 1)^2]; differentiable in D's weights. */
export function gradientPenalty(
  critic: (x: Tensor) => Tensor,
  real: Tensor,
  fake: Tensor,
  eps: Tensor,
  lambda: number
): Tensor {
  const norms = inputGradNorm(critic, interpolate(real, fake, eps));
  return tf.mul(lambda, tf.mean(tf.square(tf.sub(norms, 1))));
}

/** What the discriminator heat map shows: P(real) for sigmoid losses, the raw score otherwise. */
export function displayScore(kind: AnyLossKind, score: Tensor): Tensor {
  return kind === 'standard' || kind === 'nonsaturating' ? tf.sigmoid(score) : score;
}

/**
 * Weight clipping (Arjovsky et al. 2017): clamp every critic parameter to [-c, c], in
 * place. Called after each critic update; call inside tf.tidy.
 */
export function clipWeights(vars: readonly tf.Variable[], c: number): void {
  for (const v of vars) v.assign(tf.clipByValue(v, -c, c));
}

