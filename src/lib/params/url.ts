/**
 * URL codec for a demo's parameters. Keys are prefixed per demo (`toy-gan.lrG=0.01`) so
 * several demos can share a page; `hide=` (global) or `<demo>.hide=` lists controls to
 * hide for a class. Everything read is untrusted: values are clamped or dropped through
 * the schema, unknown keys are ignored, the preset must be one the demo declares.
 */
import { coerce, type Presets, type Schema, type Values } from './schema';

export interface UrlState<S extends Schema> {
  /** Valid values found in the URL (preset applied first, explicit keys over it). */
  values: Partial<Values<S>>;
  preset?: string;
  hidden: Set<string>;
}

export function readUrl<S extends Schema>(
  schema: S,
  presets: Presets<S>,
  params: URLSearchParams,
  prefix: string
): UrlState<S> {
  const values: Record<string, unknown> = {};
  let preset: string | undefined;
  const rawPreset = params.getAll(`${prefix}.preset`).at(-1);
  if (rawPreset !== undefined && Object.prototype.hasOwnProperty.call(presets, rawPreset)) {
    preset = rawPreset;
    Object.assign(values, presets[rawPreset].values);
  }
  for (const [key, spec] of Object.entries(schema)) {
    // Repeated keys: the last readable value wins.
    for (const raw of params.getAll(`${prefix}.${key}`)) {
      const v = coerce(spec, raw);
      if (v !== undefined) values[key] = v;
    }
  }
  const hidden = new Set<string>();
  for (const h of [...params.getAll('hide'), ...params.getAll(`${prefix}.hide`)]) {
    for (const k of h.split(',')) if (Object.prototype.hasOwnProperty.call(schema, k.trim())) hidden.add(k.trim());
  }
  return { values: values as Partial<Values<S>>, preset, hidden };
}

/** Format a value for the URL: short but exact enough to reproduce the run. */
export function formatValue(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  return String(v);
}

/**
 * Write the demo's values into `params` (in place): values that differ from the
 * defaults, and always the seed keys, so a shared link reproduces the run. Other demos'
 * keys and unrelated keys are kept.
 */
export function writeUrl<S extends Schema>(schema: S, values: Values<S>, defaults: Values<S>, params: URLSearchParams, prefix: string): URLSearchParams {
  params.delete(`${prefix}.preset`);
  for (const [key, spec] of Object.entries(schema)) {
    const k = `${prefix}.${key}`;
    const v = values[key as keyof Values<S>];
    if (spec.kind === 'seed' || v !== defaults[key as keyof Values<S>]) params.set(k, formatValue(v));
    else params.delete(k);
  }
  return params;
}
