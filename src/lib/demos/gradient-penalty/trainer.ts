/**
 * gen-12: three GANs trained side by side on the same 2-D data from the same seed (same
 * initial G and D weights, same fixed noise): a vanilla GAN (non-saturating loss, Adam), a
 * WGAN with weight clipping (Arjovsky et al. 2017: RMSProp, every critic weight clipped to
 * [-c, c] after each critic step) and a WGAN-GP (Gulrajani et al. 2017: Adam, penalty
 * lambda E[(||grad D(x_hat)|| - 1)^2]). Each is a trainer of the GAN engine
 * (src/lib/ml/gan/trainer.ts); this one steps all three and merges their snapshots into
 * plain data: each critic's surface, points, gradient norms on interpolates (now and over
 * iterations) and the clipped critic's weights.
 */
import { createGanTrainer, type GanSnapshot } from '$lib/ml/gan/trainer';
import { DEFAULT_GAN_PARAMS, type GanConfig, type GanParams } from '$lib/ml/gan/config';
import type { DatasetKind, Mode } from '$lib/ml/gan/data';
import type { WeightSummary } from '$lib/ml/gan/metrics';
import type { Metrics, Trainer, TrainerFactory } from '$lib/ml/core/trainer';
import type { Values } from '$lib/params/schema';
import type { params } from './params';
import { RUNS, type RunKind } from './shared';

export { RUNS, type RunKind };

export interface PenaltyParams {
  dataset: Exclude<DatasetKind, 'custom'>;
  gpLambda: number;
  weightClip: number;
  dSteps: number;
  lrG: number;
  lrD: number;
}

export interface RunView {
  /** The surface drawn: rows top (y max) to bottom, x left to right. */
  grid: { size: number; values: Float32Array; kind: 'probability' | 'score'; lo: number; hi: number };
  /** Generated points, flat [x, y, ...]. */
  fake: Float32Array;
  /** Norm of the input gradient of D at each interpolate between a real and a fake point. */
  norms: Float32Array;
  normMean: number;
  /** Mean of | norm - 1 |: how far the norms sit from the target 1. */
  normDist: number;
  dLoss: number;
  gLoss: number;
  modesCovered: number;
  modesTotal: number;
  /** The losses went non-finite or huge: this run is stopped, the others go on. */
  blownUp: boolean;
  /** Clipped critic only. */
  weights?: WeightSummary;
}

export interface PenaltySnapshot {
  iteration: number;
  extent: [number, number, number, number];
  real: Float32Array;
  modes: Mode[];
  gpLambda: number;
  weightClip: number;
  runs: Record<RunKind, RunView>;
  /** Mean norm on interpolates per run, one point per snapshot taken while training. */
  history: { steps: number[]; mean: Record<RunKind, number[]> };
  /** Histogram of log10(norm) over shared bins [lo, hi] (decades), per run. */
  histogram: { lo: number; hi: number; counts: Record<RunKind, number[]> };
}

const SHOWN = 256;
const HISTORY_MAX = 400;
const BLOWN_UP = 1e9;

/** Engine parameters of each run: the same networks and data, their own loss and optimiser. */
export function runParams(p: PenaltyParams): Record<RunKind, GanConfig> {
  const base: GanParams = {
    ...DEFAULT_GAN_PARAMS,
    dataset: p.dataset,
    lrG: p.lrG,
    lrD: p.lrD,
    dSteps: p.dSteps,
    gpLambda: p.gpLambda
  };
  return {
    gan: { ...base, loss: 'nonsaturating', optimizer: 'adam' },
    clip: { ...base, loss: 'wgan-clip', optimizer: 'rmsprop', weightClip: p.weightClip },
    gp: { ...base, loss: 'wgan-gp', optimizer: 'adam' }
  };
}

/** Counts of log10(values) in `perDecade` bins per decade over whole decades covering all runs. */
export function logHistogram(values: Record<RunKind, ArrayLike<number>>, perDecade = 4): PenaltySnapshot['histogram'] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const k of RUNS) {
    for (const v of Array.from(values[k])) {
      if (!(v > 0) || !Number.isFinite(v)) continue;
      lo = Math.min(lo, Math.log10(v));
      hi = Math.max(hi, Math.log10(v));
    }
  }
  // Always show the decades either side of the target 1 (log10 = 0).
  lo = Math.min(-1, Math.floor(lo));
  hi = Math.max(1, Math.ceil(hi === Math.floor(hi) ? hi + 1e-9 : hi));
  const bins = Math.round((hi - lo) * perDecade);
  const counts = {} as Record<RunKind, number[]>;
  for (const k of RUNS) {
    const c = new Array<number>(bins).fill(0);
    for (const v of Array.from(values[k])) {
      if (!(v > 0) || !Number.isFinite(v)) continue;
      c[Math.min(bins - 1, Math.max(0, Math.floor((Math.log10(v) - lo) * perDecade)))]++;
    }
    counts[k] = c;
  }
  return { lo, hi, counts };
}

