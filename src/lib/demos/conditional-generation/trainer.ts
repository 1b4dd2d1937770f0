/**
 * gen-04: a conditional GAN (G(z, c) and D(x, c) see the one-hot class) and an
 * unconditional GAN (same networks without the label inputs) trained together on the same
 * labelled 2-D data from the same seed, by the engine in src/lib/ml/gan/conditional.ts.
 * The snapshot holds both models' samples for every class at once, so picking a class or
 * switching conditioning off needs no retraining; plus where the samples land (share
 * nearest to each class centre) now and over iterations.
 */
import { createCondGanTrainer, DEFAULT_COND_GAN_PARAMS, type CondGanParams, type CondGanSnapshot } from '$lib/ml/gan/conditional';
import type { LabelledKind } from '$lib/ml/gan/labelled';
import type { Mode } from '$lib/ml/gan/data';
import type { Metrics, Trainer, TrainerFactory } from '$lib/ml/core/trainer';
import type { Values } from '$lib/params/schema';
import type { params } from './params';
import { hitRate } from './shared';

export interface ConditionalParams {
  dataset: LabelledKind;
  lrG: number;
  lrD: number;
}

export interface ModelView {
  /** Generated points, flat; conditional: `perClass` points per class, class by class. */
  fake: Float32Array;
  /** Conditional: shares[k][j] = share of class-k samples nearest to centre j. Unconditional: one row. */
  shares: number[][];
  dLoss: number;
  gLoss: number;
}

export interface ConditionalSnapshot {
  iteration: number;
  extent: [number, number, number, number];
  classes: Mode[];
  real: Float32Array;
  realLabels: Int32Array;
  perClass: number;
  cond: ModelView;
  uncond: ModelView;
  /**
   * Over iterations (one point per snapshot while training): `hit`, the conditional model's
   * share of samples nearest the asked-for class (mean over classes); `minShare`, the
   * unconditional model's smallest class share.
   */
  history: { steps: number[]; hit: number[]; minShare: number[] };
}

/** The two models' engine parameters: identical but for the label inputs. */
export function modelParams(p: ConditionalParams): Record<'cond' | 'uncond', CondGanParams> {
  // A wider generator than the toy default: an unconditional G must tear its noise into
  // separate blobs, which 16 units often fail to do (a class gets dropped).
  const base: CondGanParams = { ...DEFAULT_COND_GAN_PARAMS, dataset: p.dataset, lrG: p.lrG, lrD: p.lrD, gHidden: 32 };
  return { cond: { ...base, conditional: true }, uncond: { ...base, conditional: false } };
}

export { hitRate };

const HISTORY_MAX = 400;
const view = (s: CondGanSnapshot): ModelView => ({ fake: s.fake, shares: s.shares, dLoss: s.dLoss, gLoss: s.gLoss });

export function createConditionalDemo(params: ConditionalParams, seed: number): Trainer<ConditionalParams, ConditionalSnapshot> {
  const p = { ...params };
  const per = modelParams(p);
  const cond = createCondGanTrainer(per.cond, seed);
  const uncond = createCondGanTrainer(per.uncond, seed);
  const history: ConditionalSnapshot['history'] = { steps: [], hit: [], minShare: [] };
  let iteration = 0;
  let disposed = false;

  async function train(steps: number): Promise<Metrics> {
    if (disposed) throw new Error('conditional-generation trainer used after dispose()');
    const n = Math.max(0, Math.floor(steps));
    // Each model computes synchronously up to its single read-back; the two reads overlap.
    const [c, u] = await Promise.all([cond.train(n), uncond.train(n)]);
    iteration += n;
    if (c.dLoss === undefined) return {};
    return { condD: c.dLoss, condG: c.gLoss, uncondD: u.dLoss, uncondG: u.gLoss };
  }

  async function snapshot(): Promise<ConditionalSnapshot> {
    if (disposed) throw new Error('conditional-generation trainer used after dispose()');
    const [c, u] = await Promise.all([cond.snapshot(), uncond.snapshot()]);
    if (iteration > 0 && history.steps[history.steps.length - 1] !== iteration) {
      if (history.steps.length >= HISTORY_MAX) {
        const keep = (_: number, i: number) => i % 2 === 1;
        history.steps = history.steps.filter(keep);
        history.hit = history.hit.filter(keep);
        history.minShare = history.minShare.filter(keep);
      }
      history.steps.push(iteration);
      history.hit.push(hitRate(c.shares));
      history.minShare.push(Math.min(...u.shares[0]));
    }
    return {
      iteration,
      extent: c.extent,
      classes: c.classes,
      real: c.real,
      realLabels: c.realLabels,
      perClass: c.perClass,
      cond: view(c),
      uncond: view(u),
      history: { steps: [...history.steps], hit: [...history.hit], minShare: [...history.minShare] }
    };
  }

  function setParams(next: Partial<ConditionalParams>): void {
    Object.assign(p, next);
    const now = modelParams(p);
    cond.setParams?.(now.cond);
    uncond.setParams?.(now.uncond);
  }

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    cond.dispose();
    uncond.dispose();
  }

  return { train, snapshot, setParams, dispose };
}

// Compile-time check that the schema's values fit what the trainer takes.
const factory: TrainerFactory<Values<typeof params>, ConditionalSnapshot> = createConditionalDemo;
export default factory;
