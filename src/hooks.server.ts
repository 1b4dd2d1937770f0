import type { Handle } from '@sveltejs/kit';

/** Set <html lang> from the route's language segment at prerender time. */
export const handle: Handle = async ({ event, resolve }) => {
  const seg = event.url.pathname.split('/').filter(Boolean);
  const lang = seg.find((s) => s === 'en' || s === 'zh-Hant') ?? 'en';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
