/**
 * A tiny variational autoencoder (Kingma & Welling 2014) on 16x16 generated shapes, with a
 * 2-D latent so the latent plane can be drawn.
 *
 *   encoder  x (256) -> relu(hidden) -> mu (2), logVar (2)
 *   sample   z = mu + exp(logVar / 2) * eps,  eps ~ N(0, I)   (reparameterisation)
 *   decoder  z (2) -> relu(hidden) -> sigmoid(256)
 *   loss     per image: BCE(x, decoded) summed over pixels + beta * KL(q(z|x) || N(0, I))
 *
 * Trained with Adam on a fixed seeded set of shapes. Everything random is seeded: the
 * weights and batches from an Rng, eps from tf.randomNormal with a per-step seed drawn
 * from that Rng. Views get plain typed arrays only (see VaeSnapshot).
 */
import { tf } from '$lib/ml/core/tf';
import type { Tensor, Variable } from '$lib/ml/core/tf';
import { Rng } from '$lib/ml/core/random';
import type { Metrics, Trainer } from '$lib/ml/core/trainer';
import { makeShapes, PIXELS, SIDE } from './shapes';

export interface VaeParams {
  /** Weight of the KL term (1 = the true ELBO; 0 = a plain, noisy autoencoder). */
  beta: number;
  /** Adam learning rate. */
  lr: number;
  /** Width of the hidden layer of encoder and decoder. */
  hidden: number;
  /** Images per step. */
  batch: number;
}

export interface VaeSnapshot {
  /** Training steps taken so far. */
  step: number;
  /** Image side (16); every image below is side*side pixels, row-major, row 0 on top. */
  side: number;
  /** RECON_COUNT fixed inputs (from the evaluation set), their kinds, and their mean reconstructions (decoded from mu). */
  inputs: Float32Array;
  inputKinds: Uint8Array;
  recons: Float32Array;
  /** Latent means and standard deviations of the evaluation set, [z1, z2] per image, and its kinds. */
  latentMu: Float32Array;
  latentSigma: Float32Array;
  latentKinds: Uint8Array;
  /**
   * gridSize x gridSize images decoded from a lattice over [-gridExtent, gridExtent]^2:
   * cell (row r, column c) decodes z1 = -E + 2E c/(n-1), z2 = +E - 2E r/(n-1), so the grid
   * reads like the latent scatter (z2 up).
   */
  grid: Float32Array;
  gridSize: number;
  gridExtent: number;
  /**
   * Loss terms on the whole evaluation set, per image: BCE of the reconstruction decoded
   * from the latent mean (deterministic, no eps), and the exact KL(q(z|x) || N(0, I)).
   */
  evalRecon: number;
  evalKl: number;
  /** One input pushed through the sampler: z = mu + sigma * eps, and what z decodes to. */
  reparam: {
    input: Float32Array;
    mu: Float32Array;
    sigma: Float32Array;
    eps: Float32Array;
    z: Float32Array;
    decoded: Float32Array;
  };
}

export const LATENT = 2;
export const TRAIN_SIZE = 2048;
export const EVAL_SIZE = 200;
export const RECON_COUNT = 8;
export const GRID_SIZE = 8;
export const GRID_EXTENT = 2.5;
/**
 * Initial bias of the logVar head: sigma starts at exp(-1) ~ 0.37 rather than 1, so early
 * steps are not drowned in sampling noise (the shapes become legible sooner).
 */
export const LOGVAR_INIT = -2;

/** Glorot-uniform weight matrix from the seeded stream. */
function glorot(rng: Rng, fanIn: number, fanOut: number): Variable {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const w = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-limit, limit);
  return tf.tidy(() => tf.variable(tf.tensor2d(w, [fanIn, fanOut])));
}
/** A bias vector filled with `value`. (tidy frees the initial tensor the variable copies.) */
const bias = (n: number, value = 0): Variable => tf.tidy(() => tf.variable(tf.fill([n], value)));

/**
 * Binary cross-entropy of targets x under Bernoulli(sigmoid(logits)), summed over pixels,
 * one value per image. Stable form: max(l, 0) - l*x + log(1 + exp(-|l|)).
 */
