/**
 * The pure parts of the curriculum demo (page gen-09), free of tfjs so the views can use
 * them: the target curve, the pacing function, the learning-rate decay, steps-to-target.
 */

/** The noise-free curve both networks learn. */
export const truth = (x: number) => Math.sin(3 * x) + 0.3 * x;

/** g(t) = min(1, g0 + (1 - g0) t / T): the share of the sorted data a curriculum run may sample at step t. */
export function pacing(step: number, startShare: number, paceSteps: number): number {
  return Math.min(1, startShare + ((1 - startShare) * step) / Math.max(1, paceSteps));
}

/** How many examples a share admits (at least one). */
export const admittedCount = (share: number, n: number) => Math.max(1, Math.min(n, Math.ceil(share * n - 1e-9)));

/** The learning rate at step t: cosine from lr down to 0 at totalSteps (0 after). */
export const lrAt = (lr: number, step: number, total: number) => (step >= total ? 0 : 0.5 * lr * (1 + Math.cos((Math.PI * step) / total)));

/** The step at which a held-out curve first reaches `target` (null if it never does). */
export function stepsToTarget(steps: number[], curve: number[], target: number): number | null {
  const i = curve.findIndex((v) => v <= target);
  return i < 0 ? null : steps[i];
}
