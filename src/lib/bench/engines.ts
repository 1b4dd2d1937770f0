/**
 * Engine benchmarks for `npm run bench` (scripts/bench-engines.mjs runs them in Chromium on
 * each backend; the unit test runs them at tiny sizes on the test backend):
 * - the transformer engine's training steps/s at a stated size (issue 14: 2 layers, width 32,
 *   4 heads, context 16, batch 32, Adam, causal LM on random tokens);
 * - generation tokens/s with and without the KV cache (prompt 64, 24 new tokens, greedy);
 * - the mixture of experts' training steps/s (8 experts of 2-16-2, top-2, capacity 1.25,
 *   batch 256, Adam, with the Switch balancing loss);
 * - corpus BLEU and ROUGE-1/2/L sentences/s on a 1,000-sentence corpus (plain TypeScript).
 * Every figure is a rate over at least `seconds` after a warm-up; models are disposed.
 */
import { tf } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { makeOptimizer } from '$lib/ml/optim/optimizers';
import { MoeModel } from '$lib/ml/moe/model';
import { expertCapacity } from '$lib/ml/moe/routing';
import { Transformer } from '$lib/ml/transformer/model';
import { causalLmBatch, causalLmLoss } from '$lib/ml/transformer/objectives';
import { GroupOptimizer, modelGroups } from '$lib/ml/transformer/train';
import { generate } from '$lib/ml/transformer/generate';
import { measureTextThroughput } from '$lib/ml/text/throughput';

export interface EngineSizes {
  /** Transformer: layers, width, heads, context, batch. */
  layers: number;
  width: number;
  heads: number;
  context: number;
  batch: number;
  /** Generation: prompt and new tokens. */
  prompt: number;
  newTokens: number;
  /** MoE: experts, hidden units, tokens per batch. */
  experts: number;
  hidden: number;
  moeBatch: number;
  /** Text metrics: sentence pairs. */
  sentences: number;
}

export const ISSUE_SIZES: EngineSizes = { layers: 2, width: 32, heads: 4, context: 16, batch: 32, prompt: 64, newTokens: 24, experts: 8, hidden: 16, moeBatch: 256, sentences: 1000 };

export interface EngineRow {
  name: string;
  size: string;
  rate: number;
  unit: string;
  note?: string;
}

const VOCAB = 32;

/** Call `step` until `seconds` have passed (after `warm` calls); steps per second. */
async function rateOf(step: () => Promise<void>, seconds: number, warm = 3): Promise<{ rate: number; n: number }> {
  for (let i = 0; i < warm; i++) await step();
  let n = 0;
  const t0 = performance.now();
  do {
    await step();
    n++;
  } while (performance.now() - t0 < seconds * 1000);
  return { rate: n / ((performance.now() - t0) / 1000), n };
}

export async function benchTransformer(s: EngineSizes, seconds: number): Promise<EngineRow> {
  const rng = new Rng(1);
  const m = new Transformer({ vocabSize: VOCAB, dModel: s.width, nHeads: s.heads, nLayers: s.layers, maxLen: s.context, position: 'learned' }, 1);
  const opt = new GroupOptimizer(modelGroups(m), { lr: 3e-3 });
  try {
    const { rate } = await rateOf(async () => {
      const b = causalLmBatch(Array.from({ length: s.batch }, () => Array.from({ length: s.context + 1 }, () => 1 + rng.int(VOCAB - 1))));
      const loss = tf.tidy(() => opt.minimize(() => causalLmLoss(m, b)).loss);
      await loss.data(); // a step ends when its loss is read back, as in the demos
      loss.dispose();
    }, seconds);
    return { name: 'transformer training', size: `${s.layers} layers, width ${s.width}, ${s.heads} heads, context ${s.context}, batch ${s.batch}, Adam`, rate, unit: 'steps/s' };
  } finally {
    opt.dispose();
    m.dispose();
  }
}

