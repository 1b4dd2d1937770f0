import { it } from 'vitest';
import { cpuTf } from '/work/main/src/lib/ml/tf-cpu';
import { createL1L2Trainer } from '/work/main/src/lib/ml/regression/trainer';

it('explore', async () => {
  const tf = await cpuTf();
  const before = tf.memory().numTensors;
  for (const seed of [1, 2, 3, 4, 5]) {
    const res: Record<string, number[]> = {};
    for (const outlier of [0, 10]) {
      const t0 = performance.now();
      const tr = createL1L2Trainer({ outlier, delta: 1, lr: 0.03 }, seed);
      for (let k = 0; k < 4; k++) {
        await tr.train(100);
        const s = await tr.snapshot();
        res[outlier] = [s.lines.l1.w, s.lines.l2.w, s.lines.huber.w];
        const e1 = Math.max(...s.bimodal.predL1.map((p, i) => Math.abs(p - s.bimodal.median[i])));
        const e2 = Math.max(...s.bimodal.predL2.map((p, i) => Math.abs(p - s.bimodal.mean[i])));
        console.log(seed, outlier, (k+1)*100, res[outlier].map(v=>v.toFixed(3)).join(' '), 'bim err L1-med', e1.toFixed(3), 'L2-mean', e2.toFixed(3), (performance.now()-t0).toFixed(0)+'ms');
      }
      tr.dispose();
    }
    const d1 = Math.abs(res[10][0]-res[0][0]), d2 = Math.abs(res[10][1]-res[0][1]);
    console.log('seed', seed, 'dL1', d1.toFixed(4), 'dL2', d2.toFixed(4), 'ratio', (d2/d1).toFixed(1));
  }
  console.log('leak', tf.memory().numTensors - before);
}, 300000);
