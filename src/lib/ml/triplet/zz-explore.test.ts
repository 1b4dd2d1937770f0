import { it } from 'vitest';
import { cpuTf } from '/work/main/src/lib/ml/tf-cpu';
import { createTripletTrainer } from '/work/main/src/lib/ml/triplet/trainer';

it('explore', async () => {
  await cpuTf();
  for (const seed of [1, 2, 3]) {
    for (const mining of ['random', 'semi-hard', 'hard'] as const) {
      const tr = createTripletTrainer({ margin: 0, mining, lr: 0.03, distance: 'euclidean' }, seed);
      const f = (v: any) => `r=${v.separation.ratio.toFixed(2)} sc=${v.separation.scale.toFixed(3)} act=${v.activeShare.toFixed(2)} all=${v.activeShareAll.toFixed(2)} L=${v.loss.toFixed(4)}`;
      const out = [];
      for (const n of [150, 150]) { await tr.train(n); const s = await tr.snapshot(); out.push(`${s.step}: ${f(s.main)}`); }
      console.log(seed, mining, out.join(' || '));
      tr.dispose();
    }
  }
}, 900000);
