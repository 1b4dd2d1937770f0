/**
 * The one place the ml code gets tfjs from: core ops, chained ops (t.square()) and all
 * gradients. Backends are registered by whoever runs the model: src/lib/runtime/backend.ts
 * in the browser, ./tf-cpu.ts in tests. Only ever import this module from code that is
 * itself loaded lazily (a trainer module, a worker), never from a page's first load.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export { tf };
export type Tensor = tf.Tensor;
export type Variable = tf.Variable;
