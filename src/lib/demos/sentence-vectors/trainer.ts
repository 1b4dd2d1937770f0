/**
 * emb-02 / emb-03: a tiny bidirectional transformer encoder (ml/transformer) trained live with
 * masked-language modelling on this folder's corpus. Its token-embedding table is the static
 * word-vector table (one vector per word, whatever the sentence); its final hidden states are
 * the contextual vectors. Sentence vectors are mean-pooled: over the static vectors of the
 * words (`meanPool` of ml/embeddings) and over the encoder's hidden states of the same tokens.
 * The snapshot embeds the reader's sentences and an ambiguous word in the reader's contexts.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { Transformer } from '$lib/ml/transformer/model';
import { GroupOptimizer, modelGroups } from '$lib/ml/transformer/train';
import { maskedLmBatch, maskedLmLoss, paddedMasks, tokenAccuracy } from '$lib/ml/transformer/objectives';
import { WordTokenizer, frame } from '$lib/ml/transformer/tokenizer';
import { cosineMatrix, meanPool, type WordVectors } from '$lib/ml/embeddings/vectors';
import { corpusVocabulary, trainingSentences } from './corpus';

export const MAX_LEN = 12;

export interface SvParams {
  /** The reader's sentences, separated by ";" or new lines (live). */
  sentences: string;
  /** Sentences holding the probed word (live). */
  contexts: string;
  /** The ambiguous word probed in `contexts` (live). */
  word: string;
  dModel: number;
  layers: number;
  batch: number;
  lr: number;
}

export interface SentenceView {
  text: string[];
  /** Tokens the models see (unknown words shown as <unk>). */
  tokens: string[][];
  /** Cosine similarity of the mean-pooled static word vectors, and of the pooled encoder states. */
  staticCos: number[][];
  contextCos: number[][];
  /** Cosine of the encoder's state at <bos> (BERT's [CLS] convention) of each sentence. */
  clsCos: number[][];
  /** Largest |difference| between the pooled vectors of each pair (0 = identical vectors). */
  staticMaxDiff: number[][];
  contextMaxDiff: number[][];
}

export interface ProbeView {
  word: string;
  contexts: string[];
  /** Index of the word in each context's tokens, -1 when absent. */
  at: number[];
  /** Cosine of the word's vectors between contexts: static (one row of the table) and contextual. */
  staticCos: number[][];
  contextCos: number[][];
  /** Euclidean distances between the word's vectors in the contexts (static: all 0). */
  staticDist: number[][];
  contextDist: number[][];
  /** The contextual vectors and the static vector, for the views' 2-D projection. */
  contextual: number[][];
  staticVector: number[];
}

export interface SvSnapshot {
  step: number;
  loss: number[];
  accuracy: number[];
  steps: number[];
  sentences: SentenceView;
  probe: ProbeView;
}

export const distances = (vs: number[][]): number[][] =>
  vs.map((a) => vs.map((b) => Math.sqrt(a.reduce((s, x, k) => s + (x - b[k]) ** 2, 0))));

export const splitSentences = (s: string): string[] =>
  s.split(/[;\n]/).map((x) => x.trim()).filter((x) => x.length > 0).slice(0, 8);