function bceSum(logits: Tensor, x: Tensor): Tensor {
  return tf.relu(logits).sub(logits.mul(x)).add(tf.softplus(logits.abs().neg())).sum(1);
}
/** KL(N(mu, exp(logVar)) || N(0, I)) per image; the tensor form of gaussianKl in ../vae.ts. */
function klSum(mu: Tensor, logVar: Tensor): Tensor {
  return logVar.exp().add(mu.square()).sub(1).sub(logVar).sum(1).mul(0.5);
}

class VaeTrainer implements Trainer<VaeParams, VaeSnapshot> {
  private readonly rng: Rng;
  private readonly snapRng: Rng;
  private readonly params: VaeParams;
  private readonly vars: Variable[];
  private readonly enc: { w: Variable; b: Variable; wMu: Variable; bMu: Variable; wLv: Variable; bLv: Variable };
  private readonly dec: { w: Variable; b: Variable; wOut: Variable; bOut: Variable };
  private readonly optimizer: tf.AdamOptimizer;
  /** Long-lived data, owned here: training set, evaluation set, latent lattice. */
  private readonly trainX: Tensor;
  private readonly evalX: Tensor;
  private readonly gridZ: Tensor;
  private readonly evalPixels: Float32Array;
  private readonly evalKinds: Uint8Array;
  private steps = 0;

  constructor(params: VaeParams, seed: number) {
    this.params = { ...params };
    const h = Math.max(1, Math.round(params.hidden));
    this.rng = new Rng(seed);
    this.snapRng = new Rng(seed ^ 0x5eed);
    const dataRng = new Rng(seed ^ 0xda7a);
    const train = makeShapes(TRAIN_SIZE, dataRng.seed());
    const evalSet = makeShapes(EVAL_SIZE, dataRng.seed());
    this.evalPixels = evalSet.pixels;
    this.evalKinds = evalSet.kinds;
    this.trainX = tf.tensor2d(train.pixels, [TRAIN_SIZE, PIXELS]);
    this.evalX = tf.tensor2d(evalSet.pixels, [EVAL_SIZE, PIXELS]);
    const lattice = new Float32Array(GRID_SIZE * GRID_SIZE * LATENT);
    for (let r = 0; r < GRID_SIZE; r++) {
      for (let c = 0; c < GRID_SIZE; c++) {
        const k = (r * GRID_SIZE + c) * LATENT;
        lattice[k] = -GRID_EXTENT + (2 * GRID_EXTENT * c) / (GRID_SIZE - 1);
        lattice[k + 1] = GRID_EXTENT - (2 * GRID_EXTENT * r) / (GRID_SIZE - 1);
      }
    }
    this.gridZ = tf.tensor2d(lattice, [GRID_SIZE * GRID_SIZE, LATENT]);

    this.enc = {
      w: glorot(this.rng, PIXELS, h), b: bias(h),
      wMu: glorot(this.rng, h, LATENT), bMu: bias(LATENT),
      wLv: glorot(this.rng, h, LATENT), bLv: bias(LATENT, LOGVAR_INIT)
    };
    this.dec = { w: glorot(this.rng, LATENT, h), b: bias(h), wOut: glorot(this.rng, h, PIXELS), bOut: bias(PIXELS) };
    this.vars = [...Object.values(this.enc), ...Object.values(this.dec)];
    this.optimizer = tf.train.adam(params.lr);
  }

  private encode(x: Tensor): { mu: Tensor; logVar: Tensor } {
    const e = this.enc;
    const h = tf.relu(x.matMul(e.w).add(e.b));
    return { mu: h.matMul(e.wMu).add(e.bMu), logVar: h.matMul(e.wLv).add(e.bLv) };
  }

  /** Decoder logits (before the sigmoid). */
  private decodeLogits(z: Tensor): Tensor {
    const d = this.dec;
    return tf.relu(z.matMul(d.w).add(d.b)).matMul(d.wOut).add(d.bOut);
  }

  /** Per-image means of the reconstruction term (BCE summed over pixels) and the KL term. */
  private losses(x: Tensor, epsSeed: number): { recon: tf.Scalar; kl: tf.Scalar } {
    const { mu, logVar } = this.encode(x);
    const eps = tf.randomNormal(mu.shape, 0, 1, 'float32', epsSeed);
    const z = mu.add(logVar.mul(0.5).exp().mul(eps));
    const l = this.decodeLogits(z);
    return { recon: bceSum(l, x).mean() as tf.Scalar, kl: klSum(mu, logVar).mean() as tf.Scalar };
  }

