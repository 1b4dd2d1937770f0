/**
 * llm-08 / llm-02: the same tiny transformer trained twice from the same weights on the same
 * sentences of our corpus: once as a causal LM (GPT: causal mask, predict the next word) and
 * once as a masked LM (BERT: full attention, predict the hidden words). The views ask both to
 * fill one blank in the reader's sentence: the masked model reads both sides of the blank,
 * the causal model only the words before it. The fill-in score blanks the noun of every
 * held-out sentence, a word the rest of the sentence (its verb, after it) determines.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { Transformer } from '$lib/ml/transformer/model';
import type { PositionScheme } from '$lib/ml/transformer/config';
import { causalLmBatch, causalLmLoss, maskedLmBatch, maskedLmLoss, paddedMasks } from '$lib/ml/transformer/objectives';
import { GroupOptimizer, modelGroups } from '$lib/ml/transformer/train';
import { causalMask } from '$lib/ml/transformer/masks';
import { MASK, SPECIALS, WordTokenizer, frame } from '$lib/ml/transformer/tokenizer';
import { EN_NOUNS, ZH_NOUNS, corpusVocabulary, corpusWords, splitCorpus, type CorpusLang } from '$lib/ml/transformer/corpus';

export interface ObjectivesParams {
  corpus: CorpusLang;
  /** The reader's sentence and the word (1-based) to blank out (live). */
  sentence: string;
  blank: number;
  /** Share of words the masked LM hides per sentence. */
  maskRate: number;
  lr: number;
  dModel?: number;
  position?: PositionScheme;
  batch?: number;
}

/** Tokens per framed sentence (<bos> words <eos> <pad>..): the corpus's longest is 10. */
export const LEN = 10;
export const TOP = 5;
export const MODELS = ['clm', 'mlm'] as const;
export type ModelKind = (typeof MODELS)[number];

export interface Guess {
  word: string;
  p: number;
}
export interface BlankView {
  top: Guess[];
  /** Probability of every vocabulary entry at the blank (ids as in `vocab`). */
  probs: number[];
  /** Probability of the word that was blanked out. */
  pTrue: number;
}
export interface ObjectivesSnapshot {
  step: number;
  corpus: CorpusLang;
  vocab: string[];
  /** The sentence as the tokenizer splits it (at most LEN - 2 words), and which pieces it does not know. */
  words: string[];
  unknown: boolean[];
  /** 0-based index of the blanked word in `words`. */
  blank: number;
  models: Record<ModelKind, BlankView>;
  /** Held-out noun fill-in accuracy of each model, over `fillCount` sentences. */
  fill: Record<ModelKind, number>;
  fillCount: number;
  loss: Record<ModelKind, number>;
}

/** Word-level data of one corpus language: tokenizer, framed train and held-out sentences, noun positions. */
export function corpusData(lang: CorpusLang) {
  const tok = new WordTokenizer(corpusVocabulary(lang));
  const nouns = new Set(lang === 'en' ? EN_NOUNS : ZH_NOUNS);
  const { train, heldOut } = splitCorpus(corpusWords(lang));
  const enc = (ws: string[]) => frame(ws.map((w) => tok.id(w)), LEN);
  return {
    tok,
    train: train.map(enc),
    heldOut: heldOut.map(enc),
    /** Token position (after <bos>) of each held-out sentence's noun. */
    nounAt: heldOut.map((ws) => ws.findIndex((w) => nouns.has(w)) + 1)
  };
}

/**
 * Logits [B, V] of each model at the blank of each sequence: the masked model reads the
 * sequence with <mask> at the blank and full attention; the causal model reads it under the
 * causal mask and predicts the blank from the position before it. Inside tf.tidy.
 */
export function blankLogits(models: Record<ModelKind, Transformer>, seqs: number[][], at: number[]): Record<ModelKind, Tensor> {
  const T = seqs[0].length;
  const masked = seqs.map((s, b) => s.map((t, i) => (i === at[b] ? MASK : t)));
  const pick = (logits: Tensor, pos: number[]) =>
    tf.sum(tf.mul(logits, tf.reshape(tf.oneHot(tf.tensor1d(pos, 'int32'), T), [seqs.length, T, 1])), 1) as Tensor;
  const mlm = pick(models.mlm.forward(masked, { mask: paddedMasks(masked, false) }).logits!, at);
  const clm = pick(models.clm.forward(seqs, { mask: causalMask(T) }).logits!, at.map((p) => p - 1));
  return { mlm, clm };
}

/** Both models' probabilities at one blank (plain arrays), e.g. for the reader's sentence. */
export async function blankProbabilities(models: Record<ModelKind, Transformer>, seq: number[], at: number): Promise<Record<ModelKind, number[]>> {
  const t = tf.tidy(() => {
    const l = blankLogits(models, [seq], [at]);
    return tf.concat([tf.softmax(l.clm), tf.softmax(l.mlm)]);
  });
  const d = Array.from(await t.data());
  t.dispose();
  const V = d.length / 2;
  return { clm: d.slice(0, V), mlm: d.slice(V) };
}

