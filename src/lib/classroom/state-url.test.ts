import { describe, expect, it } from 'vitest';
import { readUrl } from '$lib/params/url';
import { defaults, type Schema, type Values } from '$lib/params/schema';
import { params } from '$lib/demos/lr-schedules/params';
import { presets } from '$lib/demos/lr-schedules/presets';
import { embedCode, embedUrl, shareUrl, type DemoLike } from './state-url';

function demo(values: Partial<Values<typeof params>>, activePreset?: string): DemoLike {
  const base = { ...defaults(params), ...presets.compare.values };
  return {
    cfg: { id: 'lr-schedules', schema: params as Schema, presets: presets as never, preset: 'compare' },
    values: { ...base, ...values } as Values<Schema>,
    hidden: new Set(['seed']),
    activePreset
  };
}

describe('links to a demo state', () => {
  it('reproduce the values, seed, preset and hidden controls when read back', () => {
    const d = demo({ lr: 0.37, seed: 99 }, undefined);
    const url = new URL(shareUrl(d, 'http://x/en/gen/learning-rate-schedules/?present=1&lr-schedules.lr=0.1', 250));
    expect(url.searchParams.get('present')).toBeNull();
    expect(url.searchParams.get('lr-schedules.step')).toBe('250');
    const back = readUrl(params, presets, url.searchParams, 'lr-schedules');
    expect(back.preset).toBe('compare');
    expect({ ...defaults(params), ...back.values }).toEqual(d.values);
    expect([...back.hidden]).toEqual(['seed']);
  });

  it('name the active preset, so an embed opens in it', () => {
    const url = new URL(embedUrl(demo({ ...presets['warmup-cosine'].values }, 'warmup-cosine'), 'http://x/en/gen/a/?backend=wasm', '/en/embed/lr-schedules/'));
    expect(url.pathname).toBe('/en/embed/lr-schedules/');
    expect(url.searchParams.get('lr-schedules.preset')).toBe('warmup-cosine');
    expect(url.searchParams.get('backend')).toBe('wasm');
  });

  it('embed code escapes its attributes', () => {
    expect(embedCode('http://x/?a=1&b="2"', 'A <b> "demo"')).toBe(
      '<iframe src="http://x/?a=1&amp;b=&quot;2&quot;" title="A &lt;b> &quot;demo&quot;" width="100%" height="760" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>'
    );
  });
});
