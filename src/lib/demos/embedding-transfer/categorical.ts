/**
 * emb-09: a high-cardinality categorical feature. C users and 50 items each have a hidden
 * 4-D taste vector (seeded); a user clicks an item when the two vectors agree (dot > 0). Each
 * user is seen with `perUser` items; the test asks about user-item pairs never seen. Models,
 * all trained side by side on the same batches with Adam and logistic loss:
 *   - one-hot: the one-hot user and item vectors into one output (a weight per user and per
 *     item, no interaction): (C + I) + 1 parameters;
 *   - embeddings of size d in DIMS: logit = e_user . e_item + b: (C + I) d + 1;
 *   - hashed users: the user id hashed into B buckets (ml/embeddings/hashing.ts), buckets own
 *     the rows: (B + I) d + 1.
 * Parameter counts are read from the variables' sizes; the formulas are in hashing.ts.
 */
import { tf, type Tensor, type Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import { ownedVariable } from '$lib/ml/nn/mlp';
import { bucketOf, collisionStats, expectedCollidingShare, paramCounts } from '$lib/ml/embeddings/hashing';
import { ITEMS } from './shared';

export interface CategoricalParams {
  cardinality: number;
  perUser: number;
  hashDim: number;
  buckets: number;
  lr: number;
}

export { ITEMS };
export const RANK = 4;
export const DIMS = [1, 2, 4, 8] as const;
const BATCH = 256;
const TEST = 1000;
/** Bucket counts of the collision curve, as multiples of the cardinality. */
export const BUCKET_RATIOS = [0.125, 0.25, 0.5, 1, 2, 4, 8];

export interface CategoricalModelView {
  name: string;
  kind: 'onehot' | 'embedding' | 'hashed';
  dim: number;
  params: number;
  formula: number;
  test: number[];
}

export interface CategoricalSnapshot {
  kind: 'categorical';
  step: number;
  cardinality: number;
  buckets: number;
  trainPairs: number;
  history: number[];
  models: CategoricalModelView[];
  collisions: { buckets: number[]; measured: number[]; expected: number[] };
  chosen: { collidingShare: number; usedBuckets: number; maxLoad: number; expected: number };
}

interface Model {
  name: string;
  kind: CategoricalModelView['kind'];
  dim: number;
  vars: Variable[];
  formula: number;
  logit: (u: Tensor, h: Tensor, i: Tensor) => Tensor;
  test: number[];
}

export function collisionCurve(cardinality: number, salt: number) {
  const buckets = BUCKET_RATIOS.map((r) => Math.max(1, Math.round(cardinality * r)));
  const measured = buckets.map((b) => collisionStats(Int32Array.from({ length: cardinality }, (_, k) => bucketOf(k, b, salt)), b).collidingShare);
  return { buckets, measured, expected: buckets.map((b) => expectedCollidingShare(cardinality, b)) };
}

export function createCategorical(params: CategoricalParams, seed: number) {
  const C = Math.round(params.cardinality);
  const B = Math.max(1, Math.round(params.buckets));
  const rng = new Rng(seed);
  const userTaste = rng.normals(C * RANK);
  const itemTaste = rng.normals(ITEMS * RANK);
  const label = (u: number, i: number) => {
    let s = 0;
    for (let r = 0; r < RANK; r++) s += userTaste[u * RANK + r] * itemTaste[i * RANK + r];
    return s > 0 ? 1 : 0;
  };
  // Each user sees perUser distinct items; the test draws unseen pairs.
  const seen = new Set<number>();
  const tu: number[] = [];
  const ti: number[] = [];
  const items = Array.from({ length: ITEMS }, (_, i) => i);
  for (let u = 0; u < C; u++) {
    rng.shuffle(items);
    for (let j = 0; j < params.perUser; j++) {
      tu.push(u);
      ti.push(items[j]);
      seen.add(u * ITEMS + items[j]);
    }
  }
  const ty = tu.map((u, k) => label(u, ti[k]));
  const eu: number[] = [];
  const ei: number[] = [];
  while (eu.length < TEST) {
    const u = rng.int(C);
    const i = rng.int(ITEMS);
    if (!seen.has(u * ITEMS + i)) (eu.push(u), ei.push(i));
  }
  const ey = eu.map((u, k) => label(u, ei[k]));
  const hashOf = Int32Array.from({ length: C }, (_, u) => bucketOf(u, B, seed));
  const chosenStats = collisionStats(hashOf, B);

  const init = new Rng(seed + 1);
  let id = 0;
  const v = (rows: number, cols: number, std: number) => ownedVariable(tf.tensor2d(init.normals(rows * cols, std), [rows, cols]), `cat/${seed}/${id++}`);
  const bias = () => ownedVariable(tf.zeros([1]), `cat/${seed}/${id++}`);
  const models: Model[] = [];
  {
    const wu = v(C, 1, 0.01);
    const wi = v(ITEMS, 1, 0.01);
    const b = bias();
    models.push({ name: 'one-hot', kind: 'onehot', dim: 1, vars: [wu, wi, b], formula: paramCounts.oneHotDense(C + ITEMS, 1), logit: (u, _h, i) => tf.add(tf.add(tf.matMul(u, wu), tf.matMul(i, wi)).reshape([-1]), b), test: [] });
  }
  const embModel = (name: string, kind: 'embedding' | 'hashed', rows: number, d: number, formula: number) => {
    const eu2 = v(rows, d, 0.3);
    const ei2 = v(ITEMS, d, 0.3);
    const b = bias();
    models.push({ name, kind, dim: d, vars: [eu2, ei2, b], formula, logit: (u, h, i) => tf.add(tf.sum(tf.mul(tf.matMul(kind === 'hashed' ? h : u, eu2), tf.matMul(i, ei2)), 1), b), test: [] });
  };
  for (const d of DIMS) embModel(`embedding d=${d}`, 'embedding', C, d, paramCounts.embedding(C, d) + paramCounts.embedding(ITEMS, d) + 1);
  embModel(`hashed B=${B}, d=${params.hashDim}`, 'hashed', B, params.hashDim, paramCounts.hashed(B, params.hashDim) + paramCounts.embedding(ITEMS, params.hashDim) + 1);

  const opt = tf.train.adam(params.lr);
  const allVars = models.flatMap((m) => m.vars);
  const order = Array.from({ length: tu.length }, (_, k) => k);
  let cursor = order.length;
  const batchRng = new Rng(seed + 2);
  let step = 0;
  const history: number[] = [];
  // Ids enter as one-hot rows (a matMul's gradient is cheap everywhere; gather's is a per-row loop on the cpu backend).
  const evalU = tf.tidy(() => tf.oneHot(tf.tensor1d(eu, 'int32'), C).toFloat());
  const evalH = tf.tidy(() => tf.oneHot(tf.tensor1d(eu.map((u) => hashOf[u]), 'int32'), B).toFloat());
  const evalI = tf.tidy(() => tf.oneHot(tf.tensor1d(ei, 'int32'), ITEMS).toFloat());

  function trainStep() {
    const bu = new Int32Array(BATCH);
    const bh = new Int32Array(BATCH);
    const bi = new Int32Array(BATCH);
    const by = new Float32Array(BATCH);
    for (let k = 0; k < BATCH; k++) {
      if (cursor >= order.length) (batchRng.shuffle(order), (cursor = 0));
      const p = order[cursor++];
      bu[k] = tu[p];
      bh[k] = hashOf[tu[p]];
      bi[k] = ti[p];
      by[k] = ty[p];
    }
    tf.tidy(() => {
      const u = tf.oneHot(tf.tensor1d(bu, 'int32'), C).toFloat();
      const h = tf.oneHot(tf.tensor1d(bh, 'int32'), B).toFloat();
      const i = tf.oneHot(tf.tensor1d(bi, 'int32'), ITEMS).toFloat();
      const y = tf.tensor1d(by);
      opt.minimize(() => tf.addN(models.map((m) => tf.losses.sigmoidCrossEntropy(y, m.logit(u, h, i)))) as tf.Scalar, false, allVars);
    });
  }

  return {
    async train(n: number) {
      for (let k = 0; k < n; k++) trainStep();
      step += n;
      const t = tf.tidy(() => tf.stack(models.map((m) => tf.greater(m.logit(evalU, evalH, evalI), 0).toFloat())));
      const p = await t.data();
      t.dispose();
      models.forEach((m, j) => {
        let hit = 0;
        for (let k = 0; k < TEST; k++) hit += p[j * TEST + k] === ey[k] ? 1 : 0;
        m.test.push(hit / TEST);
      });
      history.push(step);
      const out: Record<string, number> = { step };
      models.forEach((m, j) => (out[`acc${j}`] = m.test[m.test.length - 1]));
      return out;
    },
    async snapshot(): Promise<CategoricalSnapshot> {
      return {
        kind: 'categorical', step, cardinality: C, buckets: B, trainPairs: tu.length, history: [...history],
        models: models.map((m) => ({ name: m.name, kind: m.kind, dim: m.dim, params: m.vars.reduce((s, x) => s + x.size, 0), formula: m.formula, test: [...m.test] })),
        collisions: collisionCurve(C, seed),
        chosen: { ...chosenStats, expected: expectedCollidingShare(C, B) }
      };
    },
    setLr(lr: number) {
      (opt as unknown as { learningRate: number }).learningRate = lr;
    },
    dispose() {
      for (const x of allVars) x.dispose();
      for (const x of [evalU, evalH, evalI]) x.dispose();
      opt.dispose();
    }
  };
}
