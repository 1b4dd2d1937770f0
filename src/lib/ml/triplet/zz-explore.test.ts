import { it } from 'vitest';
import { cpuTf } from '/work/main/src/lib/ml/tf-cpu';
import { createTripletTrainer } from '/work/main/src/lib/ml/triplet/trainer';

it('explore', async () => {
  const tf = await cpuTf();
  const before = tf.memory().numTensors;
  const lr = Number(process.env.LR ?? 0.03);
  for (const seed of [1, 2, 3]) {
    for (const [mining, margin, cm] of [['semi-hard', 1.0, 0.1], ['random', 1.0, 0.1], ['hard', 3, 1]] as const) {
      const t0 = performance.now();
      const tr = createTripletTrainer({ margin, mining, lr, distance: 'euclidean', compare: true, compareMargin: cm }, seed);
      let s = await tr.snapshot();
      const f = (v: any) => `r=${v.separation.ratio.toFixed(2)} sc=${v.separation.scale.toFixed(2)} act=${v.activeShare.toFixed(2)} all=${v.activeShareAll.toFixed(2)} L=${v.loss.toFixed(3)}`;
      console.log(seed, mining, 'init', f(s.main));
      for (let k = 0; k < 2; k++) {
        await tr.train(150);
        s = await tr.snapshot();
        console.log(seed, mining, (k+1)*150, 'm', margin, f(s.main), '| m', cm, f(s.compare), (performance.now()-t0).toFixed(0)+'ms');
      }
      tr.dispose();
    }
  }
  console.log('leak', tf.memory().numTensors - before);
}, 900000);
