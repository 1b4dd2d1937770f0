import type { Lang } from '$lib/params/schema';
import { messages, type MessageKey } from './messages';

export type { Lang, MessageKey };
export const langs: Lang[] = ['en', 'zh-Hant'];

export function isLang(x: unknown): x is Lang {
  return x === 'en' || x === 'zh-Hant';
}

/** Look up a UI string and fill `{name}` placeholders (as text, never HTML). */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  let s: string = messages[lang][key];
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** A bilingual label object's text in a language. */
export function pick(label: Record<Lang, string>, lang: Lang): string {
  return label[lang];
}
