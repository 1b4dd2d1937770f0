/**
 * Mixture of experts on a 2-D task (page tie-06). Two copies of one MoE (same initial weights,
 * same minibatches) train side by side: one with the Switch load-balancing loss (weight
 * alpha), one without. Both route with the same top-k and capacity. The views get, per copy,
 * the router's regions over the plane, the expert each data point goes to, the per-expert
 * load over time, accuracy, dropped-token share and the balance term.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeOptimizer, type Optimizer } from '$lib/ml/optim/optimizers';
import { MoeModel, type Routing } from '$lib/ml/moe/model';
import { expertCapacity, loadStats } from '$lib/ml/moe/routing';
import { REGIONS, regionTask, type RegionTask } from '$lib/ml/moe/data';
import { COPIES, type Copy } from './shared';

export interface MoeParams {
  experts: number;
  topK: number;
  /** Capacity factor; 0 = unlimited. */
  capacity: number;
  /** Weight alpha of the balancing loss in the "with" copy (live). */
  alpha: number;
  hidden: number;
  batch: number;
  lr: number;
}


export interface CopySnapshot {
  /** Router argmax over a GRID x GRID raster of [-2, 2]^2, rows from y = 2 down. */
  regions: Int32Array;
  /** Router argmax (top-1 expert) of every data point. */
  routed: Int32Array;
  /** Each expert's share of the token assignments it actually served (all k choices, after capacity). */
  share: number[];
  /** regionOwner[q]: the expert most of quadrant q goes to, and that share. */
  regionOwner: { expert: number; purity: number }[];
  accuracy: number;
  balance: number;
  dropped: number;
  maxShare: number;
  cv: number;
}

export interface MoeSnapshot {
  step: number;
  points: { x: Float32Array; y: Int32Array; region: Int32Array };
  grid: number;
  copies: Record<Copy, CopySnapshot>;
  /** Per copy, per expert: load share (as `share`) at each snapshot step. */
  loadHistory: { step: number[] } & Record<Copy, number[][]>;
}

export const GRID = 40;
const N_POINTS = 512;
const HISTORY_MAX = 400;

