/**
 * llm-01, llm-14, llm-11: pre-train, then fine-tune, with several copies side by side.
 *
 * Phase 1 (steps 0 .. pretrainSteps): one model learns next-word prediction on the English
 * sentences (the source task, task A). Phase 2: copies start from it (or, for "scratch",
 * from the same random weights it started from) and train on the same batches:
 *
 *   transfer    pretrained vs scratch, on N labelled "where does it live?" examples
 *   strategies  full fine-tuning, layer-wise rates (ULMFiT: / 2.6 per layer down), gradual
 *               unfreezing (top layer first, layer 0 from step 10, the embedding from step
 *               20), frozen lower layers (embedding + layer 0), LoRA rank r on both layers; the source
 *               task's loss is measured on each copy as it drifts
 *   forgetting  then task B (Chinese next-word prediction): plain, with a replay share of
 *               task-A windows in each batch, with EWC (Kirkpatrick et al. 2017) anchored at
 *               the task-A weights by their diagonal empirical Fisher
 *
 * Every EVAL_EVERY steps each model is measured on the whole source, task-B and held-out
 * target sets; the values are read back once per train() call.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { GroupOptimizer, type ParamGroup } from '$lib/ml/transformer/train';
import { WindowNet, xentAcc, type NetConfig } from './model';
import { CONTEXT, POSITIONS, PLACES, SOURCE, SOURCE_EVAL, TASK_B, TASK_B_EVAL, TARGET_TEST, batchIdx, targetTrain, tokenizer, type ClsExample, type LmData } from './data';

export type Experiment = 'transfer' | 'strategies' | 'forgetting';
export const COPIES: Record<Experiment, readonly string[]> = {
  transfer: ['pretrained', 'scratch'],
  strategies: ['full', 'layerwise', 'gradual', 'frozen', 'lora'],
  forgetting: ['plain', 'replay', 'ewc']
};
/** Per evaluation, per model: source loss, source accuracy, target test loss, target test accuracy, task-B loss, task-B accuracy. */
export const FIELDS = ['srcLoss', 'srcAcc', 'tgtLoss', 'tgtAcc', 'bLoss', 'bAcc'] as const;
export type Row = Record<(typeof FIELDS)[number], number>;
export const EVAL_EVERY = 5;

export interface FtParams {
  experiment: Experiment;
  /** Labelled target examples (transfer, strategies). */
  examples: number;
  pretrainSteps: number;
  /** Fine-tuning learning rate (Adam). */
  lr: number;
  loraRank: number;
  /** Share of each task-B batch drawn from task A (forgetting, copy "replay"). */
  replay: number;
  /** EWC strength lambda (forgetting, copy "ewc"). */
  ewc: number;
}

export interface FtSnapshot {
  experiment: Experiment;
  step: number;
  pretrainSteps: number;
  copies: string[];
  /** Trainable parameters per copy in phase 2, and the model's total. */
  trainable: Record<string, number>;
  total: number;
  pre: { step: number[]; rows: Row[] };
  fine: { step: number[]; rows: Record<string, Row[]> };
  /** The labelled examples of this run (transfer, strategies) as words -> place. */
  examples: { words: string[]; label: string }[];
}

const NET: Omit<NetConfig, 'loraRank'> = { vocab: tokenizer.size, context: CONTEXT, dEmb: 12, hidden: 48, classes: PLACES.length };
const PRE_LR = 0.01;
const LM_BATCH = 32;
const CLS_BATCH = 16;
const FISHER_SAMPLES = 48;
const DOWN = 2.6;
/** Gradual unfreezing: fine-tuning steps at which layer 0, then the embedding, start to train. */
export const UNFREEZE = { layer0: 10, embed: 20 };

function scalesOf(exp: Experiment, copy: string): Record<string, number> {
  if (exp === 'forgetting') return { cls: 0 };
  const s: Record<string, number> = { head: 0 };
  if (copy === 'layerwise') Object.assign(s, { layer1: 1 / DOWN, layer0: 1 / DOWN ** 2, embed: 1 / DOWN ** 3 });
  if (copy === 'frozen' || copy === 'gradual') Object.assign(s, { embed: 0, layer0: 0 });
  if (copy === 'lora') Object.assign(s, { embed: 0, layer0: 0, layer1: 0 });
  return s;
}

/**
 * The optimiser's groups: every group for the strategies (their rates differ and change);
 * elsewhere the trained groups merged into one (Adam acts per parameter, so this changes no
 * number, only the count of tfjs ops per step, which is what costs on the cpu backend).
 */
function optimGroups(net: WindowNet, scales: Record<string, number>, separate: boolean): ParamGroup[] {
  if (separate) return net.groups;
  return [{ name: 'trained', vars: net.groups.filter((g) => (scales[g.name] ?? 1) > 0).flatMap((g) => g.vars) }];
}

