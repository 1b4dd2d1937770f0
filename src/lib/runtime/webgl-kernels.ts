/**
 * The WebGL kernels of src/lib/ml/core/fused-ops.ts: one packed shader program each, where
 * tfjs's own ops take two (axpy), four (reluGrad: Step has no packed shader, so y is
 * unpacked, stepped and packed again before the Multiply) or six (colSum). Imported once, right after the
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

/** A program on packed inputs (four values per texel) with a packed output. */
function packed(variableNames: string[], outputShape: number[], userCode: string, uniforms: string[] = []): Program {
  const customUniforms = uniforms.map((name) => ({ name, type: 'float' as const }));
  return { variableNames, outputShape, userCode, packedInputs: true, packedOutput: true, ...(uniforms.length ? { customUniforms } : {}) };
}

/** w + s g; s is a uniform, so no upload per call. */
function axpyProgram(shape: number[]): Program {
  return packed(['W', 'G'], shape, `
      void main() {
        setOutput(getWAtOutCoords() + s * getGAtOutCoords());
      }`, ['s']);
}

/** dy * step(y), NaN where y is NaN (as tfjs's Step). */
function reluGradProgram(shape: number[]): Program {
  return packed(['DY', 'Y'], shape, `
      void main() {
        vec4 y = getYAtOutCoords();
        vec4 r = getDYAtOutCoords() * vec4(greaterThan(y, vec4(0.0)));
        bvec4 nan = isnan(y);
        r.r = nan.r ? NAN : r.r;
        r.g = nan.g ? NAN : r.g;
        r.b = nan.b ? NAN : r.b;
        r.a = nan.a ? NAN : r.a;
        setOutput(r);
      }`);
}

/**
 * The column sums of x [rows, m], output [m]. A packed texel of x holds the 2 x 2 block
 * (r, c) (r, c+1) (r+1, c) (r+1, c+1) in x, y, z, w; one of the output holds sums c and c+1
 * in x and y (tfjs's packed layout, as its PackProgram writes it). Padding past the edges is
 * not read.
 */
function colSumProgram(rows: number, m: number): Program {
  return packed(['X'], [m], `
      void main() {
        int c = getOutputCoords();
        vec2 acc = vec2(0.0);
        for (int r = 0; r < ${rows - 1}; r += 2) {
          vec4 t = getX(r, c);
          acc += t.xy + t.zw;
        }
        ${rows % 2 === 1 ? `acc += getX(${rows - 1}, c).xy;` : ''}
        setOutput(vec4(acc.x, c + 1 < ${m} ? acc.y : 0.0, 0.0, 0.0));
      }`);
}

let registered = false;

/** Register `name` on WebGL as one program run on the kernel's inputs (in the order named). */
function register(name: string, inputNames: string[], program: (inputs: tf.TensorInfo[], attrs: Record<string, number>) => [Program, number[][]?]): void {
  tf.registerKernel({
    kernelName: name,
    backendName: 'webgl',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const ins = inputNames.map((k) => (inputs as Record<string, tf.TensorInfo>)[k]);
      const [p, uniforms] = program(ins, attrs as Record<string, number>);
      return (backend as unknown as WebGLBackend).runWebGLProgram(p, ins, 'float32', uniforms);
    }
  });
}

export function registerWebglKernels(): void {
  if (registered) return;
  registered = true;
  register(AXPY, ['w', 'g'], ([w], { s }) => [axpyProgram(w.shape), [[s]]]);
  register(RELU_GRAD, ['dy', 'y'], ([dy]) => [reluGradProgram(dy.shape)]);
  register(COL_SUM, ['x'], ([x]) => [colSumProgram(x.shape[0], x.shape[1])]);
}
