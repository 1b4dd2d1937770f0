import { it } from 'vitest';
import { cpuTf } from './tf-cpu';
import { createAttentionTrainer } from './attention-task';

it('bench', async () => {
  await cpuTf();
  for (const task of ['reverse', 'twin'] as any[]) {
    const tr = createAttentionTrainer({ task, lr: 0.01 }, 1);
    await tr.train(5);
    let t0 = performance.now();
    await tr.train(100);
    const tt = (performance.now() - t0) / 100;
    t0 = performance.now();
    for (let i = 0; i < 5; i++) await tr.snapshot();
    console.log(task, 'ms/step', tt.toFixed(1), 'ms/snapshot', ((performance.now() - t0) / 5).toFixed(1));
    tr.dispose();
  }
}, 300000);
