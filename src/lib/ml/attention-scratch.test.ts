import { it } from 'vitest';
import { cpuTf } from './tf-cpu';
import { createAttentionTrainer } from './attention-task';

it('explore', async () => {
  const tf = await cpuTf();
  const task = (process.env.TASK ?? 'reverse') as any;
  const lr = Number(process.env.LR ?? 0.02);
  const dK = Number(process.env.DK ?? 16);
  for (const seed of [7, 8]) {
    const t0 = performance.now();
    const tr = createAttentionTrainer({ task, lr, dK }, seed);
    const line: string[] = [];
    for (let k = 0; k < 8; k++) {
      await tr.train(25);
      const s = await tr.snapshot();
      line.push(`${s.step}:${s.targetWeight.toFixed(3)}/${s.accuracy.toFixed(2)}`);
    }
    tr.dispose();
    console.log(task, seed, ((performance.now() - t0) / 1000).toFixed(1) + 's', line.join(' '), tf.memory().numTensors);
  }
}, 300000);