  private batchIndices(): Int32Array {
    const n = Math.max(1, Math.round(this.params.batch));
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = this.rng.int(TRAIN_SIZE);
    return idx;
  }

  async train(steps: number): Promise<Metrics> {
    let stats: Tensor | undefined;
    for (let i = 0; i < steps; i++) {
      const last = i === steps - 1;
      const idx = this.batchIndices();
      const epsSeed = this.rng.seed();
      const beta = this.params.beta;
      const out = tf.tidy(() => {
        const x = tf.gather(this.trainX, tf.tensor1d(idx, 'int32'));
        let parts: Tensor | undefined;
        const cost = this.optimizer.minimize(
          () => {
            const { recon, kl } = this.losses(x, epsSeed);
            if (last) parts = tf.keep(tf.stack([recon, kl]));
            return recon.add(kl.mul(beta)) as tf.Scalar;
          },
          true,
          this.vars
        );
        if (!last || !cost || !parts) return undefined;
        const s = tf.concat([cost.reshape([1]), parts]);
        parts.dispose();
        return s;
      });
      if (out) stats = out;
      this.steps++;
    }
    if (!stats) return { step: this.steps };
    const [objective, recon, kl] = await stats.data();
    stats.dispose();
    return { loss: recon + kl, recon, kl, objective, step: this.steps };
  }

  async snapshot(): Promise<VaeSnapshot> {
    const eps = new Float32Array(LATENT);
    for (let j = 0; j < LATENT; j++) eps[j] = this.snapRng.normal();
    const [mu, sigma, recons, grid, rep, terms] = tf.tidy(() => {
      const { mu, logVar } = this.encode(this.evalX);
      const terms = tf.stack([bceSum(this.decodeLogits(mu), this.evalX).mean(), klSum(mu, logVar).mean()]);
      const sigma = logVar.mul(0.5).exp();
      const recons = tf.sigmoid(this.decodeLogits(mu.slice([0, 0], [RECON_COUNT, LATENT])));
      const grid = tf.sigmoid(this.decodeLogits(this.gridZ));
      // Reparameterisation of evaluation image 0: z = mu + sigma * eps.
      const z = mu.slice([0, 0], [1, LATENT]).add(sigma.slice([0, 0], [1, LATENT]).mul(tf.tensor2d(eps, [1, LATENT])));
      const rep = tf.concat([z, tf.sigmoid(this.decodeLogits(z))], 1);
      return [mu, sigma, recons, grid, rep, terms];
    });
    const all = [mu, sigma, recons, grid, rep, terms];
    const data = await Promise.all(all.map((t) => t.data() as Promise<Float32Array>));
    tf.dispose(all);
    const [muD, sigmaD, reconsD, gridD, repD, termsD] = data;
    const evalCopy = (from: number, count: number) => this.evalPixels.slice(from * PIXELS, (from + count) * PIXELS);
    return {
      step: this.steps,
      side: SIDE,
      inputs: evalCopy(0, RECON_COUNT),
      inputKinds: this.evalKinds.slice(0, RECON_COUNT),
      recons: reconsD,
      latentMu: muD,
      latentSigma: sigmaD,
      latentKinds: this.evalKinds.slice(),
      grid: gridD,
      gridSize: GRID_SIZE,
      gridExtent: GRID_EXTENT,
      evalRecon: termsD[0],
      evalKl: termsD[1],
      reparam: {
        input: evalCopy(0, 1),
        mu: muD.slice(0, LATENT),
        sigma: sigmaD.slice(0, LATENT),
        eps,
        z: repD.slice(0, LATENT),
        decoded: repD.slice(LATENT)
      }
    };
  }

  setParams(p: Partial<VaeParams>): void {
    if (p.beta !== undefined && Number.isFinite(p.beta)) this.params.beta = Math.max(0, p.beta);
    if (p.lr !== undefined && Number.isFinite(p.lr) && p.lr >= 0) {
      this.params.lr = p.lr;
      // tfjs reads learningRate on every step; it is only declared protected.
      (this.optimizer as unknown as { learningRate: number }).learningRate = p.lr;
    }
  }

  dispose(): void {
    tf.dispose([...this.vars, this.trainX, this.evalX, this.gridZ]);
    this.optimizer.dispose();
  }
}

export function createVaeTrainer(params: VaeParams, seed: number): Trainer<VaeParams, VaeSnapshot> {
  return new VaeTrainer(params, seed);
}