export function createObjectivesTrainer(params: ObjectivesParams, seed: number): Trainer<ObjectivesParams, ObjectivesSnapshot> {
  const data = corpusData(params.corpus);
  const V = data.tok.size;
  const B = params.batch ?? 64;
  const D = params.dModel ?? 16;
  const rng = new Rng(seed);
  const initSeed = rng.seed();
  const batchRng = new Rng(rng.seed());
  const maskRng = new Rng(rng.seed());
  const cfg = { vocabSize: V, dModel: D, nHeads: 2, nLayers: 1, maxLen: LEN, dFF: 2 * D, position: params.position ?? 'learned' };
  // Same initial weights (same seed): only the mask and the objective differ.
  const models: Record<ModelKind, Transformer> = {
    clm: new Transformer({ ...cfg, causal: true }, initSeed, 'clm'),
    mlm: new Transformer({ ...cfg, causal: false }, initSeed, 'mlm')
  };
  const opts: Record<ModelKind, GroupOptimizer> = {
    clm: new GroupOptimizer(modelGroups(models.clm), { lr: params.lr }),
    mlm: new GroupOptimizer(modelGroups(models.mlm), { lr: params.lr })
  };
  let sentence = params.sentence;
  let blank = params.blank;
  let step = 0;
  let last = { loss: { clm: NaN, mlm: NaN }, fill: { clm: 0, mlm: 0 } };

  /** One step of each model on the same sentences; returns [loss clm, loss mlm]. */
  const trainStep = (): Tensor => {
    const seqs = Array.from({ length: B }, () => data.train[batchRng.int(data.train.length)]);
    const mb = maskedLmBatch(seqs, maskRng, { vocabSize: V, rate: params.maskRate });
    const lc = opts.clm.minimize(() => causalLmLoss(models.clm, causalLmBatch(seqs))).loss;
    const lm = opts.mlm.minimize(() => maskedLmLoss(models.mlm, mb)).loss;
    return tf.stack([lc, lm]);
  };

  /** Held-out noun fill-in accuracy [clm, mlm]. */
  const fillAccuracy = (): Tensor => {
    const l = blankLogits(models, data.heldOut, data.nounAt);
    const truth = tf.tensor1d(data.heldOut.map((s, b) => s[data.nounAt[b]]), 'int32');
    const acc = (z: Tensor) => tf.mean(tf.cast(tf.equal(tf.argMax(z, 1), truth), 'float32'));
    return tf.stack([acc(l.clm), acc(l.mlm)]);
  };

  const measure = async (losses: Tensor | null) => {
    const t = tf.tidy(() => tf.concat([losses ?? tf.tensor1d([NaN, NaN]), fillAccuracy()]));
    const d = await t.data();
    t.dispose();
    last = { loss: { clm: d[0], mlm: d[1] }, fill: { clm: d[2], mlm: d[3] } };
  };

  const view = (probs: number[], truth: number): BlankView => {
    const ids = probs.map((_, i) => i).filter((i) => i >= SPECIALS.length).sort((a, b) => probs[b] - probs[a]);
    return { top: ids.slice(0, TOP).map((i) => ({ word: data.tok.vocab[i], p: probs[i] })), probs, pTrue: truth >= 0 ? probs[truth] : NaN };
  };

  return {
    async train(steps: number): Promise<Metrics> {
      let losses: Tensor | null = null;
      for (let i = 0; i < steps; i++) {
        losses?.dispose();
        losses = tf.tidy(trainStep);
      }
      step += steps;
      await measure(losses);
      losses?.dispose();
      return { step, loss_clm: last.loss.clm, loss_mlm: last.loss.mlm, fill_clm: last.fill.clm, fill_mlm: last.fill.mlm };
    },

    async snapshot(): Promise<ObjectivesSnapshot> {
      if (step === 0) await measure(null);
      const pieces = data.tok.tokenize(sentence).slice(0, LEN - 2);
      const words = pieces.length > 0 ? pieces : [data.tok.vocab[SPECIALS.length]];
      const at = Math.max(0, Math.min(words.length - 1, Math.round(blank) - 1));
      const seq = frame(words.map((w) => data.tok.id(w)), LEN);
      const probs = await blankProbabilities(models, seq, at + 1);
      const truth = data.tok.known(words[at]) ? data.tok.id(words[at]) : -1;
      return {
        step,
        corpus: params.corpus,
        vocab: [...data.tok.vocab],
        words,
        unknown: words.map((w) => !data.tok.known(w)),
        blank: at,
        models: { clm: view(probs.clm, truth), mlm: view(probs.mlm, truth) },
        fill: { ...last.fill },
        fillCount: data.heldOut.length,
        loss: { ...last.loss }
      };
    },

    setParams(p: Partial<ObjectivesParams>) {
      if (p.sentence !== undefined) sentence = p.sentence;
      if (p.blank !== undefined) blank = p.blank;
      if (p.lr !== undefined) for (const k of MODELS) opts[k].lr = p.lr;
    },

    dispose() {
      for (const k of MODELS) {
        opts[k].dispose();
        models[k].dispose();
      }
    }
  };
}

export default createObjectivesTrainer;
