import { describe, expect, it } from 'vitest';
import { defaults, sanitize } from '$lib/params/schema';
import { params } from './params';
import { presets } from './presets';

describe('curriculum presets', () => {
  it('has the default preset and every preset survives validation unchanged', () => {
    expect(Object.keys(presets)).toEqual(expect.arrayContaining(['curriculum-vs-shuffled', 'anti-curriculum']));
    for (const [name, p] of Object.entries(presets)) {
      const v = { ...defaults(params), ...p.values };
      expect(sanitize(params, defaults(params), v), name).toEqual(v);
      expect(p.label.en && p.label['zh-Hant'], name).toBeTruthy();
    }
  });

  it('the two presets differ only in the order', () => {
    const { order: a, ...restA } = presets['curriculum-vs-shuffled'].values;
    const { order: b, ...restB } = presets['anti-curriculum'].values;
    expect([a, b]).toEqual(['easy-first', 'hard-first']);
    expect(restA).toEqual(restB);
  });
});
