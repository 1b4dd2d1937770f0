import type { Handle } from '@sveltejs/kit';
import { questionBySlug } from './content/catalogue';
import { answerHtml, injectAnswer, renderedAnswer } from './content/answer-page';

/**
 * At prerender time: set <html lang> from the route's language segment, and on answer
 * pages put the rendered answer into the page's empty answer container, so the prose is
 * static HTML that the page neither repeats in its data nor hydrates.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const seg = event.url.pathname.split('/').filter(Boolean);
  const lang = seg.find((s) => s === 'en' || s === 'zh-Hant') ?? 'en';
  const q = event.route.id === '/[lang]/[section]/[slug]' ? questionBySlug(event.params.section ?? '', event.params.slug ?? '') : undefined;
  const answer = q ? renderedAnswer(lang as 'en' | 'zh-Hant', q) : null;
  const body = answer ? answerHtml(answer) : null;
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang);
      return q && body ? injectAnswer(out, q.id, body) : out;
    }
  });
};
