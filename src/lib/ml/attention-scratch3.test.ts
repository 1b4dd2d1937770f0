import { it } from 'vitest';
import { cpuTf } from './tf-cpu';
import { createAttentionTrainer } from './attention-task';

it('profile', async () => {
  const tf = await cpuTf();
  const tr = createAttentionTrainer({ task: 'twin', lr: 0.01 }, 1);
  await tr.train(5);
  const info = await tf.profile(async () => { await tr.train(20); });
  const agg: Record<string, [number, number]> = {};
  for (const k of info.kernels) {
    const t = (await (k as any).kernelTimeMs) as number;
    const a = (agg[k.name] ??= [0, 0]);
    a[0] += typeof t === 'number' ? t : 0; a[1]++;
  }
  const rows = Object.entries(agg).sort((a, b) => b[1][0] - a[1][0]);
  for (const [n, [t, c]] of rows.slice(0, 25)) console.log(n.padEnd(28), (t / 20).toFixed(2), 'ms/step', c / 20, 'calls/step');
  console.log('kernels/step', info.kernels.length / 20);
  tr.dispose();
}, 300000);
