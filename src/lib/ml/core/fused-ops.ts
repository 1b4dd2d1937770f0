/**
 * Three steps every training iteration runs many times, as one kernel each where
 * a backend has one (WebGL: src/lib/runtime/webgl-kernels.ts), else as the plain tfjs ops:
 *
 * - `axpy(w, s, g)` = w + s g: the plain-SGD update (s = -lr). Plain ops: a Multiply and an
 *   Add, and an upload of s; the kernel takes s as a uniform.
 * - `reluGrad(dy, y)` = dy * step(y): the gradient through a relu whose output is y. Plain
 *   ops on WebGL: the unpacked Step shader needs y unpacked and its result packed again, so
 *   four shader programs; the kernel is one.
 * - `colSum(x)` = the sum over the rows of a matrix (a bias gradient). Plain ops on WebGL:
 *   a transpose, an unpack, two reduction passes and a pack, six programs; the kernel is one.
 *
 * On WebGL every kernel is a draw call and on the toy models the calls, not the arithmetic,
 * cost the time. The kernels give the same values as the plain ops up to float rounding
 * (a GPU may fuse s g + w into one multiply-add); cpu and wasm keep the plain ops, so their
 * numbers (and every seeded test) are unchanged bit for bit. A backend's kernels are checked
 * against the plain ops when it starts (`checkFusedKernels`) and left unused if they differ.
 */
import { tf, type Tensor } from './tf';

export const AXPY = 'ExplorablesAxpy';
export const RELU_GRAD = 'ExplorablesReluGrad';
export const COL_SUM = 'ExplorablesColSum';

/** Backends whose fused kernels failed their check: the plain ops serve there. */
const distrusted = new Set<string>();
/** Set while the check computes its reference: every op takes its plain path. */
let plainOnly = false;

function kernelReady(name: string): boolean {
  const backend = tf.getBackend();
  return !plainOnly && !distrusted.has(backend) && tf.getKernel(name, backend) !== undefined;
}

/** f's result on the plain ops, whatever kernels the backend has. */
function plain<T>(f: () => T): T {
  plainOnly = true;
  try {
    return f();
  } finally {
    plainOnly = false;
  }
}

function fused(name: string, a: Tensor, b: Tensor = a): boolean {
  return a.dtype === 'float32' && b.dtype === 'float32' && tf.util.arraysEqual(a.shape, b.shape) && kernelReady(name);
}

/**
 * w + s g, for w and g of one shape. `sTensor`, the same s as a scalar tensor, serves the
 * plain ops where there is no kernel (one upload for many calls, not one each).
 */
export function axpy(w: Tensor, s: number, g: Tensor, sTensor?: Tensor): Tensor {
  if (fused(AXPY, w, g)) return tf.engine().runKernel(AXPY, { w, g }, { s }) as Tensor;
  return tf.add(w, tf.mul(sTensor ?? tf.scalar(s), g));
}

/** Whether `axpy` runs as one kernel on the active backend (else a caller may share an s tensor). */
export function hasAxpyKernel(): boolean {
  return kernelReady(AXPY);
}

/** dy * step(y): the gradient through a relu with output y (step(0) = 0, step(NaN) = NaN). */
export function reluGrad(dy: Tensor, y: Tensor): Tensor {
  if (fused(RELU_GRAD, dy, y)) return tf.engine().runKernel(RELU_GRAD, { dy, y }, {}) as Tensor;
  return tf.mul(dy, tf.step(y));
}

/** The column sums of x [rows, m]: a tensor [m]. */
export function colSum(x: Tensor): Tensor {
  if (x.rank === 2 && fused(COL_SUM, x)) return tf.engine().runKernel(COL_SUM, { x }, {}) as Tensor;
  return tf.sum(x, 0);
}

tf.registerGradient({
  kernelName: COL_SUM,
  inputsToSave: ['x'],
  gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => ({ x: () => tf.mul(tf.onesLike(saved[0]), dy as Tensor) })
});

// The kernel's own gradient, for second derivatives (the WGAN-GP penalty differentiates a
// gradient): linear in dy with factor step(y); step's gradient is zero, as in tfjs.
tf.registerGradient({
  kernelName: RELU_GRAD,
  inputsToSave: ['y'],
  gradFunc: (dz: Tensor | Tensor[], saved: Tensor[]) => {
    const [y] = saved;
    return { dy: () => reluGrad(dz as Tensor, y), y: () => tf.zerosLike(y) };
  }
});

export interface FusedCheck {
  backend: string;
  /** Largest |kernel - plain ops| over the check's cases, per kernel (NaN where a NaN went missing). */
  error: Record<string, number>;
  /** Whether the kernels are used on this backend. */
  trusted: boolean;
}

/**
 * Run the active backend's fused kernels (where it has them) and the plain ops on a few
 * seeded cases, odd and even shapes, rank 1 and 2, a zero and a NaN included; a kernel off by
 * more than `tolerance` (relative to the size of the value) is not used on this backend.
 * Returns what was measured.
 */
export function checkFusedKernels(tolerance = 1e-4): FusedCheck {
  const backend = tf.getBackend();
  const error: Record<string, number> = {};
  distrusted.delete(backend);
  let seed = 1;
  const values = (n: number) => Float32Array.from({ length: n }, () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 4 - 2);
  const worst = (a: Float32Array, b: Float32Array) => {
    let e = a.length === b.length ? 0 : NaN;
    for (let i = 0; i < b.length; i++) e = Math.max(e, Number.isNaN(b[i]) ? (Number.isNaN(a[i]) ? 0 : NaN) : Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
    return e;
  };
  const twoD: number[][] = [[150, 9], [300, 10], [7, 3], [1, 5], [5, 1], [2, 2]];
  const cases = [
    [AXPY, [[9], [1], ...twoD], (a: Tensor, b: Tensor) => axpy(a, -0.1, b)],
    [RELU_GRAD, [[9], [1], ...twoD], reluGrad],
    [COL_SUM, twoD, (_: Tensor, b: Tensor) => colSum(b)]
  ] as const;
  for (const [name, shapes, run] of cases) {
    if (tf.getKernel(name, backend) === undefined) continue;
    let e = 0;
    for (const shape of shapes) {
      const n = shape.reduce((x, y) => x * y, 1);
      const bv = values(n);
      bv[0] = 0;
      if (n > 2 && name !== COL_SUM) bv[n - 1] = NaN;
      const out = tf.tidy(() => {
        const a = tf.tensor(values(n), [...shape]);
        const b = tf.tensor(bv, [...shape]);
        return [run(a, b), plain(() => run(a, b))];
      });
      const w = worst(out[0].dataSync() as Float32Array, out[1].dataSync() as Float32Array);
      tf.dispose(out);
      e = Number.isNaN(w) || Number.isNaN(e) ? NaN : Math.max(e, w);
    }
    error[name] = e;
    if (!(e <= tolerance)) distrusted.add(backend);
  }
  return { backend, error, trusted: !distrusted.has(backend) };
}