export function createSentenceTrainer(p: SvParams, seed: number): Trainer<SvParams, SvSnapshot> {
  const rng = new Rng(seed);
  const tok = new WordTokenizer(corpusVocabulary());
  const data = trainingSentences(600, rng.seed()).map((s) => frame(tok.encode(s), MAX_LEN));
  const model = new Transformer(
    { vocabSize: tok.size, dModel: p.dModel, nHeads: 4, nLayers: p.layers, maxLen: MAX_LEN, dFF: 2 * p.dModel, position: 'sinusoidal', causal: false },
    rng.seed()
  );
  const opt = new GroupOptimizer(modelGroups(model), { lr: p.lr });
  let view = { sentences: p.sentences, contexts: p.contexts, word: p.word };
  let step = 0;
  const hist = { steps: [] as number[], loss: [] as number[], accuracy: [] as number[] };

  return {
    async train(steps: number): Promise<Metrics> {
      let last: tf.Tensor | null = null;
      for (let i = 0; i < steps; i++) {
        const seqs = Array.from({ length: p.batch }, () => data[rng.int(data.length)]);
        const b = maskedLmBatch(seqs, rng, { vocabSize: tok.size });
        const report = i === steps - 1;
        last?.dispose();
        last = tf.tidy(() => {
          const { loss } = opt.minimize(() => maskedLmLoss(model, b));
          if (!report) return loss;
          // The last step of the call also reports masked-token accuracy (after its update).
          const logits = model.forward(b.input, { mask: paddedMasks(b.input, false) }).logits!;
          return tf.stack([loss, tokenAccuracy(logits, b.target, b.weight)]);
        });
      }
      step += steps;
      if (!last) return {};
      const [loss, accuracy] = await last.data();
      last.dispose();
      hist.steps.push(step);
      hist.loss.push(loss);
      hist.accuracy.push(accuracy);
      return { loss, accuracy };
    },

    async snapshot(): Promise<SvSnapshot> {
      const sentences = splitSentences(view.sentences);
      const contexts = splitSentences(view.contexts);
      const all = [...sentences, ...contexts];
      const pieces = all.map((s) => tok.tokenize(s).slice(0, MAX_LEN - 2));
      const ids = pieces.map((ws) => frame(ws.map((w) => tok.id(w)), MAX_LEN));
      const d = p.dModel;
      let hidden: Float32Array = new Float32Array(0);
      const tableT = model.tokEmb;
      if (ids.length) {
        const h = tf.tidy(() => model.forward(ids, { mask: paddedMasks(ids, false) }).hidden);
        hidden = (await h.data()) as Float32Array;
        h.dispose();
      }
      const table = (await tableT.data()) as Float32Array;
      const wv: WordVectors = { words: [...tok.vocab], dim: d, data: table };
      const stateAt = (n: number, t: number) => Array.from(hidden.subarray((n * MAX_LEN + t) * d, (n * MAX_LEN + t + 1) * d));
      const shown = (ws: string[]) => ws.map((w) => (tok.known(w) ? w : '<unk>'));

      // Sentence vectors: positions 1..len hold the words (0 is <bos>).
      const staticPooled = pieces.slice(0, sentences.length).map((ws) => meanPool(wv, shown(ws)).vector);
      const contextPooled = pieces.slice(0, sentences.length).map((ws, n) => {
        const v = new Array<number>(d).fill(0);
        for (let t = 1; t <= ws.length; t++) stateAt(n, t).forEach((x, k) => (v[k] += x / Math.max(1, ws.length)));
        return v;
      });
      const cls = pieces.slice(0, sentences.length).map((_, n) => stateAt(n, 0));
      const maxDiff = (vs: number[][]) => vs.map((a) => vs.map((b) => Math.max(0, ...a.map((x, k) => Math.abs(x - b[k])))));

      // The probed word: one row of the table, and the hidden state where it occurs.
      const word = view.word.trim().toLowerCase();
      const wid = tok.id(word);
      const staticVector = Array.from(table.subarray(wid * d, (wid + 1) * d));
      const at = pieces.slice(sentences.length).map((ws) => ws.indexOf(word));
      const contextual = at.map((i, c) => (i >= 0 ? stateAt(sentences.length + c, i + 1) : new Array<number>(d).fill(0)));
      return {
        step,
        steps: [...hist.steps],
        loss: [...hist.loss],
        accuracy: [...hist.accuracy],
        sentences: {
          text: sentences,
          tokens: pieces.slice(0, sentences.length).map(shown),
          staticCos: cosineMatrix(staticPooled),
          contextCos: cosineMatrix(contextPooled),
          clsCos: cosineMatrix(cls),
          staticMaxDiff: maxDiff(staticPooled),
          contextMaxDiff: maxDiff(contextPooled)
        },
        probe: {
          word,
          contexts,
          at,
          staticCos: cosineMatrix(at.map(() => staticVector)),
          contextCos: cosineMatrix(contextual),
          staticDist: distances(at.map(() => staticVector)),
          contextDist: distances(contextual),
          contextual,
          staticVector
        }
      };
    },

    setParams(q: Partial<SvParams>) {
      if (q.lr !== undefined) opt.lr = q.lr;
      view = { sentences: q.sentences ?? view.sentences, contexts: q.contexts ?? view.contexts, word: q.word ?? view.word };
    },

    dispose() {
      model.dispose();
      opt.dispose();
    }
  };
}

export default createSentenceTrainer;
