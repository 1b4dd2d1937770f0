import { it } from 'vitest';
import { cpuTf } from '/work/main/src/lib/ml/tf-cpu';
import { createTripletTrainer } from '/work/main/src/lib/ml/triplet/trainer';
import { createL1L2Trainer } from '/work/main/src/lib/ml/regression/trainer';

it('bench', async () => {
  const tf = await cpuTf();
  for (const [name, tr] of [['triplet-semi', createTripletTrainer({ margin: 1, mining: 'semi-hard', lr: 0.01, distance: 'euclidean', compare: true, compareMargin: 0.1 }, 1)], ['l1l2', createL1L2Trainer({outlier: 3, delta: 1, lr: 0.03}, 1)]] as const) {
    await tr.train(10);
    const prof = await tf.profile(async () => { await tr.train(20); });
    const agg: Record<string, [number, number]> = {};
    for (const k of prof.kernels) { const a = (agg[k.name] ??= [0, 0]); a[0]++; a[1] += Number(k.kernelTimeMs); }
    const tot = Object.values(agg).reduce((s, a) => s + a[1], 0);
    console.log(name, 'kernels/step', prof.kernels.length / 20, 'kernel ms/step', (tot / 20).toFixed(2));
    console.log(Object.entries(agg).sort((a, b) => b[1][1] - a[1][1]).slice(0, 12).map(([k, [c, t]]) => `${k}:${c / 20}x ${(t / 20).toFixed(2)}ms`).join('  '));
    const t0 = performance.now(); await tr.train(50); console.log(name, 'wall ms/step', ((performance.now() - t0) / 50).toFixed(2));
    tr.dispose();
  }
}, 120000);