export function createMoeTrainer(p: MoeParams, seed: number): Trainer<MoeParams, MoeSnapshot> {
  const rng = new Rng(seed);
  const data: RegionTask = regionTask(N_POINTS, rng.seed());
  const initSeed = rng.seed();
  const batchRng = new Rng(rng.seed());
  const spec = { experts: p.experts, hidden: p.hidden, outputs: 2 };
  // A router that starts opinionated (weights and biases of std 1): some experts begin with a
  // larger share of the plane, which is what a rich-get-richer collapse grows from.
  const models = { without: new MoeModel(spec, new Rng(initSeed), 1, 1), with: new MoeModel(spec, new Rng(initSeed), 1, 1) };
  const opts: Record<Copy, Optimizer> = {
    without: makeOptimizer('adam', models.without.vars, p.lr, { beta1: 0.9 }),
    with: makeOptimizer('adam', models.with.vars, p.lr, { beta1: 0.9 })
  };
  let alpha = p.alpha;
  const xAll = tf.tensor2d(data.x, [data.n, 2]);
  const yAll = tf.tidy(() => tf.oneHot(tf.tensor1d(data.y, 'int32'), 2).toFloat());
  const g = Array.from({ length: GRID * GRID }, (_, i) => {
    const r = Math.floor(i / GRID);
    const c = i % GRID;
    return [-2 + ((c + 0.5) / GRID) * 4, 2 - ((r + 0.5) / GRID) * 4];
  }).flat();
  const xGrid = tf.tensor2d(g, [GRID * GRID, 2]);
  const batch = Math.min(p.batch, data.n);
  const cap = p.capacity > 0 ? expertCapacity(batch, p.experts, p.capacity, p.topK) : Infinity;
  const capAll = p.capacity > 0 ? expertCapacity(data.n, p.experts, p.capacity, p.topK) : Infinity;
  let step = 0;
  const history: MoeSnapshot['loadHistory'] = { step: [], without: [], with: [] };

  const lossOf = (c: Copy, x: Tensor, y: Tensor, routing: Routing) => {
    const f = models[c].forward(x, routing);
    const ce = tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(f.out)), 1)));
    const total = c === 'with' && alpha > 0 ? tf.add(ce, tf.mul(alpha, f.balance)) : ce;
    return { f, ce, total };
  };

  return {
    async train(steps: number): Promise<Metrics> {
      for (let s = 0; s < steps; s++) {
        const idx = Int32Array.from({ length: batch }, () => batchRng.int(data.n));
        tf.tidy(() => {
          const it = tf.tensor1d(idx, 'int32');
          const x = tf.gather(xAll, it);
          const y = tf.gather(yAll, it);
          // The copies share no parameter, so one gradient of the summed losses is each copy's own gradient.
          const routing = { without: models.without.route(x, { k: p.topK, capacity: cap }), with: models.with.route(x, { k: p.topK, capacity: cap }) };
          const { grads } = tf.variableGrads(
            () => tf.add(lossOf('without', x, y, routing.without).total, lossOf('with', x, y, routing.with).total) as tf.Scalar,
            [...models.without.vars, ...models.with.vars]
          );
          for (const c of COPIES) opts[c].step(models[c].vars.map((v) => grads[v.name]));
        });
      }
      step += steps;
      const t = tf.tidy(() =>
        tf.stack(
          COPIES.flatMap((c) => {
            const { f, ce } = lossOf(c, xAll, yAll, models[c].route(xAll, { k: p.topK, capacity: capAll }));
            return [ce, f.balance];
          })
        )
      );
      const [ceWithout, balWithout, ceWith, balWith] = await t.data();
      t.dispose();
      return { lossWithout: ceWithout, lossWith: ceWith, balanceWithout: balWithout, balanceWith: balWith };
    },

    async snapshot(): Promise<MoeSnapshot> {
      const outs = tf.tidy(() =>
        COPIES.map((c) => {
          const f = models[c].forward(xAll, models[c].route(xAll, { k: p.topK, capacity: capAll }));
          const correct = tf.equal(tf.argMax(f.out, 1), tf.argMax(yAll, 1)).toFloat();
          return [
            tf.argMax(models[c].gateLogits(xGrid), 1).toInt(),
            tf.argMax(f.probs, 1).toInt(),
            tf.stack([tf.mean(correct), f.balance, tf.sub(1, tf.mean(tf.div(tf.sum(f.kept, 1), p.topK)))]),
            tf.sum(f.kept, 0)
          ];
        })
      );
      const vals = await Promise.all(outs.flat().map((t) => t.data()));
      outs.flat().forEach((t) => t.dispose());
      const copies = {} as Record<Copy, CopySnapshot>;
      COPIES.forEach((c, ci) => {
        const regions = vals[4 * ci] as Int32Array;
        const routed = vals[4 * ci + 1] as Int32Array;
        const [accuracy, balance, dropped] = vals[4 * ci + 2] as Float32Array;
        const served = Array.from(vals[4 * ci + 3] as Float32Array);
        const totalServed = served.reduce((a, b) => a + b, 0) || 1;
        const owners = Array.from({ length: REGIONS }, (_, q) => {
          const per = new Array<number>(p.experts).fill(0);
          let n = 0;
          routed.forEach((e, i) => {
            if (data.region[i] === q) {
              per[e]++;
              n++;
            }
          });
          const expert = per.indexOf(Math.max(...per));
          return { expert, purity: n ? per[expert] / n : 0 };
        });
        const st = loadStats(served);
        copies[c] = {
          regions: new Int32Array(regions), routed: new Int32Array(routed), share: served.map((v) => v / totalServed), regionOwner: owners,
          accuracy, balance, dropped, maxShare: st.maxShare, cv: st.cv
        };
      });
      if (history.step[history.step.length - 1] !== step) {
        history.step.push(step);
        for (const c of COPIES) history[c].push(copies[c].share);
        if (history.step.length > HISTORY_MAX) {
          const keep = (_: unknown, i: number) => i % 2 === 0 || i === history.step.length - 1;
          history.step = history.step.filter(keep);
          for (const c of COPIES) history[c] = history[c].filter(keep);
        }
      }
      return {
        step,
        points: { x: data.x, y: data.y, region: data.region },
        grid: GRID,
        copies,
        loadHistory: { step: [...history.step], without: history.without.map((r) => [...r]), with: history.with.map((r) => [...r]) }
      };
    },

    setParams(q: Partial<MoeParams>) {
      if (q.alpha !== undefined) alpha = q.alpha;
      if (q.lr !== undefined) for (const c of COPIES) opts[c].lr = q.lr;
    },

    dispose() {
      for (const c of COPIES) {
        models[c].dispose();
        opts[c].dispose();
      }
      for (const t of [xAll, yAll, xGrid]) t.dispose();
    }
  };
}

export default createMoeTrainer;
