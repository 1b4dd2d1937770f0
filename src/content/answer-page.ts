/**
 * The answer of a page as static HTML, for the server only (prerendering). The page
 * component renders an empty container and the server hook fills it in the HTML it sends
 * (src/hooks.server.ts), so the prose is shipped once, as HTML, and never repeated in
 * the hydration data or hydrated: only what needs JavaScript is.
 */
import type { Lang } from '$lib/params/schema';
import { hasPreset } from '$lib/demos/presets-index';
import { answerSource } from './answers';
import type { Question } from './catalogue';
import { renderAnswer, type RenderedAnswer } from './render';

const cache = new Map<string, RenderedAnswer | null>();

/** The rendered answer (cached per language and id); null when the file is missing. */
export function renderedAnswer(lang: Lang, q: Question): RenderedAnswer | null {
  const key = `${lang}/${q.id}`;
  if (!cache.has(key)) {
    const src = answerSource(lang, q.id);
    const r = src ? renderAnswer(src.source, lang, src.file, hasPreset) : null;
    // Until a page has its demo, its "See it in the demo" part (kept in the file for when the
    // demo lands) is not shown: it would send readers to controls that are not there.
    cache.set(key, r && !q.demos.length ? { ...r, parts: r.parts.filter((p) => p.key !== 'demo') } : r);
  }
  return cache.get(key)!;
}

export function answerHtml(a: RenderedAnswer): string {
  return a.parts
    .map((p) => `<section class="part part-${p.key}" aria-labelledby="part-${p.key}"><h2 id="part-${p.key}">${p.heading}</h2>${p.html}</section>`)
    .join('');
}

/** Fill the page component's empty answer container (data-answer="<id>") in the page HTML. */
export function injectAnswer(html: string, id: string, body: string): string {
  const re = new RegExp(`(<div[^>]*\\bdata-answer="${id}"[^>]*)>(</div>)`);
  if (!re.test(html)) return html;
  return html.replace(re, (_, open: string, close: string) => `${open} data-filled="${id}">${body}${close}`);
}
