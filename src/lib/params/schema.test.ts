import { describe, expect, it } from 'vitest';
import { coerce, defaults, defineParams, definePresets, needsReset, sanitize, SEED_MAX } from './schema';
import { readUrl, writeUrl } from './url';

const L = (s: string) => ({ en: s, 'zh-Hant': s });
const schema = defineParams({
  lr: { kind: 'log', min: 1e-4, max: 1, default: 0.01, apply: 'live', label: L('lr') },
  width: { kind: 'int', min: 1, max: 64, default: 8, label: L('width') },
  mix: { kind: 'number', min: 0, max: 1, default: 0.5, label: L('mix') },
  loss: { kind: 'choice', options: ['l1', 'l2'], default: 'l2', label: L('loss') },
  causal: { kind: 'boolean', default: false, label: L('causal') },
  seed: { kind: 'seed', default: 1, label: L('seed') },
  text: { kind: 'text', maxLength: 10, default: 'hi', label: L('text') }
});
const presets = definePresets(schema, { fast: { label: L('fast'), values: { lr: 0.5, loss: 'l1' } } });

describe('defineParams', () => {
  it('rejects malformed entries at definition time', () => {
    expect(() => defineParams({ a: { kind: 'number', min: 1, max: 0, default: 0, label: L('a') } })).toThrow();
    expect(() => defineParams({ a: { kind: 'log', min: 0, max: 1, default: 0.5, label: L('a') } })).toThrow();
    expect(() => defineParams({ a: { kind: 'int', min: 0, max: 1, default: 5, label: L('a') } })).toThrow();
    expect(() => defineParams({ a: { kind: 'boolean', default: true, label: { en: 'a', 'zh-Hant': '' } } })).toThrow();
  });
  it('rejects presets with unknown keys or invalid values', () => {
    expect(() => definePresets(schema, { bad: { label: L('b'), values: { nope: 1 } as never } })).toThrow();
    expect(() => definePresets(schema, { bad: { label: L('b'), values: { lr: 5 } } })).toThrow();
    expect(() => definePresets(schema, { Bad: { label: L('b'), values: {} } })).toThrow();
  });
});

describe('coerce', () => {
  it('clamps numbers, rounds ints, drops garbage', () => {
    expect(coerce(schema.lr, '5')).toBe(1);
    expect(coerce(schema.lr, '-1')).toBe(1e-4);
    expect(coerce(schema.width, '3.6')).toBe(4);
    expect(coerce(schema.width, 'Infinity')).toBe(64);
    expect(coerce(schema.width, '-Infinity')).toBe(1);
    expect(coerce(schema.mix, 'NaN')).toBeUndefined();
    expect(coerce(schema.mix, '')).toBeUndefined();
    expect(coerce(schema.mix, '0x10')).toBe(1);
    expect(coerce(schema.mix, '<script>')).toBeUndefined();
    expect(coerce(schema.loss, 'l3')).toBeUndefined();
    expect(coerce(schema.loss, 'l1')).toBe('l1');
    expect(coerce(schema.causal, 'yes')).toBeUndefined();
    expect(coerce(schema.causal, '1')).toBe(true);
    expect(coerce(schema.seed, '-7')).toBe(7);
    expect(coerce(schema.seed, '1e99')).toBe(SEED_MAX);
    expect(coerce(schema.text, 'abcdefghijklmno')).toBe('abcdefghij');
  });
  it('sanitize keeps only known keys with valid values', () => {
    const v = sanitize(schema, defaults(schema), { lr: 'x', width: 2, bogus: 3, __proto__: { lr: 9 } } as never);
    expect(v).toEqual({ ...defaults(schema), width: 2 });
  });
  it('needsReset only for reset-kind changes', () => {
    const d = defaults(schema);
    expect(needsReset(schema, d, { ...d, lr: 0.2 })).toBe(false);
    expect(needsReset(schema, d, { ...d, width: 2 })).toBe(true);
  });
});

describe('URL codec', () => {
  it('round-trips every kind of value', () => {
    const d = defaults(schema);
    const v = { ...d, lr: 0.0123456789, width: 17, mix: 0.25, loss: 'l1' as const, causal: true, seed: 99, text: 'a&b=c' };
    const params = writeUrl(schema, v, d, new URLSearchParams('other=1'), 'demo');
    const back = readUrl(schema, presets, new URLSearchParams(params.toString()), 'demo');
    expect({ ...d, ...back.values }).toEqual({ ...v, lr: 0.0123457 });
    expect(params.get('other')).toBe('1');
  });
  it('writes only non-defaults plus the seed', () => {
    const d = defaults(schema);
    const p = writeUrl(schema, d, d, new URLSearchParams(), 'x');
    expect([...p.keys()]).toEqual(['x.seed']);
  });
  it('applies a known preset, lets explicit keys override it, ignores unknown presets', () => {
    const r = readUrl(schema, presets, new URLSearchParams('d.preset=fast&d.loss=l2'), 'd');
    expect(r.preset).toBe('fast');
    expect(r.values).toEqual({ lr: 0.5, loss: 'l2' });
    expect(readUrl(schema, presets, new URLSearchParams('d.preset=__proto__'), 'd').values).toEqual({});
    expect(readUrl(schema, presets, new URLSearchParams('d.preset=nope'), 'd').preset).toBeUndefined();
  });
  it('survives garbage: repeated keys, other prefixes, hide lists', () => {
    const r = readUrl(schema, presets, new URLSearchParams('d.width=abc&d.width=5&d.width=zz&e.width=9&hide=lr,bogus&d.hide=seed'), 'd');
    expect(r.values).toEqual({ width: 5 });
    expect([...r.hidden].sort()).toEqual(['lr', 'seed']);
  });
});
