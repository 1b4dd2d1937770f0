import { describe, expect, it } from 'vitest';
import { coerce, defaults, sanitize, type ParamSpec } from '$lib/params/schema';
import { params } from './params';
import { presets } from './presets';
import { GAN_LAB_RING, DEFAULT_GAN_PARAMS, LIVE_KEYS } from '$lib/ml/gan/config';
import { DATASETS } from '$lib/ml/gan/data';
import { LOSSES } from '$lib/ml/gan/losses';
import { OPTIMIZERS } from '$lib/ml/optim/optimizers';

describe('toy-gan params and presets', () => {
  it('has exactly the presets the pages link to', () => {
    expect(Object.keys(presets).sort()).toEqual(
      [
        'collapse',
        'stable',
        'watch-the-game',
        'single-gaussian',
        'minibatch-std',
        'wgan-gp',
        'balanced-rates',
        'gan-lab-ring'
      ].sort()
    );
  });

  it('every preset value is valid for the schema', () => {
    for (const [name, p] of Object.entries(presets)) {
      expect(p.label.en && p.label['zh-Hant'], name).toBeTruthy();
      for (const [k, v] of Object.entries(p.values)) {
        expect(coerce(params[k as keyof typeof params], v), `${name}.${k}`).toBe(v);
      }
      expect(sanitize(params, defaults(params), p.values)).toEqual({ ...defaults(params), ...p.values });
    }
  });

  it('defaults are valid and agree with the model defaults where both exist', () => {
    const d = defaults(params);
    expect(sanitize(params, d, d)).toEqual(d);
    expect(params.dataset.options).toEqual([...DATASETS]);
    expect(params.loss.options).toEqual([...LOSSES]);
    expect(params.optimizer.options).toEqual([...OPTIMIZERS]);
    // The schema's defaults are the balanced-rates setup.
    expect({ ...d, ...presets['balanced-rates'].values }).toEqual(d);
    expect(d).toEqual(DEFAULT_GAN_PARAMS);
  });

  it('live controls are exactly what the trainer applies live', () => {
    const live = Object.entries(params)
      .filter(([, s]) => (s as ParamSpec).apply === 'live')
      .map(([k]) => k);
    expect(live.sort()).toEqual([...LIVE_KEYS].sort());
  });

  it('gan-lab-ring is the GAN Lab reference configuration', () => {
    const { seed: _seed, ...ref } = GAN_LAB_RING;
    expect(presets['gan-lab-ring'].values).toEqual(ref);
    expect(ref).toMatchObject({
      noiseDim: 2,
      gHidden: 10,
      gLayers: 2,
      dHidden: 9,
      dLayers: 3,
      optimizer: 'sgd',
      lrD: 0.1,
      lrG: 0.03,
      batch: 150,
      dSteps: 3
    });
  });
});
