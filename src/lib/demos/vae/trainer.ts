/** What the runner loads (in a Web Worker or on the main thread) to build this demo's model. */
import { createVaeTrainer } from '../../ml/vae/model';

export type { VaeParams, VaeSnapshot } from '../../ml/vae/model';
export default createVaeTrainer;
