import { describe, expect, it } from 'vitest';
import { defaults, sanitize } from '$lib/params/schema';
import { params } from './params';
import { presets } from './presets';

describe('gradient-clipping presets', () => {
  it('has the default preset and every preset survives validation unchanged', () => {
    expect(Object.keys(presets)).toEqual(expect.arrayContaining(['cliff', 'no-clip', 'tight-threshold']));
    for (const [name, p] of Object.entries(presets)) {
      const v = { ...defaults(params), ...p.values };
      expect(sanitize(params, defaults(params), v), name).toEqual(v);
      expect(p.label.en && p.label['zh-Hant'], name).toBeTruthy();
    }
  });

  it('tight-threshold clips harder than the default', () => {
    expect(presets['tight-threshold'].values.threshold!).toBeLessThan(presets.cliff.values.threshold!);
    expect(presets['no-clip'].values.show).toBe('none');
  });
});
