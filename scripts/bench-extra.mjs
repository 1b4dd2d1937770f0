// Demo-specific benchmark lines. The toy GAN in GAN Lab's "ring" configuration
// (G 2-10-10-2, D 2-9-9-9-1, ReLU, tanh/sigmoid outputs, SGD D 0.1 / G 0.03, batch 150,
// 3 D steps per G step; one step = one iteration of 3 + 1 updates), trained our way (in a
// Web Worker) and on the main thread (the way GAN Lab trains: the page's own thread, here
// in short slices), in the same run; the ratio compares the two.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * The teaching moment of each demo, from its folder's meta.json: the preset that shows it
 * and the step at which the teaching-claim test asserts the effect. The benchmark reports
 * seconds from Play until the demo reaches that step.
 */
const demoDir = 'src/lib/demos';
export const teachingMoments = Object.fromEntries(
  readdirSync(demoDir)
    .filter((d) => existsSync(`${demoDir}/${d}/meta.json`))
    .map((d) => [d, JSON.parse(readFileSync(`${demoDir}/${d}/meta.json`, 'utf8')).moment])
    .filter(([, m]) => m)
);

export async function extraBenches({ origin, backends, measure }) {
  const rows = [];
  const page = `${origin}/en/gen/mode-collapse/`;
  for (const backend of backends) {
    const preset = `toy-gan.preset=gan-lab-ring&backend=${backend}`;
    let worker, main;
    try {
      worker = await measure(`${page}?${preset}`, 'toy-gan');
      main = await measure(`${page}?${preset}&worker=0`, 'toy-gan');
    } catch (e) {
      rows.push({ demo: 'gan-lab-ring', backend, note: `failed: ${e.message.split('\n')[0]}` });
      continue;
    }
    rows.push({ demo: 'gan-lab-ring worker', backend, ...worker });
    rows.push({
      demo: 'gan-lab-ring main',
      backend,
      ...main,
      note: `worker/main steps ratio ${(worker.stepsPerSec / Math.max(1e-9, main.stepsPerSec)).toFixed(2)}; longest task ${worker.longestTaskMs} vs ${main.longestTaskMs} ms`
    });
  }
  return rows;
}