export async function benchDecoding(s: EngineSizes, seconds: number): Promise<EngineRow[]> {
  const rng = new Rng(2);
  const m = new Transformer({ vocabSize: VOCAB, dModel: 64, nHeads: 4, nLayers: 2, maxLen: s.prompt + s.newTokens, position: 'rope' }, 2);
  const prompt = Array.from({ length: s.prompt }, () => rng.int(VOCAB));
  const size = `2 layers, width 64, 4 heads, prompt ${s.prompt}, ${s.newTokens} new tokens, greedy`;
  try {
    const rows: EngineRow[] = [];
    for (const useCache of [true, false]) {
      let tokens = 0;
      let ms = 0;
      let positions = 0;
      await rateOf(async () => {
        const r = await generate(m, prompt, { maxNew: s.newTokens, strategy: 'greedy', useCache });
        tokens += r.tokens.length;
        ms += r.stepMs.reduce((a, b) => a + b, 0);
        positions += r.positions.reduce((a, b) => a + b, 0);
      }, seconds, 1);
      rows.push({ name: `generation ${useCache ? 'with' : 'without'} KV cache`, size, rate: tokens / (ms / 1000), unit: 'tokens/s', note: `${(positions / tokens).toFixed(1)} positions run per token${useCache ? ' (prefill excluded)' : ''}` });
    }
    rows[0].note += `; ${(rows[0].rate / rows[1].rate).toFixed(2)} × without`;
    return rows;
  } finally {
    m.dispose();
  }
}

export async function benchMoe(s: EngineSizes, seconds: number): Promise<EngineRow> {
  const rng = new Rng(3);
  const m = new MoeModel({ experts: s.experts, hidden: s.hidden, outputs: 2 }, new Rng(3), 1, 1);
  const opt = makeOptimizer('adam', m.vars, 0.01);
  const k = 2;
  const capacity = expertCapacity(s.moeBatch, s.experts, 1.25, k);
  try {
    const { rate } = await rateOf(async () => {
      const loss = tf.tidy(() => {
        const xs = Float32Array.from({ length: s.moeBatch * 2 }, () => rng.next() * 2 - 1);
        const x = tf.tensor2d(xs, [s.moeBatch, 2]);
        const y = tf.oneHot(tf.tensor1d(Int32Array.from({ length: s.moeBatch }, (_, i) => (xs[2 * i] * xs[2 * i + 1] > 0 ? 1 : 0)), 'int32'), 2).toFloat();
        const routing = m.route(x, { k, capacity });
        const { value, grads } = tf.variableGrads(() => {
          const f = m.forward(x, routing);
          return tf.add(tf.losses.softmaxCrossEntropy(y, f.out), tf.mul(0.01, f.balance)) as tf.Scalar;
        }, m.vars);
        opt.step(m.vars.map((v) => grads[v.name]));
        return value;
      });
      await loss.data();
      loss.dispose();
    }, seconds);
    return { name: 'MoE training', size: `${s.experts} experts of 2-${s.hidden}-2, top-${k}, capacity factor 1.25, batch ${s.moeBatch}, Adam`, rate, unit: 'steps/s' };
  } finally {
    opt.dispose();
    m.dispose();
  }
}

export function benchText(s: EngineSizes, seconds: number): EngineRow[] {
  const t = measureTextThroughput({ sentences: s.sentences, minMs: seconds * 1000 });
  const size = `${s.sentences} sentence pairs, 8-30 words`;
  return [
    { name: 'corpus BLEU', size, rate: t.bleuSentencesPerSecond, unit: 'sentences/s', note: `BLEU ${t.bleu.toFixed(2)}` },
    { name: 'ROUGE-1/2/L', size, rate: t.rougeSentencesPerSecond, unit: 'sentences/s', note: `mean ROUGE-L F ${t.rougeL.toFixed(3)}` }
  ];
}

/** All engine rows; `seconds` per figure. tfjs must have a backend set. */
export async function benchEngines(s: EngineSizes = ISSUE_SIZES, seconds = 3, log: (r: EngineRow) => void = () => {}): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  const add = (r: EngineRow) => {
    rows.push(r);
    log(r);
  };
  add(await benchTransformer(s, seconds));
  for (const r of await benchDecoding(s, seconds)) add(r);
  add(await benchMoe(s, seconds));
  for (const r of benchText(s, seconds)) add(r);
  return rows;
}
