import { it } from 'vitest';
import { cpuTf } from '/work/main/src/lib/ml/tf-cpu';
import { createTripletTrainer } from '/work/main/src/lib/ml/triplet/trainer';

it('explore', async () => {
  const tf = await cpuTf();
  const lr = Number(process.env.LR ?? 0.03);
  const dist = (process.env.DIST ?? 'euclidean') as any;
  const pairs = JSON.parse(process.env.PAIRS ?? '[[1.0,0.1],[1.5,0.1]]');
  for (const seed of [1, 2, 3, 4, 5]) {
    for (const [margin, cm] of pairs) {
      const t0 = performance.now();
      const tr = createTripletTrainer({ margin, mining: (process.env.MINING ?? 'semi-hard') as any, lr, distance: dist, compare: true, compareMargin: cm }, seed);
      const f = (v: any) => `r=${v.separation.ratio.toFixed(2)} sc=${v.separation.scale.toFixed(2)} act=${v.activeShare.toFixed(2)} all=${v.activeShareAll.toFixed(2)}`;
      const out = [];
      for (const n of [150, 150]) { await tr.train(n); const s = await tr.snapshot(); out.push(`${s.step}: ${f(s.main)} | ${f(s.compare)} ratio-of-ratios ${(s.main.separation.ratio / s.compare!.separation.ratio).toFixed(2)}`); }
      console.log(seed, margin, cm, out.join(' || '), (performance.now()-t0).toFixed(0)+'ms');
      tr.dispose();
    }
  }
}, 900000);