export function createFineTuningTrainer(p: FtParams, seed: number): Trainer<FtParams, FtSnapshot> {
  const exp = p.experiment;
  const names = [...COPIES[exp]];
  const P = Math.max(0, Math.round(p.pretrainSteps));
  const rng = new Rng(seed);
  const netSeed = rng.seed();
  const batchRng = new Rng(rng.seed());
  const train = exp === 'forgetting' ? [] : targetTrain(p.examples, rng.seed());
  const base = new WindowNet(NET, netSeed);
  const baseOpt = new GroupOptimizer(optimGroups(base, { cls: 0 }, false), { lr: PRE_LR });
  const nets = names.map((c) => new WindowNet({ ...NET, loraRank: c === 'lora' ? p.loraRank : 0 }, netSeed));
  const opts = nets.map((n, i) => {
    const scales = scalesOf(exp, names[i]);
    const separate = exp === 'strategies';
    return new GroupOptimizer(optimGroups(n, scales, separate), { lr: p.lr, scales: separate ? scales : {} });
  });
  // EWC's anchor and Fisher diagonal, one flat vector each over the copy's variables.
  const ewcAt = names.indexOf('ewc');
  const ewcVars = ewcAt >= 0 ? nets[ewcAt].variables : [];
  const ewcSize = ewcVars.reduce((a, v) => a + v.size, 0);
  const anchor = ewcAt >= 0 ? ownedVariable(tf.zeros([ewcSize]), undefined, false) : null;
  const fisher = ewcAt >= 0 ? ownedVariable(tf.zeros([ewcSize]), undefined, false) : null;
  let replay = p.replay;
  let lambda = p.ewc;

  const data = (d: LmData) => ({ x: tf.tensor2d(d.x.flat(), [d.y.length, CONTEXT], 'int32'), y: tf.tensor1d(d.y, 'int32') });
  const src = data(SOURCE_EVAL);
  const tb = data(TASK_B_EVAL);
  const clsData = (ex: ClsExample[]) => ({
    x: tf.tensor2d(ex.flatMap((e) => e.x.flat()), [ex.length * POSITIONS, CONTEXT], 'int32'),
    valid: tf.tensor2d(ex.flatMap((e) => e.valid), [ex.length, POSITIONS]),
    y: tf.tensor1d(ex.map((e) => e.label), 'int32')
  });
  const test = clsData(TARGET_TEST);

  let step = 0;
  const pre: FtSnapshot['pre'] = { step: [], rows: [] };
  const fine: FtSnapshot['fine'] = { step: [], rows: Object.fromEntries(names.map((c) => [c, []])) };
  const pending: { step: number; phase: 1 | 2; t: Tensor }[] = [];

  const lmBatch = (d: LmData, idx: number[]) => ({
    x: tf.tensor2d(idx.flatMap((i) => d.x[i]), [idx.length, CONTEXT], 'int32'),
    y: tf.tensor1d(idx.map((i) => d.y[i]), 'int32')
  });
  const flat = (ts: readonly Tensor[]) => tf.concat(ts.map((t) => tf.reshape(t, [-1])));

  // Only what the experiment draws is measured; the other two fields are NaN.
  const evaluate = (m: WindowNet): Tensor => {
    const s = xentAcc(m.lmLogits(src.x), src.y);
    const nan = tf.scalar(NaN);
    const t = exp === 'forgetting' ? { loss: nan, acc: nan } : xentAcc(m.clsLogits(test.x, test.valid), test.y);
    const b = exp === 'forgetting' ? xentAcc(m.lmLogits(tb.x), tb.y) : { loss: nan, acc: nan };
    return tf.stack([s.loss, s.acc, t.loss, t.acc, b.loss, b.acc]);
  };
  const queue = (phase: 1 | 2) => {
    const t = tf.tidy(() => (phase === 1 ? evaluate(base) : tf.concat(nets.map(evaluate))));
    pending.push({ step, phase, t });
  };

  /** Fisher diagonal of task A at the base weights: mean squared per-window gradient. */
  const computeFisher = () => {
    if (!anchor || !fisher) return;
    const net = nets[ewcAt];
    const r = new Rng(netSeed + 7);
    tf.tidy(() => {
      let acc: Tensor = tf.zeros([ewcSize]);
      for (let i = 0; i < FISHER_SAMPLES; i++) {
        const b = lmBatch(SOURCE, [r.int(SOURCE.y.length)]);
        const { grads } = tf.variableGrads(() => xentAcc(net.lmLogits(b.x), b.y).loss as tf.Scalar, ewcVars);
        acc = tf.add(acc, tf.square(flat(ewcVars.map((v) => grads[v.name] ?? tf.zerosLike(v)))));
      }
      fisher.assign(tf.div(acc, FISHER_SAMPLES));
      anchor.assign(flat(ewcVars));
    });
  };

  const startPhase2 = () => {
    nets.forEach((n, i) => {
      if (names[i] !== 'scratch') n.copyFrom(base);
    });
    computeFisher();
  };

  const stepPhase1 = () => {
    const b = batchIdx(batchRng, SOURCE.y.length, LM_BATCH);
    tf.tidy(() => {
      const d = lmBatch(SOURCE, b);
      baseOpt.minimize(() => xentAcc(base.lmLogits(d.x), d.y).loss);
    });
  };

  const stepPhase2 = () => {
    if (exp === 'forgetting') {
      const bIdx = batchIdx(batchRng, TASK_B.y.length, LM_BATCH);
      const nA = Math.round(replay * LM_BATCH);
      const aIdx = batchIdx(batchRng, SOURCE.y.length, nA);
      tf.tidy(() => {
        const plainB = lmBatch(TASK_B, bIdx);
        const a = lmBatch(SOURCE, aIdx);
        const rest = lmBatch(TASK_B, bIdx.slice(nA));
        const mx = nA > 0 ? tf.concat([a.x, rest.x]) : rest.x;
        const my = nA > 0 ? tf.concat([a.y, rest.y]) : rest.y;
        nets.forEach((n, i) => {
          const c = names[i];
          opts[i].minimize(() => {
            if (c === 'replay') return xentAcc(n.lmLogits(mx), my).loss;
            const loss = xentAcc(n.lmLogits(plainB.x), plainB.y).loss;
            if (c !== 'ewc' || !anchor || !fisher) return loss;
            return tf.add(loss, tf.mul(lambda / 2, tf.sum(tf.mul(fisher, tf.square(tf.sub(flat(ewcVars), anchor))))));
          });
        });
      });
      return;
    }
    const g = names.indexOf('gradual');
    if (g >= 0) for (const [group, at] of Object.entries(UNFREEZE)) opts[g].setScale(group, step - P >= at ? 1 : 0);
    const idx = batchIdx(batchRng, train.length, Math.min(CLS_BATCH, train.length));
    tf.tidy(() => {
      const d = clsData(idx.map((i) => train[i]));
      nets.forEach((n, i) => opts[i].minimize(() => xentAcc(n.clsLogits(d.x, d.valid), d.y).loss));
    });
  };

  const unpack = (d: Float32Array, at: number): Row => Object.fromEntries(FIELDS.map((f, i) => [f, d[at + i]])) as Row;

  return {
    async train(n: number): Promise<Metrics> {
      if (step === 0 && pre.step.length === 0 && fine.step.length === 0 && pending.length === 0) {
        if (P === 0) startPhase2();
        queue(P > 0 ? 1 : 2);
      }
      for (let i = 0; i < n; i++) {
        if (step < P) stepPhase1();
        else stepPhase2();
        step++;
        if (step === P) {
          queue(1);
          startPhase2();
          queue(2);
        } else if (step % (step < P ? 2 * EVAL_EVERY : EVAL_EVERY) === 0) queue(step < P ? 1 : 2);
      }
      if (pending.length === 0) queue(step <= P ? 1 : 2);
      const all = tf.concat(pending.map((q) => q.t));
      const d = (await all.data()) as Float32Array;
      all.dispose();
      let at = 0;
      for (const q of pending) {
        q.t.dispose();
        if (q.phase === 1) {
          pre.step.push(q.step);
          pre.rows.push(unpack(d, at));
          at += FIELDS.length;
        } else {
          fine.step.push(q.step - P);
          for (const c of names) (fine.rows[c].push(unpack(d, at)), (at += FIELDS.length));
        }
      }
      pending.length = 0;
      const m: Metrics = { step };
      const lastPre = pre.rows[pre.rows.length - 1];
      if (lastPre) m.pretrain_loss = lastPre.srcLoss;
      if (fine.step.length > 0)
        for (const c of names) {
          const r = fine.rows[c][fine.rows[c].length - 1];
          m[exp === 'forgetting' ? `${c}_accA` : `${c}_target`] = exp === 'forgetting' ? r.srcAcc : r.tgtLoss;
        }
      return m;
    },

    async snapshot(): Promise<FtSnapshot> {
      return {
        experiment: exp,
        step,
        pretrainSteps: P,
        copies: [...names],
        trainable: Object.fromEntries(names.map((c, i) => [c, opts[i].trainableCount])),
        total: base.count(['embed', 'layer0', 'layer1', 'head', 'cls']),
        pre: { step: [...pre.step], rows: pre.rows.map((r) => ({ ...r })) },
        fine: { step: [...fine.step], rows: Object.fromEntries(names.map((c) => [c, fine.rows[c].map((r) => ({ ...r }))])) },
        examples: train.map((e) => ({ words: [...e.words], label: PLACES[e.label] }))
      };
    },

    setParams(q: Partial<FtParams>) {
      if (q.lr !== undefined) for (const o of opts) o.lr = q.lr;
      if (q.replay !== undefined) replay = q.replay;
      if (q.ewc !== undefined) lambda = q.ewc;
    },

    dispose() {
      for (const q of pending) q.t.dispose();
      base.dispose();
      baseOpt.dispose();
      nets.forEach((n) => n.dispose());
      opts.forEach((o) => o.dispose());
      anchor?.dispose();
      fisher?.dispose();
      for (const t of [src.x, src.y, tb.x, tb.y, test.x, test.valid, test.y]) t.dispose();
    }
  };
}

export default createFineTuningTrainer;
