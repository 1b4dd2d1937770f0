/**
 * The WebGL kernels of src/lib/ml/core/fused-ops.ts: one packed shader program each, where
 * tfjs's own ops take two (axpy) or four (reluGrad: Step has no packed shader, so y is
 * unpacked, stepped and packed again before the Multiply). Imported once, right after the
 * WebGL backend (src/lib/runtime/backend.ts); the backend then checks them against the plain
 * ops before they are used.
 */
import { tf } from '$lib/ml/core/tf';
import { AXPY, COL_SUM, RELU_GRAD } from '$lib/ml/core/fused-ops';

/** The part of tfjs-backend-webgl's program interface these programs use. */
interface Program {
  variableNames: string[];
  outputShape: number[];
  userCode: string;
  packedInputs: boolean;
  packedOutput: boolean;
  customUniforms?: { name: string; type: 'float' }[];
}
interface WebGLBackend {
  runWebGLProgram(program: Program, inputs: tf.TensorInfo[], outputDtype: 'float32', customUniformValues?: number[][]): tf.TensorInfo;
}

/** w + s g on packed texels (four values per texel); s is a uniform, so no upload per call. */
function axpyProgram(shape: number[]): Program {
  return {
    variableNames: ['W', 'G'],
    outputShape: shape,
    packedInputs: true,
    packedOutput: true,
    customUniforms: [{ name: 's', type: 'float' }],
    userCode: `
      void main() {
        setOutput(getWAtOutCoords() + s * getGAtOutCoords());
      }`
  };
}

/** dy * step(y), NaN where y is NaN (as tfjs's Step). */
function reluGradProgram(shape: number[]): Program {
  return {
    variableNames: ['DY', 'Y'],
    outputShape: shape,
    packedInputs: true,
    packedOutput: true,
    userCode: `
      void main() {
        vec4 y = getYAtOutCoords();
        vec4 r = getDYAtOutCoords() * vec4(greaterThan(y, vec4(0.0)));
        bvec4 nan = isnan(y);
        r.r = nan.r ? NAN : r.r;
        r.g = nan.g ? NAN : r.g;
        r.b = nan.b ? NAN : r.b;
        r.a = nan.a ? NAN : r.a;
        setOutput(r);
      }`
  };
}

/**
 * The column sums of x [rows, m], output [m]. A packed texel of x holds the 2 x 2 block
 * (r, c) (r, c+1) (r+1, c) (r+1, c+1) in x, y, z, w; one of the output holds sums c and c+1
 * in x and y (tfjs's packed layout, as its PackProgram writes it). Padding past the edges is
 * not read.
 */
function colSumProgram(rows: number, m: number): Program {
  return {
    variableNames: ['X'],
    outputShape: [m],
    packedInputs: true,
    packedOutput: true,
    userCode: `
      void main() {
        int c = getOutputCoords();
        vec2 acc = vec2(0.0);
        for (int r = 0; r < ${rows - 1}; r += 2) {
          vec4 t = getX(r, c);
          acc += t.xy + t.zw;
        }
        ${rows % 2 === 1 ? `acc += getX(${rows - 1}, c).xy;` : ''}
        setOutput(vec4(acc.x, c + 1 < ${m} ? acc.y : 0.0, 0.0, 0.0));
      }`
  };
}

let registered = false;

export function registerWebglKernels(): void {
  if (registered) return;
  registered = true;
  tf.registerKernel({
    kernelName: AXPY,
    backendName: 'webgl',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { w, g } = inputs as { w: tf.TensorInfo; g: tf.TensorInfo };
      return (backend as unknown as WebGLBackend).runWebGLProgram(axpyProgram(w.shape), [w, g], 'float32', [[(attrs as { s: number }).s]]);
    }
  });
  tf.registerKernel({
    kernelName: RELU_GRAD,
    backendName: 'webgl',
    kernelFunc: ({ inputs, backend }) => {
      const { dy, y } = inputs as { dy: tf.TensorInfo; y: tf.TensorInfo };
      return (backend as unknown as WebGLBackend).runWebGLProgram(reluGradProgram(dy.shape), [dy, y], 'float32');
    }
  });
  tf.registerKernel({
    kernelName: COL_SUM,
    backendName: 'webgl',
    kernelFunc: ({ inputs, backend }) => {
      const { x } = inputs as { x: tf.TensorInfo };
      return (backend as unknown as WebGLBackend).runWebGLProgram(colSumProgram(x.shape[0], x.shape[1]), [x], 'float32');
    }
  });
}
