/**
 * emb-07: a downstream classifier (which topic is this sentence about?) on our bilingual toy
 * corpus, with N labelled sentences per topic. A sentence is the mean of its word vectors
 * (bag of embeddings), then one linear layer and a softmax. Three copies train side by side
 * on the same labelled sentences:
 *   - random init, fine-tuned (the table learns only from the N x 7 labelled sentences);
 *   - pretrained init (skip-gram on the whole corpus, labels unused), frozen;
 *   - pretrained init, fine-tuned.
 * Pretraining is the first call of `train` (ml/embeddings/skipgram.ts, `pretrainSteps`
 * steps); every later step is one full-batch Adam step of the three classifiers. Test
 * accuracy is on sentences none of them was trained on. The mean over tokens is a matrix
 * product with a row-normalised bag-of-words matrix, so no gather gradient is needed.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { buildCorpus, buildVocab, TOPIC_KEYS } from '$lib/ml/embeddings/corpus';
import { SkipGram } from '$lib/ml/embeddings/skipgram';
import { VARIANTS, type Variant } from './shared';

export interface TransferParams {
  perClass: number;
  dim: number;
  pretrainSteps: number;
  lr: number;
}


export interface TransferSnapshot {
  kind: 'transfer';
  step: number;
  pretrained: boolean;
  pretrainLoss: number;
  classes: number;
  trainSize: number;
  testSize: number;
  history: { step: number[]; test: Record<Variant, number[]>; train: Record<Variant, number[]> };
  final: Record<Variant, { train: number; test: number }>;
}

const TEST_MAX = 280;

export function createTransfer(params: TransferParams, seed: number) {
  const corpus = buildCorpus({ groups: TOPIC_KEYS });
  const vocab = buildVocab(corpus.sentences);
  const v = vocab.words.length;
  const d = params.dim;
  const keys = TOPIC_KEYS;
  const classes = keys.length;
  // Which group each sentence belongs to: the corpus lists groups in order, so a sentence's
  // label is the group whose word it contains.
  const groupOf = new Map(corpus.groupWords.map((g) => [g.word, keys.indexOf(g.group)]));
  const labels = corpus.sentences.map((s) => s.map((w) => groupOf.get(w)).find((x) => x !== undefined)!);
  const rng = new Rng(seed * 7 + 3);
  const trainIdx: number[] = [];
  const rest: number[] = [];
  for (let c = 0; c < classes; c++) {
    const idx = rng.shuffle(labels.flatMap((l, i) => (l === c ? [i] : [])));
    trainIdx.push(...idx.slice(0, params.perClass));
    rest.push(...idx.slice(params.perClass));
  }
  const testIdx = rng.shuffle(rest).slice(0, TEST_MAX);
  const bag = (idx: number[]) => {
    const m = new Float32Array(idx.length * v);
    idx.forEach((si, r) => {
      const s = corpus.sentences[si];
      for (const w of s) m[r * v + vocab.index.get(w)!] += 1 / s.length;
    });
    return tf.tensor2d(m, [idx.length, v]);
  };
  const xTrain = bag(trainIdx);
  const xTest = bag(testIdx);
  const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(trainIdx.map((i) => labels[i]), 'int32'), classes).toFloat());
  const yTestIds = testIdx.map((i) => labels[i]);
  const yTrainIds = trainIdx.map((i) => labels[i]);

  const init = new Rng(seed + 101);
  const randomTable = () => tf.tensor2d(Float32Array.from({ length: v * d }, () => init.normal(0, 0.5)), [v, d]);
  interface Model { table: Variable; w: Variable; b: Variable; trainTable: boolean }
  const head = (name: string) => ({
    w: ownedVariable(tf.tensor2d(Float32Array.from({ length: d * classes }, () => init.normal(0, 1 / Math.sqrt(d))), [d, classes]), `${name}/w`),
    b: ownedVariable(tf.zeros([classes]), `${name}/b`)
  });
  const models: Partial<Record<Variant, Model>> = {};
  models.random = { table: ownedVariable(randomTable(), `transfer/random/E/${seed}`), ...head(`transfer/random/${seed}`), trainTable: true };
  const opt = tf.train.adam(params.lr);
  let pretrained = false;
  let pretrainLoss = NaN;
  let step = 0;
  const history: TransferSnapshot['history'] = { step: [], test: { random: [], frozen: [], finetuned: [] }, train: { random: [], frozen: [], finetuned: [] } };

  const logits = (m: Model, x: Tensor) => tf.add(tf.matMul(tf.matMul(x, m.table), m.w), m.b);
  const live = () => VARIANTS.filter((k) => models[k]) as Variant[];

  async function pretrain() {
    const sg = new SkipGram(corpus.sentences, { dim: d, window: 2, negatives: 5, batch: 128, lr: 0.05, subsample: 0.01 }, seed);
    const r = await sg.train(params.pretrainSteps);
    pretrainLoss = r.metrics.loss;
    const vecs = sg.vectorsSync();
    sg.dispose();
    // SkipGram's vocabulary is built from the same sentences in the same order: same rows.
    // Rescale to the random table's spread so the two inits differ only in direction.
    let ss = 0;
    for (const x of vecs.data) ss += x * x;
    const scale = 0.5 / Math.sqrt(ss / vecs.data.length);
    const table = () => tf.tensor2d(Float32Array.from(vecs.data, (x) => x * scale), [v, d]);
    models.frozen = { table: ownedVariable(table(), `transfer/frozen/E/${seed}`, ), ...head(`transfer/frozen/${seed}`), trainTable: false };
    models.finetuned = { table: ownedVariable(table(), `transfer/finetuned/E/${seed}`), ...head(`transfer/finetuned/${seed}`), trainTable: true };
    // The two pretrained heads start from the random model's head, so only the table differs.
    for (const k of ['frozen', 'finetuned'] as const) {
      models[k]!.w.assign(models.random!.w);
      models[k]!.b.assign(models.random!.b);
    }
    pretrained = true;
  }

  function trainStep() {
    tf.tidy(() => {
      const vars: Variable[] = [];
      for (const k of live()) {
        const m = models[k]!;
        vars.push(m.w, m.b);
        if (m.trainTable) vars.push(m.table);
      }
      opt.minimize(() => tf.addN(live().map((k) => tf.losses.softmaxCrossEntropy(yTrain, logits(models[k]!, xTrain)))) as tf.Scalar, false, vars);
    });
  }

  const accuracies = async (): Promise<Record<Variant, { train: number; test: number }>> => {
    const ks = live();
    const t = tf.tidy(() => tf.concat(ks.flatMap((k) => [tf.argMax(logits(models[k]!, xTrain), 1), tf.argMax(logits(models[k]!, xTest), 1)])));
    const p = await t.data();
    t.dispose();
    const out = {} as Record<Variant, { train: number; test: number }>;
    let o = 0;
    const acc = (ys: number[]) => {
      let hit = 0;
      ys.forEach((y, i) => (hit += p[o + i] === y ? 1 : 0));
      o += ys.length;
      return hit / ys.length;
    };
    for (const k of VARIANTS) out[k] = { train: NaN, test: NaN };
    for (const k of ks) out[k] = { train: acc(yTrainIds), test: acc(yTestIds) };
    return out;
  };
  let final: Record<Variant, { train: number; test: number }> = { random: { train: NaN, test: NaN }, frozen: { train: NaN, test: NaN }, finetuned: { train: NaN, test: NaN } };

  return {
    async train(n: number) {
      if (!pretrained) await pretrain();
      for (let i = 0; i < n; i++) trainStep();
      step += n;
      final = await accuracies();
      history.step.push(step);
      for (const k of VARIANTS) {
        history.test[k].push(final[k].test);
        history.train[k].push(final[k].train);
      }
      return { step, randomTest: final.random.test, frozenTest: final.frozen.test, finetunedTest: final.finetuned.test, pretrainLoss };
    },
    async snapshot(): Promise<TransferSnapshot> {
      const copy = (r: Record<Variant, number[]>) => ({ random: [...r.random], frozen: [...r.frozen], finetuned: [...r.finetuned] });
      return {
        kind: 'transfer', step, pretrained, pretrainLoss, classes, trainSize: trainIdx.length, testSize: testIdx.length,
        history: { step: [...history.step], test: copy(history.test), train: copy(history.train) },
        final: { random: { ...final.random }, frozen: { ...final.frozen }, finetuned: { ...final.finetuned } }
      };
    },
    setLr(lr: number) {
      (opt as unknown as { learningRate: number }).learningRate = lr;
    },
    dispose() {
      for (const k of VARIANTS) {
        const m = models[k];
        if (m) for (const x of [m.table, m.w, m.b]) x.dispose();
      }
      for (const x of [xTrain, xTest, yTrain]) x.dispose();
      opt.dispose();
    }
  };
}
