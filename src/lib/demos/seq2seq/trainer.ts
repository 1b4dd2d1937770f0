/**
 * llm-12 / llm-15: a tiny encoder-decoder trained live on a toy task (reverse a string, or a
 * toy translation that moves the verb to the end and adjectives after their nouns). Training
 * uses teacher forcing (the decoder reads the true previous target tokens); the views also
 * decode free-running (greedy: the decoder reads its own previous outputs), step by step, and
 * draw the decoder's cross-attention over the source words (output x input), whose argmax
 * should follow the task's alignment (reverse: the mirror position; translate: the word each
 * target word translates).
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { EncoderDecoder } from '$lib/ml/transformer/seq2seq';
import { seq2seqLoss, tokenAccuracy } from '$lib/ml/transformer/objectives';
import { GroupOptimizer } from '$lib/ml/transformer/train';
import { TASK_BOS, TASK_PAD, makeTask, type Task, type TaskExample } from '$lib/ml/transformer/tasks';

export type Seq2SeqTask = 'reverse' | 'translate';

export interface Seq2SeqParams {
  task: Seq2SeqTask;
  dModel: number;
  lr: number;
  /** Which held-out example the views step through (live). */
  example: number;
  batch?: number;
}

export const MAX_LEN = 8;
export const EVAL_SIZE = 48;

export interface ExampleView {
  src: string[];
  tgt: string[];
  /** Source position each target word comes from (the task's rule). */
  align: number[];
  /** Free-running greedy output, with the top 3 choices and probabilities at each step. */
  free: string[];
  freeTop: { word: string; p: number }[][];
  /** Teacher-forced argmax at each position (the decoder read the true prefix). */
  forced: string[];
  /** Cross-attention of the last decoder layer, mean over heads, teacher-forced: [target][source]. */
  cross: number[][];
  /** Per head as well: [head][target][source]. */
  crossHeads: number[][][];
}

export interface Seq2SeqSnapshot {
  step: number;
  task: Seq2SeqTask;
  /** Held-out accuracy: teacher-forced tokens, free-running tokens, free-running whole sequences. */
  forcedAcc: number;
  freeAcc: number;
  exactMatch: number;
  /** Share of target tokens whose strongest cross-attention is on the source word the rule names. */
  alignment: number;
  /** The same share for a uniform guess: mean 1 / source length. */
  chance: number;
  example: ExampleView;
  exampleIndex: number;
}

export function makeSeq2SeqTask(name: Seq2SeqTask): Task {
  return name === 'reverse' ? makeTask('reverse', { symbols: 6, length: [3, 6] }) : makeTask('translate');
}

const padTo = (xs: number[], n: number) => [...xs, ...new Array<number>(Math.max(0, n - xs.length)).fill(TASK_PAD)];

/** Batch tensors-to-be of examples: source, decoder input (<bos> y1..), target, weights. */
export function teacherBatch(exs: readonly TaskExample[]) {
  const S = Math.max(...exs.map((e) => e.src.length));
  const T = Math.max(...exs.map((e) => e.tgt.length));
  return {
    src: exs.map((e) => padTo(e.src, S)),
    tgtIn: exs.map((e) => padTo([TASK_BOS, ...e.tgt.slice(0, -1)], T)),
    tgtOut: exs.map((e) => padTo(e.tgt, T)),
    weight: exs.map((e) => padTo(e.tgt.map(() => 1), T))
  };
}

/**
 * Greedy free-running decoding of T tokens for a batch, all on the device (inside tf.tidy):
 * returns the decoded ids [B, T] and the softmax at each step [B, T, V].
 */
export function greedyDecode(model: EncoderDecoder, src: number[][], T: number): { ids: Tensor; probs: Tensor } {
  const B = src.length;
  let tgtIn = tf.fill([B, 1], TASK_BOS, 'int32') as Tensor;
  const probs: Tensor[] = [];
  const ids: Tensor[] = [];
  for (let t = 0; t < T; t++) {
    const logits = model.forward(src, tgtIn).logits;
    const V = logits.shape[2]!;
    const last = tf.reshape(tf.slice(logits, [0, t, 0], [B, 1, V]), [B, V]);
    const next = tf.cast(tf.argMax(last, 1), 'int32');
    probs.push(tf.softmax(last));
    ids.push(next);
    tgtIn = tf.concat([tgtIn, tf.reshape(next, [B, 1])], 1);
  }
  return { ids: tf.stack(ids, 1), probs: tf.stack(probs, 1) };
}

