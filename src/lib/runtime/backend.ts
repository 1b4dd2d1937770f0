/**
 * tfjs backend choice, for the main thread and for workers. `auto` picks WebGL where the
 * GPU is real, wasm (SIMD) where WebGL is software (SwiftShader, llvmpipe) or missing, and
 * cpu as the last resort. tfjs is imported here dynamically, never on a page's first load.
 */
import type { tf as TF } from '$lib/ml/core/tf';

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export type BackendChoice = BackendName | 'auto';
export const backendNames: BackendName[] = ['webgl', 'wasm', 'cpu'];

export function isBackendChoice(x: unknown): x is BackendChoice {
  return x === 'auto' || x === 'webgl' || x === 'wasm' || x === 'cpu';
}

/** The WebGL renderer string, or null when WebGL2 is unavailable. */
export function webglRenderer(): string | null {
  try {
    const canvas: HTMLCanvasElement | OffscreenCanvas =
      typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

export function resolveAuto(choice: BackendChoice): BackendName {
  if (choice !== 'auto') return choice;
  const r = webglRenderer();
  if (r === null || isSoftwareRenderer(r)) return 'wasm';
  return 'webgl';
}

let tfPromise: Promise<typeof TF> | null = null;
let wasmPath = '';
const backendModules = new Map<BackendName, Promise<unknown>>();

/**
 * Load tfjs core, chained ops and gradients (once). Backends are loaded one by one, when
 * `activateBackend` first asks for them: a reader on wasm never downloads the WebGL backend
 * (~0.5 MB) or the cpu one (~0.2 MB).
 */
export function loadTf(wasmBase: string): Promise<typeof TF> {
  wasmPath = wasmBase.endsWith('/') ? wasmBase : `${wasmBase}/`;
  tfPromise ??= (async () => {
    const { tf } = await import('$lib/ml/core/tf');
    tf.env().set('PROD', true);
    // Test hook: lets the leak tests read tf.memory() of this thread.
    (globalThis as Record<string, unknown>).__explorablesTf = tf;
    return tf;
  })();
  return tfPromise;
}

/** Import (and so register) one backend's module, once. */
function loadBackend(tf: typeof TF, name: BackendName): Promise<unknown> {
  let p = backendModules.get(name);
  if (!p) {
    p =
      name === 'webgl'
        ? import('@tensorflow/tfjs-backend-webgl').then(() => import('./webgl-kernels')).then((k) => k.registerWebglKernels())
        : name === 'cpu'
          ? import('@tensorflow/tfjs-backend-cpu')
          : import('@tensorflow/tfjs-backend-wasm').then((wasm) => {
              tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
              wasm.setWasmPaths(wasmPath);
            });
    // A failed download may be retried on the next call.
    p.catch(() => backendModules.delete(name));
    backendModules.set(name, p);
  }
  return p;
}

export interface BackendResult {
  backend: BackendName;
  /** Set when the asked-for backend failed and another took over. */
  fallback?: { from: BackendName; reason: string };
}

/** Activate `wanted`, falling back along webgl -> wasm -> cpu. */
export async function activateBackend(tf: typeof TF, wanted: BackendName): Promise<BackendResult> {
  const order = backendNames.slice(backendNames.indexOf(wanted));
  let firstError: string | undefined;
  for (const name of order) {
    try {
      await loadBackend(tf, name);
      const ok = await tf.setBackend(name);
      if (!ok) throw new Error(`${name} did not initialise`);
      await tf.ready();
      // A tiny op proves the backend really computes.
      const probe = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)));
      const v = (await probe.data())[0];
      probe.dispose();
      if (v !== 3) throw new Error(`${name} computed 1 + 2 = ${v}`);
      // This backend's fused kernels against the plain ops (unused if they differ); the
      // result is kept for the tests and the benchmark.
      const { checkFusedKernels } = await import('$lib/ml/core/fused-ops');
      (globalThis as Record<string, unknown>).__explorablesFused = checkFusedKernels();
      return name === wanted ? { backend: name } : { backend: name, fallback: { from: wanted, reason: firstError ?? 'unavailable' } };
    } catch (e) {
      firstError ??= (e as Error).message?.slice(0, 120) || String(e);
    }
  }
  throw new Error(`no tfjs backend could start: ${firstError}`);
}
