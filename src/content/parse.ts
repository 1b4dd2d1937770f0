/**
 * Parsing of answer files (pure; shared by the renderer and the content tests):
 * front matter, the five required parts, and the links an answer makes.
 */
import type { Lang } from '$lib/params/schema';

export const partKeys = ['short', 'explanation', 'demo', 'pitfalls', 'reading'] as const;
export type PartKey = (typeof partKeys)[number];

export const partHeadings: Record<Lang, Record<PartKey, string>> = {
  en: {
    short: 'Short answer',
    explanation: 'Explanation',
    demo: 'See it in the demo',
    pitfalls: 'Pitfalls',
    reading: 'Further reading'
  },
  'zh-Hant': { short: '簡答', explanation: '詳解', demo: '在示範中觀察', pitfalls: '常見誤區', reading: '延伸閱讀' }
};

export interface ParsedAnswer {
  id: string;
  related: string[];
  parts: { key: PartKey; heading: string; markdown: string }[];
}

export class ContentError extends Error {}

export function parseAnswer(source: string, lang: Lang, file: string): ParsedAnswer {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!m) throw new ContentError(`${file}: missing front matter`);
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (kv) meta[kv[1]] = kv[2];
  }
  if (!meta.id) throw new ContentError(`${file}: front matter needs an id`);
  const related = (meta.related ?? '')
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

  const body = m[2];
  const chunks = body.split(/^## +/m).slice(1);
  const parts: ParsedAnswer['parts'] = [];
  const headings = partHeadings[lang];
  for (const chunk of chunks) {
    const nl = chunk.indexOf('\n');
    const heading = (nl < 0 ? chunk : chunk.slice(0, nl)).trim();
    const key = partKeys.find((k) => headings[k] === heading);
    if (!key) throw new ContentError(`${file}: unknown part heading "${heading}"`);
    parts.push({ key, heading, markdown: nl < 0 ? '' : chunk.slice(nl + 1).trim() });
  }
  const order = parts.map((p) => p.key).join(',');
  if (order !== partKeys.join(',')) {
    throw new ContentError(`${file}: parts must be ${partKeys.map((k) => headings[k]).join(' / ')} in order (got ${order})`);
  }
  for (const p of parts) if (p.markdown.length < 20) throw new ContentError(`${file}: part "${p.heading}" is empty`);
  return { id: meta.id, related, parts };
}

/** Every link target in a Markdown text: [text](target). */
export function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}
