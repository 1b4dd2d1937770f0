/**
 * XLNet's two-stream attention for permutation language modelling (Yang et al. 2019, §2.3).
 * The content stream h is an ordinary encoder stream under the content mask (each position
 * sees itself and everything earlier in the factorisation order). The query stream g starts
 * from one learned vector plus the absolute position term, and attends to the content stream
 * under the query mask (strictly earlier in the order), so g at position i knows WHERE it is
 * but not WHAT is there; the prediction for position i is read from g. Both streams share
 * every weight. Call inside tf.tidy; needs config.queryStream.
 */
import { tf, type Tensor } from '$lib/ml/core/tf';
import { layerNorm, maskTensor, type MaskInput } from './layers';
import { range, type TokenInput, type Transformer } from './model';

export interface TwoStreamOptions {
  /** Content mask [T][T] or [B][T][T] (see permutationMasks). */
  content: MaskInput;
  /** Query mask [T][T] or [B][T][T]. */
  query: MaskInput;
  positions?: number[];
  collect?: boolean;
}

export interface TwoStreamResult {
  /** Logits read from the query stream, [B, T, outputSize]. */
  logits: Tensor;
  /** Final query-stream hidden states [B, T, D]. */
  hidden: Tensor;
  /** Per layer [B, H, T, T] (with collect). */
  contentAttention: Tensor[];
  queryAttention: Tensor[];
}

export function twoStreamForward(m: Transformer, tokens: TokenInput, o: TwoStreamOptions): TwoStreamResult {
  if (!m.queryEmb) throw new Error('two-stream attention needs config.queryStream');
  const ids = m.tokens(tokens);
  const [B, T] = ids.shape;
  const pos = o.positions ?? range(T);
  let h = m.embed(ids, pos);
  let g = tf.add(tf.reshape(m.queryEmb, [1, 1, m.cfg.dModel]), tf.expandDims(m.absolutePositions(pos), 0));
  g = tf.tile(g, [B, 1, 1]);
  const keepC = maskTensor(o.content, m.cfg.nHeads);
  const keepQ = maskTensor(o.query, m.cfg.nHeads); // the first position of the order sees nothing: zero its row
  const biasC = m.sharedBias(keepC, pos, pos);
  const biasQ = m.sharedBias(keepQ, pos, pos);
  const rope = m.rope(pos);
  const contentAttention: Tensor[] = [];
  const queryAttention: Tensor[] = [];
  for (let l = 0; l < m.cfg.nLayers; l++) {
    const L = m.layers[l];
    const wo = m.weight(l, 'wo');
    const { q, k, v } = m.qkv(l, layerNorm(h, L.ln1g, L.ln1b), rope, rope);
    const qg = m.queries(l, layerNorm(g, L.ln1g, L.ln1b), rope);
    const a = m.attend(l, q, k, v, { keep: null, bias: m.layerBias(l, biasC, pos, pos), headMask: null }, wo);
    const b = m.attend(l, qg, k, v, { keep: keepQ, bias: m.layerBias(l, biasQ, pos, pos), headMask: null }, wo);
    if (o.collect) {
      contentAttention.push(a.weights);
      queryAttention.push(b.weights);
    }
    h = m.feedForward(l, tf.add(h, a.out));
    g = m.feedForward(l, tf.add(g, b.out));
  }
  const hidden = layerNorm(g, m.lnfg, m.lnfb);
  const logits = m.logits(hidden);
  if (!logits) throw new Error('two-stream attention needs an LM head');
  return { logits, hidden, contentAttention, queryAttention };
}
