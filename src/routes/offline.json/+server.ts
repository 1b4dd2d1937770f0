/**
 * offline.json: every file of the site with its size, for "Save for offline" (the page
 * shows the size before downloading) and for the service worker's refresh of a saved copy.
 */
import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { languages, questions } from '../../content/catalogue';
import { demoIds } from '$lib/demos/registry';
import { lessons } from '$lib/classroom/lessons';
import { clientFiles, pageFiles } from '$lib/classroom/manifest.server';
import type { OfflineManifest } from '$lib/classroom/offline-cache';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ fetch, url }) => {
  // Pages linked from nowhere (embeds, lesson pages reached by script) are entries too;
  // everything linked from these is found by following links.
  const entries = [
    '/',
    ...languages.flatMap((l) => [
      `/${l}/`,
      `/${l}/lessons/`,
      `/${l}/lessons/build/`,
      `/${l}/lessons/play/`,
      ...lessons.map((x) => `/${l}/lessons/${x.slug}/`),
      ...demoIds.map((d) => `/${l}/embed/${d}/`),
      ...questions.map((q) => `/${l}/${q.section}/${q.slug}/`)
    ])
  ];
  const files = [...clientFiles(), ...(await pageFiles(fetch, url.origin, entries, ['/search.json']))];
  files.sort((a, b) => a.path.localeCompare(b.path));
  const manifest: OfflineManifest = { version, files, total: files.reduce((s, f) => s + f.size, 0) };
  return json(manifest);
};
