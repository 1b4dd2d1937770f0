/**
 * The small language model every copy in this demo is: a fixed-window neural LM (Bengio et
 * al. 2003) over the transformer engine's word tokeniser. A window of `context` previous
 * tokens is embedded (group 'embed'), concatenated, and passed through two ReLU layers
 * ('layer0', 'layer1'); an LM head ('head') predicts the next word, a classifier head
 * ('cls') reads the mean of the top layer over a sentence's windows. Optional LoRA
 * adapters ('lora', Hu et al. 2021) add (alpha / r) A B to the two layer matrices, B = 0
 * at the start. The groups feed the engine's GroupOptimizer (ml/transformer/train.ts), so
 * freezing, layer-wise rates and LoRA are the engine's, on a network that trains fast
 * enough on the cpu backend for claim tests over three seeds. Forward calls go inside tf.tidy.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { ownedVariable } from '$lib/ml/nn/mlp';
import type { ParamGroup } from '$lib/ml/transformer/train';

export interface NetConfig {
  vocab: number;
  context: number;
  dEmb: number;
  hidden: number;
  classes: number;
  /** LoRA rank on layer0 and layer1 (0 = none). */
  loraRank?: number;
}

let uid = 0;

export class WindowNet {
  readonly groups: ParamGroup[] = [];
  readonly emb: Variable;
  readonly w1: Variable;
  readonly b1: Variable;
  readonly w2: Variable;
  readonly b2: Variable;
  readonly headW: Variable;
  readonly headB: Variable;
  readonly clsW: Variable;
  readonly clsB: Variable;
  readonly lora: { a1: Variable; b1: Variable; a2: Variable; b2: Variable } | null = null;

  constructor(
    readonly cfg: NetConfig,
    seed: number
  ) {
    const rng = new Rng(seed);
    const id = ++uid;
    const { vocab: V, context: K, dEmb: D, hidden: H, classes: C } = cfg;
    const normal = (shape: [number, number], std: number, name: string) =>
      ownedVariable(tf.tensor2d(rng.normals(shape[0] * shape[1], std), shape), `ft${id}/${name}`);
    const zeros = (n: number, name: string) => ownedVariable(tf.zeros([n]), `ft${id}/${name}`);
    this.emb = normal([V, D], 1, 'emb');
    this.w1 = normal([K * D, H], Math.sqrt(2 / (K * D)), 'w1');
    this.b1 = zeros(H, 'b1');
    this.w2 = normal([H, H], Math.sqrt(2 / H), 'w2');
    this.b2 = zeros(H, 'b2');
    this.headW = normal([H, V], 1 / Math.sqrt(H), 'headW');
    this.headB = zeros(V, 'headB');
    this.clsW = normal([H, C], 1 / Math.sqrt(H), 'clsW');
    this.clsB = zeros(C, 'clsB');
    this.groups.push(
      { name: 'embed', vars: [this.emb] },
      { name: 'layer0', vars: [this.w1, this.b1] },
      { name: 'layer1', vars: [this.w2, this.b2] },
      { name: 'head', vars: [this.headW, this.headB] },
      { name: 'cls', vars: [this.clsW, this.clsB] }
    );
    const r = Math.round(cfg.loraRank ?? 0);
    if (r > 0) {
      const zero = (a: number, b: number, name: string) => ownedVariable(tf.zeros([a, b]), `ft${id}/${name}`);
      this.lora = {
        a1: normal([K * D, r], 1 / Math.sqrt(K * D), 'la1'),
        b1: zero(r, H, 'lb1'),
        a2: normal([H, r], 1 / Math.sqrt(H), 'la2'),
        b2: zero(r, H, 'lb2')
      };
      this.groups.push({ name: 'lora', vars: [this.lora.a1, this.lora.b1, this.lora.a2, this.lora.b2] });
    }
  }

  get variables(): Variable[] {
    return this.groups.flatMap((g) => g.vars);
  }

  /** Parameters in the named groups. */
  count(groups: readonly string[]): number {
    return this.groups.filter((g) => groups.includes(g.name)).reduce((a, g) => a + g.vars.reduce((s, v) => s + v.size, 0), 0);
  }

  /** Copy every base weight (not the LoRA adapters) from another net of the same shape. */
  copyFrom(src: WindowNet): void {
    tf.tidy(() => {
      const pairs: [Variable, Variable][] = [
        [this.emb, src.emb], [this.w1, src.w1], [this.b1, src.b1], [this.w2, src.w2], [this.b2, src.b2],
        [this.headW, src.headW], [this.headB, src.headB], [this.clsW, src.clsW], [this.clsB, src.clsB]
      ];
      for (const [a, b] of pairs) a.assign(b);
    });
  }

  private weight(w: Variable, a?: Variable, b?: Variable): Tensor {
    if (!a || !b) return w;
    const r = a.shape[1]!;
    return tf.add(w, tf.mul(tf.matMul(a, b), 1 / r)); // alpha = 1: scale 1 / r
  }

  /** Top-layer features of windows x [N, context] (int32) -> [N, hidden]. */
  features(x: Tensor): Tensor {
    const { vocab: V, context: K, dEmb: D } = this.cfg;
    const N = x.shape[0]!;
    // One-hot matMul instead of gather: the gather's gradient is slow on the cpu backend.
    const e = tf.reshape(tf.matMul(tf.oneHot(tf.reshape(x, [-1]), V), this.emb), [N, K * D]);
    const l = this.lora;
    const h1 = tf.relu(tf.add(tf.matMul(e, this.weight(this.w1, l?.a1, l?.b1)), this.b1));
    return tf.relu(tf.add(tf.matMul(h1, this.weight(this.w2, l?.a2, l?.b2)), this.b2));
  }

  lmLogits(x: Tensor): Tensor {
    return tf.add(tf.matMul(this.features(x), this.headW), this.headB);
  }

  /** Sentence logits: x [S * P, context] windows, P per sentence, `valid` [S, P] 0/1 -> [S, classes]. */
  clsLogits(x: Tensor, valid: Tensor): Tensor {
    const [S, P] = valid.shape as [number, number];
    const h = tf.reshape(this.features(x), [S, P, this.cfg.hidden]);
    const pooled = tf.div(tf.sum(tf.mul(h, tf.expandDims(valid, 2)), 1), tf.sum(valid, 1, true));
    return tf.add(tf.matMul(pooled, this.clsW), this.clsB);
  }

  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}

/** Mean softmax cross-entropy and accuracy of logits [N, C] against labels [N] (int32). */
export function xentAcc(logits: Tensor, labels: Tensor): { loss: Tensor; acc: Tensor } {
  const C = logits.shape[1]!;
  const logp = tf.logSoftmax(logits);
  const loss = tf.neg(tf.mean(tf.sum(tf.mul(logp, tf.oneHot(labels, C)), 1)));
  const acc = tf.mean(tf.cast(tf.equal(tf.argMax(logits, 1), labels), 'float32'));
  return { loss, acc };
}