export function createSeq2SeqTrainer(params: Seq2SeqParams, seed: number): Trainer<Seq2SeqParams, Seq2SeqSnapshot> {
  const task = makeSeq2SeqTask(params.task);
  const rng = new Rng(seed);
  const model = new EncoderDecoder(
    { srcVocab: task.size, tgtVocab: task.size, dModel: params.dModel, nHeads: 2, encLayers: 1, decLayers: 1, maxLen: MAX_LEN, dFF: 2 * params.dModel },
    rng.seed()
  );
  const opt = new GroupOptimizer(model.groups(), { lr: params.lr });
  const dataRng = new Rng(rng.seed());
  // A fixed held-out set from its own stream (the same for every seed).
  const evalRng = new Rng(9001);
  const evalSet = Array.from({ length: EVAL_SIZE }, () => task.sample(evalRng));
  const evalBatch = teacherBatch(evalSet);
  const B = params.batch ?? 32;
  let example = params.example;
  let step = 0;

  const trainStep = () =>
    tf.tidy(() => {
      const b = teacherBatch(Array.from({ length: B }, () => task.sample(dataRng)));
      return opt.minimize(() => seq2seqLoss(model, b.src, b.tgtIn, b.tgtOut, b.weight)).loss;
    });

  return {
    async train(steps: number): Promise<Metrics> {
      let loss: Tensor | null = null;
      for (let i = 0; i < steps; i++) {
        loss?.dispose();
        loss = trainStep();
      }
      step += steps;
      const t = tf.tidy(() => {
        const r = model.forward(evalBatch.src, evalBatch.tgtIn);
        return tf.stack([loss ?? tf.scalar(NaN), tokenAccuracy(r.logits, evalBatch.tgtOut, evalBatch.weight)]);
      });
      loss?.dispose();
      const d = await t.data();
      t.dispose();
      return { step, loss: d[0], forced_acc: d[1] };
    },

    async snapshot(): Promise<Seq2SeqSnapshot> {
      const T = evalBatch.tgtOut[0].length;
      const S = evalBatch.src[0].length;
      const n = evalSet.length;
      const idx = (((Math.round(example) - 1) % n) + n) % n;
      const out = tf.tidy(() => {
        const r = model.forward(evalBatch.src, evalBatch.tgtIn, true);
        const forcedIds = tf.argMax(r.logits, 2);
        const cross = r.crossAttention[r.crossAttention.length - 1]; // [B, H, T, S]
        const mean = tf.mean(cross, 1); // [B, T, S]
        const g = greedyDecode(model, evalBatch.src, T);
        const H = cross.shape[1]!;
        const V = g.probs.shape[2]!;
        return [
          tf.cast(forcedIds, 'float32'),
          tf.cast(g.ids, 'float32'),
          tf.reshape(tf.slice(g.probs, [idx, 0, 0], [1, T, V]), [T * V]),
          tf.cast(tf.argMax(mean, 2), 'float32'),
          tf.reshape(tf.slice(cross, [idx, 0, 0, 0], [1, H, T, S]), [H * T * S])
        ].map((x) => tf.reshape(x, [-1]));
      });
      const [forcedD, freeD, probsD, argD, crossD] = await Promise.all(out.map((x) => x.data()));
      out.forEach((x) => x.dispose());
      let tok = 0, forcedHit = 0, freeHit = 0, exact = 0, aligned = 0, alignN = 0, chance = 0;
      evalSet.forEach((ex, b) => {
        let all = true;
        ex.tgt.forEach((y, t) => {
          tok++;
          if (forcedD[b * T + t] === y) forcedHit++;
          if (freeD[b * T + t] === y) freeHit++;
          else all = false;
          if (ex.align && ex.align[t] >= 0) {
            alignN++;
            chance += 1 / ex.src.length;
            if (argD[b * T + t] === ex.align[t]) aligned++;
          }
        });
        if (all) exact++;
      });
      const ex = evalSet[idx];
      const V = task.size;
      const H = crossD.length / (T * S);
      const word = (i: number) => task.vocab[i] ?? '?';
      const crossHeads = Array.from({ length: H }, (_, h) =>
        ex.tgt.map((_, t) => ex.src.map((_, s) => crossD[(h * T + t) * S + s]))
      );
      return {
        step,
        task: params.task,
        forcedAcc: forcedHit / tok,
        freeAcc: freeHit / tok,
        exactMatch: exact / n,
        alignment: alignN ? aligned / alignN : NaN,
        chance: alignN ? chance / alignN : NaN,
        exampleIndex: idx,
        example: {
          src: ex.src.map(word),
          tgt: ex.tgt.map(word),
          align: [...(ex.align ?? [])],
          free: ex.tgt.map((_, t) => word(freeD[idx * T + t])),
          freeTop: ex.tgt.map((_, t) => {
            const p = Array.from(probsD.slice(t * V, (t + 1) * V));
            return p.map((_, i) => i).sort((a, c) => p[c] - p[a]).slice(0, 3).map((i) => ({ word: word(i), p: p[i] }));
          }),
          forced: ex.tgt.map((_, t) => word(forcedD[idx * T + t])),
          cross: ex.tgt.map((_, t) => ex.src.map((_, s) => crossHeads.reduce((a, hm) => a + hm[t][s], 0) / H)),
          crossHeads
        }
      };
    },

    setParams(p: Partial<Seq2SeqParams>) {
      if (p.lr !== undefined) opt.lr = p.lr;
      if (p.example !== undefined) example = p.example;
    },

    dispose() {
      opt.dispose();
      model.dispose();
    }
  };
}

export default createSeq2SeqTrainer;
