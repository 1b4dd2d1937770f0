import { it } from 'vitest';
import { cpuTf } from './tf-cpu';
import { createCurriculumRace, stepsToTarget } from './curriculum';
it('figs', { timeout: 900000 }, async () => {
  await cpuTf();
  const rows: string[] = [];
  for (const order of ['easy-first', 'hard-first'] as const) for (const seed of [1, 2, 3, 4, 5]) {
    const r = createCurriculumRace({ lr: 0.25, batch: 32, startShare: 0.3, paceSteps: 400, totalSteps: 600, noise: 3, order }, seed);
    await r.train(600);
    const s = await r.snapshot(); r.dispose();
    const h = s.history; const L = h.steps.length - 1;
    rows.push(`${order} seed ${seed}: ordered ${stepsToTarget(h.steps, h.heldOut.curriculum, 0.03)} shuffled ${stepsToTarget(h.steps, h.heldOut.shuffled, 0.03)} final ${h.heldOut.curriculum[L].toFixed(4)} / ${h.heldOut.shuffled[L].toFixed(4)}`);
  }
  console.log(rows.join('\n'));
});
