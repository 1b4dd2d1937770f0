import { describe, expect, it } from 'vitest';
import { cpuTf } from '$lib/ml/core/tf-cpu';
import { createGanTrainer } from '$lib/ml/gan/trainer';
import { defaults } from '$lib/params/schema';
import { params } from './params';
import { presets } from './presets';
import { clusterAround, coveredFlags, emptyTrack, extendTrack, flipRows, scaleArrows } from './view';

await cpuTf();

describe('toy-gan views on a real snapshot', () => {
  it('trains on drawn clusters passed as the view sends them, and the helpers read the snapshot', async () => {
    const strokes = [clusterAround(-0.5, 0.5), clusterAround(0.5, -0.5), clusterAround(0, 0)];
    const v = { ...defaults(params), ...presets.collapse.values, dataset: 'custom' as const, gHidden: 6, dHidden: 6, batch: 16 };
    const sent = structuredClone({ ...v, customPoints: strokes.flat() });
    const t = createGanTrainer(sent, 3);
    await t.train(5);
    const s = await t.snapshot();
    expect(s.dataset).toBe('custom');
    expect(s.modesTotal).toBe(0);
    expect(flipRows(s.grid.values, s.grid.size)).toHaveLength(s.grid.size ** 2);
    expect(scaleArrows(s.arrows).arrows).toHaveLength(s.arrows.length / 4);
    expect(extendTrack(emptyTrack(), s).it).toEqual([5]);
    t.dispose();
  });

  it('marks as many ring modes as the trainer counts', async () => {
    const v = { ...defaults(params), ...presets['balanced-rates'].values, gHidden: 8, dHidden: 8, batch: 32 };
    const t = createGanTrainer(v, 1);
    await t.train(30);
    const s = await t.snapshot();
    expect(coveredFlags(s.fake, s.modes, s.modesCovered).filter(Boolean)).toHaveLength(Math.min(s.modesCovered, s.modes.length));
    t.dispose();
  });
});
