/**
 * Word vectors for emb-01 / emb-12 / emb-06: skip-gram with negative sampling trained on our
 * bilingual toy corpus (ml/embeddings), a share of the sentences held out. The main run takes
 * the chosen regularisers (L2 as weight decay, dropout or noise on the centre vector); with
 * `compare` on, a second run from the same seed (same initial weights, same batches) trains
 * without any, so the train / held-out gap and the norms can be read side by side.
 * The views get the vectors (every vocabulary word), the untrained ones, a 2-D PCA of the
 * labelled words (signs kept from frame to frame so the map animates smoothly) and the loss
 * history; neighbours, precision@k / recall@k and WEAT are computed from them in ./evaluate.ts.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { buildCorpus, buildVocab, TOPIC_KEYS, WEAT_KEYS, type GroupWord } from '$lib/ml/embeddings/corpus';
import type { CorpusLang } from '$lib/ml/embeddings/corpus-data';
import { pairSet, RegularisedSkipGram, type PairSet } from '$lib/ml/embeddings/regularised';
import { pca2d } from '$lib/ml/embeddings/pca';
import type { WordVectors } from '$lib/ml/embeddings/vectors';

export interface WordVectorParams {
  languages: 'both' | 'en' | 'zh';
  weat: boolean;
  mix: number;
  dim: number;
  window: number;
  negatives: number;
  lr: number;
  heldOut: number;
  l2: number;
  dropout: number;
  noise: number;
  compare: boolean;
  steps?: number;
}

export interface WordVectorSnapshot {
  step: number;
  epoch: number;
  vocabSize: number;
  dim: number;
  trainSentences: number;
  heldOutSentences: number;
  labelled: GroupWord[];
  /** The main run's vectors, and the same table before training. */
  vectors: WordVectors;
  initial: WordVectors;
  /** The unregularised twin's vectors (compare on). */
  baseline: WordVectors | null;
  /** PCA of the labelled words' vectors (main run), in `labelled` order. */
  map: { x: number[]; y: number[]; explained: number };
  history: { step: number[]; train: number[]; val: number[]; baseTrain: number[]; baseVal: number[] };
}

const EVAL_PAIRS = 160;
const HISTORY_MAX = 400;

export function languagesOf(p: Pick<WordVectorParams, 'languages'>): CorpusLang[] {
  return p.languages === 'both' ? ['en', 'zh'] : [p.languages];
}

export function createWordVectorTrainer(params: WordVectorParams, seed: number): Trainer<WordVectorParams, WordVectorSnapshot> {
  const corpus = buildCorpus({ groups: params.weat ? [...TOPIC_KEYS, ...WEAT_KEYS] : TOPIC_KEYS, languages: languagesOf(params), mix: params.mix, bias: 0.8 });
  const vocab = buildVocab(corpus.sentences);
  const ids = corpus.sentences.map((s) => s.map((w) => vocab.index.get(w)!));
  // The split depends on the seed too: held-out sentences are a random share.
  const rng = new Rng(seed * 31 + 1);
  const order = rng.shuffle(ids.map((_, i) => i));
  const nVal = Math.round(ids.length * params.heldOut);
  const val = order.slice(0, nVal).map((i) => ids[i]);
  const train = order.slice(nVal).map((i) => ids[i]);
  const evalOpts = { window: params.window, negatives: params.negatives, max: EVAL_PAIRS };
  const sets: PairSet[] = [pairSet(train, vocab, evalOpts, seed + 11), pairSet(val.length ? val : train, vocab, evalOpts, seed + 12)];
  const base = { dim: params.dim, window: params.window, negatives: params.negatives, batch: 64, lr: params.lr };
  const main = new RegularisedSkipGram(vocab, train, { ...base, l2: params.l2, dropout: params.dropout, noise: params.noise }, seed);
  const runs = [main];
  if (params.compare) runs.push(new RegularisedSkipGram(vocab, train, base, seed));
  const initial = main.vectorsSync();
  const labelled = corpus.groupWords.filter((g) => vocab.index.has(g.word));
  const rows = labelled.map((g) => vocab.index.get(g.word)!);
  let components: number[][] | undefined;
  let step = 0;
  const history: WordVectorSnapshot['history'] = { step: [], train: [], val: [], baseTrain: [], baseVal: [] };

  const losses = (): Tensor => tf.tidy(() => tf.stack(runs.flatMap((r) => sets.map((s) => r.lossOn(s)))));
  const record = (l: ArrayLike<number>) => {
    history.step.push(step);
    history.train.push(l[0]);
    history.val.push(l[1]);
    history.baseTrain.push(l[2] ?? NaN);
    history.baseVal.push(l[3] ?? NaN);
    if (history.step.length > HISTORY_MAX) for (const a of Object.values(history)) a.shift();
  };
  {
    const t = losses();
    record(t.dataSync());
    t.dispose();
  }

  return {
    async train(n: number): Promise<Metrics> {
      for (let i = 0; i < n; i++) for (const r of runs) r.step();
      step += n;
      const t = losses();
      const l = await t.data();
      t.dispose();
      record(l);
      const m: Metrics = { step, loss: l[0], valLoss: l[1], gap: l[1] - l[0] };
      if (runs.length > 1) Object.assign(m, { baseLoss: l[2], baseValLoss: l[3], baseGap: l[3] - l[2] });
      return m;
    },

    async snapshot(): Promise<WordVectorSnapshot> {
      const t = tf.tidy(() => tf.concat(runs.map((r) => r.win.reshape([-1]))));
      const all = (await t.data()) as Float32Array;
      t.dispose();
      const size = vocab.words.length * params.dim;
      const wv = (k: number): WordVectors => ({ words: [...vocab.words], dim: params.dim, data: all.slice(k * size, (k + 1) * size) });
      const vectors = wv(0);
      const data = new Float32Array(rows.length * params.dim);
      rows.forEach((r, i) => data.set(all.subarray(r * params.dim, (r + 1) * params.dim), i * params.dim));
      const p = pca2d(data, rows.length, params.dim, components);
      components = p.components;
      return {
        step,
        epoch: main.epochs,
        vocabSize: vocab.words.length,
        dim: params.dim,
        trainSentences: train.length,
        heldOutSentences: val.length,
        labelled: labelled.map((g) => ({ ...g })),
        vectors,
        initial: { ...initial, words: [...initial.words], data: initial.data.slice() },
        baseline: runs.length > 1 ? wv(1) : null,
        map: { x: p.x, y: p.y, explained: p.explained },
        history: { step: [...history.step], train: [...history.train], val: [...history.val], baseTrain: [...history.baseTrain], baseVal: [...history.baseVal] }
      };
    },

    setParams(p: Partial<WordVectorParams>) {
      if (p.lr !== undefined) for (const r of runs) r.setLr(p.lr);
      if (p.l2 !== undefined) main.l2 = p.l2;
      if (p.dropout !== undefined) main.dropout = p.dropout;
      if (p.noise !== undefined) main.noise = p.noise;
    },

    dispose() {
      for (const r of runs) r.dispose();
    }
  };
}

export default createWordVectorTrainer;