function view(s: GanSnapshot, blownUp: boolean): RunView {
  const n = s.grid.size;
  const values = new Float32Array(n * n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = 0; r < n; r++) {
    // The engine's rows run from y min upwards; the heat map's from the top down.
    const src = s.grid.values.subarray((n - 1 - r) * n, (n - r) * n);
    values.set(src, r * n);
    for (const v of src) if (Number.isFinite(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  }
  if (s.grid.kind === 'probability') [lo, hi] = [0, 1];
  const norms = s.gradNorm.values;
  let dist = 0;
  for (const v of norms) dist += Math.abs(v - 1);
  return {
    grid: { size: n, values, kind: s.grid.kind, lo: Number.isFinite(lo) ? lo : 0, hi: Number.isFinite(hi) ? hi : 1 },
    fake: s.fake.slice(0, 2 * SHOWN),
    norms,
    normMean: s.gradNorm.mean,
    normDist: norms.length ? dist / norms.length : NaN,
    dLoss: s.dLoss,
    gLoss: s.gLoss,
    modesCovered: s.modesCovered,
    modesTotal: s.modesTotal,
    blownUp,
    ...(s.weights ? { weights: s.weights } : {})
  };
}

export function createPenaltyRace(params: PenaltyParams, seed: number): Trainer<PenaltyParams, PenaltySnapshot> {
  const p = { ...params };
  const per = runParams(p);
  const trainers = Object.fromEntries(RUNS.map((k) => [k, createGanTrainer(per[k], seed)])) as Record<
    RunKind,
    Trainer<GanConfig, GanSnapshot>
  >;
  const blownUp: Record<RunKind, boolean> = { gan: false, clip: false, gp: false };
  const history: PenaltySnapshot['history'] = { steps: [], mean: { gan: [], clip: [], gp: [] } };
  let iteration = 0;
  let disposed = false;

  async function train(steps: number): Promise<Metrics> {
    if (disposed) throw new Error('gradient-penalty trainer used after dispose()');
    const n = Math.max(0, Math.floor(steps));
    // Each run computes synchronously up to its single read-back; the three reads overlap.
    const all: Metrics[] = await Promise.all(RUNS.map((k) => (blownUp[k] ? Promise.resolve({}) : trainers[k].train(n))));
    iteration += n;
    const out: Metrics = {};
    RUNS.forEach((k, i) => {
      const m = all[i];
      if (blownUp[k] || m.dLoss === undefined) return;
      if (![m.dLoss, m.gLoss].every((v) => Number.isFinite(v) && Math.abs(v) < BLOWN_UP)) {
        // One copy blowing up must not stop the other two: report it in the snapshot.
        blownUp[k] = true;
        return;
      }
      out[`${k}D`] = m.dLoss;
      out[`${k}G`] = m.gLoss;
    });
    return out;
  }

  async function snapshot(): Promise<PenaltySnapshot> {
    if (disposed) throw new Error('gradient-penalty trainer used after dispose()');
    const snaps = await Promise.all(RUNS.map((k) => trainers[k].snapshot()));
    const runs = Object.fromEntries(RUNS.map((k, i) => [k, view(snaps[i], blownUp[k])])) as Record<RunKind, RunView>;
    if (iteration > 0 && history.steps[history.steps.length - 1] !== iteration) {
      if (history.steps.length >= HISTORY_MAX) {
        // Keep every other point: the chart stays light however long the run.
        history.steps = history.steps.filter((_, i) => i % 2 === 1);
        for (const k of RUNS) history.mean[k] = history.mean[k].filter((_, i) => i % 2 === 1);
      }
      history.steps.push(iteration);
      for (const k of RUNS) history.mean[k].push(runs[k].normMean);
    }
    const g = snaps[0];
    return {
      iteration,
      extent: g.extent,
      real: g.real.slice(0, 2 * SHOWN),
      modes: g.modes,
      gpLambda: p.gpLambda,
      weightClip: p.weightClip,
      runs,
      history: { steps: [...history.steps], mean: { gan: [...history.mean.gan], clip: [...history.mean.clip], gp: [...history.mean.gp] } },
      histogram: logHistogram({ gan: runs.gan.norms, clip: runs.clip.norms, gp: runs.gp.norms })
    };
  }

  function setParams(next: Partial<PenaltyParams>): void {
    Object.assign(p, next);
    const now = runParams(p);
    for (const k of RUNS) trainers[k].setParams?.(now[k]);
  }

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    for (const k of RUNS) trainers[k].dispose();
  }

  return { train, snapshot, setParams, dispose };
}

// Compile-time check that the schema's values fit what the trainer takes.
const factory: TrainerFactory<Values<typeof params>, PenaltySnapshot> = createPenaltyRace;
export default factory;
