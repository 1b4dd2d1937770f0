/**
 * tfjs for unit tests (Vitest runs in node; tfjs-node cannot install here): wasm when
 * TF_TEST_BACKEND=wasm (vite.config.ts makes it the default), else cpu. `npm run test:unit`
 * runs every test on wasm and the engines (src/lib/ml) on cpu as well. The browser picks
 * its backend in src/lib/runtime/backend.ts instead.
 */
import '@tensorflow/tfjs-backend-cpu';
import { tf } from './tf';

let ready: Promise<typeof tf> | null = null;

export function cpuTf(): Promise<typeof tf> {
  ready ??= (async () => {
    tf.env().set('PROD', true); // no debug checks, no "install tfjs-node" banner
    if (process.env.TF_TEST_BACKEND === 'wasm') {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(new URL('../../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url).pathname);
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      tf.env().set('WASM_HAS_SIMD_SUPPORT', true);
      await tf.setBackend('wasm');
    } else await tf.setBackend('cpu');
    await tf.ready();
    return tf;
  })();
  return ready;
}
export { tf };
