import { it } from 'vitest';
import { cpuTf } from './tf-cpu';
import { createCurriculumRace, stepsToTarget, type CurriculumParams } from './curriculum';

it('scratch', { timeout: 900000 }, async () => {
  await cpuTf();
  const base: CurriculumParams = { lr: 0.3, batch: 32, startShare: 0.2, paceSteps: 300, totalSteps: 600, noise: 4, order: 'easy-first' };
  const variants: Partial<CurriculumParams>[] = JSON.parse(process.env.VARIANTS ?? '[{}]');
  const seeds = (process.env.SEEDS ?? '1,2,3,4,5,6').split(',').map(Number);
  for (const vr of variants) {
    const p = { ...base, ...vr };
    const lines: string[] = [];
    const t0 = performance.now();
    for (const seed of seeds) {
      const r = createCurriculumRace(p, seed);
      await r.train(Number(process.env.RUN ?? p.totalSteps));
      const s = await r.snapshot();
      r.dispose();
      const H = s.history;
      const pick = [10, 50, 75, 100, 150, 200, 249];
      lines.push(`${seed} C ${pick.map((i) => H.heldOut.curriculum[i].toFixed(3)).join(' ')} | S ${pick.map((i) => H.heldOut.shuffled[i].toFixed(3)).join(' ')} | tt ${[0.05, 0.04, 0.03, 0.025].map((t) => stepsToTarget(H.steps, H.heldOut.curriculum, t) + '/' + stepsToTarget(H.steps, H.heldOut.shuffled, t)).join(' ')} div ${JSON.stringify(s.diverged)}`);
    }
    console.log(JSON.stringify(vr), 'ms/seed', ((performance.now() - t0) / seeds.length).toFixed(0) + '\n' + lines.join('\n'));
  }
});
