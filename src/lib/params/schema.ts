/**
 * The hyperparameter schema. Each control is declared once: kind, range, default,
 * whether a change applies live or needs a reset, and its labels in both languages.
 * The control panel, the URL codec and preset validation are all generated from it.
 */
export type Lang = 'en' | 'zh-Hant';
export type Label = Record<Lang, string>;

interface Base<T> {
  default: T;
  /** 'live': applied to the running model; 'reset': rebuilds the model (default). */
  apply?: 'live' | 'reset';
  label: Label;
  help?: Label;
}
/** kind 'number': linear slider; 'log': log-scale slider (min > 0); 'int': integer slider. */
export interface NumberSpec extends Base<number> {
  kind: 'number' | 'log' | 'int';
  min: number;
  max: number;
  step?: number;
}
export interface ChoiceSpec<C extends string = string> extends Base<C> {
  kind: 'choice';
  options: readonly C[];
  optionLabels?: Partial<Record<C, Label>>;
}
export interface BooleanSpec extends Base<boolean> {
  kind: 'boolean';
}
/** A seed: integer in [0, SEED_MAX]. */
export interface SeedSpec extends Base<number> {
  kind: 'seed';
}
/** Free text typed by the reader (never injected as HTML). */
export interface TextSpec extends Base<string> {
  kind: 'text';
  maxLength: number;
}
export type ParamSpec = NumberSpec | ChoiceSpec<string> | BooleanSpec | SeedSpec | TextSpec;
export type Schema = Record<string, ParamSpec>;

export type ValueOf<S extends ParamSpec> = S extends ChoiceSpec<infer C>
  ? C
  : S extends BooleanSpec
    ? boolean
    : S extends TextSpec
      ? string
      : number;
export type Values<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export const SEED_MAX = 2 ** 31 - 1;

/** Identity with checks: throws at import time on a malformed entry (so the build fails). */
export function defineParams<const S extends Schema>(schema: S): S {
  for (const [key, spec] of Object.entries(schema)) {
    if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(key)) throw new Error(`param key "${key}" must be alphanumeric`);
    if (!spec.label?.en || !spec.label?.['zh-Hant']) throw new Error(`param "${key}" needs en and zh-Hant labels`);
    if (spec.kind === 'number' || spec.kind === 'log' || spec.kind === 'int') {
      if (!(spec.min < spec.max)) throw new Error(`param "${key}": min must be < max`);
      if (spec.kind === 'log' && spec.min <= 0) throw new Error(`param "${key}": log scale needs min > 0`);
      if (spec.default < spec.min || spec.default > spec.max) throw new Error(`param "${key}": default out of range`);
    }
    if (spec.kind === 'choice' && !spec.options.includes(spec.default)) {
      throw new Error(`param "${key}": default not among options`);
    }
  }
  return schema;
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(schema)) out[k] = spec.default;
  return out as Values<S>;
}

/**
 * Coerce an untrusted value (from a URL, a preset, a message) to a valid value of `spec`,
 * or undefined when it cannot be read. Numbers are clamped to range, ints rounded,
 * choices must match exactly, text is cut to maxLength.
 */
export function coerce(spec: ParamSpec, raw: unknown): unknown {
  switch (spec.kind) {
    case 'number':
    case 'log':
    case 'int':
    case 'seed': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) {
        // Infinity clamps to the matching end of a numeric range; NaN and garbage are dropped.
        if (spec.kind !== 'seed' && (n === Infinity || n === -Infinity)) return n > 0 ? spec.max : spec.min;
        return undefined;
      }
      if (spec.kind === 'seed') return Math.min(SEED_MAX, Math.max(0, Math.round(Math.abs(n))));
      const v = Math.min(spec.max, Math.max(spec.min, n));
      return spec.kind === 'int' ? Math.round(v) : v;
    }
    case 'choice':
      return typeof raw === 'string' && (spec.options as readonly string[]).includes(raw) ? raw : undefined;
    case 'boolean':
      if (raw === true || raw === 'true' || raw === '1') return true;
      if (raw === false || raw === 'false' || raw === '0') return false;
      return undefined;
    case 'text':
      return typeof raw === 'string' ? raw.slice(0, spec.maxLength) : undefined;
  }
}

/** Merge untrusted partial values over a base, keeping only known keys with valid values. */
export function sanitize<S extends Schema>(schema: S, base: Values<S>, raw: Record<string, unknown>): Values<S> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, spec] of Object.entries(schema)) {
    if (!Object.prototype.hasOwnProperty.call(raw, k)) continue;
    const v = coerce(spec, raw[k]);
    if (v !== undefined) out[k] = v;
  }
  return out as Values<S>;
}

/**
 * Predict, then reveal: a question the demo asks before it runs in this preset. The right
 * answer is the page's teaching claim, the effect its claim tests assert on the same model.
 */
export interface Prediction {
  /** Asked before the run ("Which line moves more when the outlier moves?"). */
  question: Label;
  /** Two to four answers, by key (kebab-case). */
  choices: Record<string, Label>;
  /** The key of the answer the run shows. */
  answer: string;
  /** Shown after the run: what the run showed and why, pointing at the chart to look at. */
  why: Label;
  /** Training demos: reveal once the run reaches this step (default: when it pauses by itself, or 200). */
  revealAt?: number;
}

export interface Preset<S extends Schema> {
  label: Label;
  values: Partial<Values<S>>;
  predict?: Prediction;
}
export type Presets<S extends Schema> = Record<string, Preset<S>>;

/** Presets are typed partial value sets; throws on a key or value the schema rejects. */
export function definePresets<S extends Schema, const P extends Presets<S>>(schema: S, presets: P): P {
  for (const [name, preset] of Object.entries(presets)) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`preset name "${name}" must be kebab-case`);
    if (!preset.label?.en || !preset.label?.['zh-Hant']) throw new Error(`preset "${name}" needs both labels`);
    for (const [k, v] of Object.entries(preset.values)) {
      const spec = schema[k];
      if (!spec) throw new Error(`preset "${name}": unknown param "${k}"`);
      if (coerce(spec, v) !== v) throw new Error(`preset "${name}": invalid value for "${k}": ${String(v)}`);
    }
    if (preset.predict) checkPrediction(name, preset.predict);
  }
  return presets;
}

function checkPrediction(name: string, p: Prediction): void {
  const both = (l: Label | undefined) => !!l?.en?.trim() && !!l?.['zh-Hant']?.trim();
  const keys = Object.keys(p.choices ?? {});
  if (!both(p.question) || !both(p.why)) throw new Error(`preset "${name}": prediction needs question and why in both languages`);
  if (keys.length < 2 || keys.length > 4) throw new Error(`preset "${name}": a prediction has 2 to 4 choices`);
  for (const k of keys) {
    if (!/^[a-z0-9-]+$/.test(k)) throw new Error(`preset "${name}": choice key "${k}" must be kebab-case`);
    if (!both(p.choices[k])) throw new Error(`preset "${name}": choice "${k}" needs both languages`);
  }
  if (!keys.includes(p.answer)) throw new Error(`preset "${name}": the answer "${p.answer}" is not a choice`);
  if (p.revealAt !== undefined && !(Number.isInteger(p.revealAt) && p.revealAt > 0)) throw new Error(`preset "${name}": revealAt must be a positive integer`);
}

/** Keys whose change requires rebuilding the model. */
export function needsReset<S extends Schema>(schema: S, before: Values<S>, after: Values<S>): boolean {
  return Object.keys(schema).some((k) => (schema[k].apply ?? 'reset') === 'reset' && before[k] !== after[k]);
}
