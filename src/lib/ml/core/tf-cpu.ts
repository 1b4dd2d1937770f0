/**
 * tfjs on the cpu backend, for unit tests (Vitest runs in node; tfjs-node cannot install
 * here). The browser picks its backend in src/lib/runtime/backend.ts instead.
 */
import '@tensorflow/tfjs-backend-cpu';
import { tf } from './tf';

let ready: Promise<typeof tf> | null = null;

export function cpuTf(): Promise<typeof tf> {
  ready ??= (async () => {
    tf.env().set('PROD', true); // no debug checks, no "install tfjs-node" banner
    await tf.setBackend('cpu');
    await tf.ready();
    return tf;
  })();
  return ready;
}
export { tf };
