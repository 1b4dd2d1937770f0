import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n';
import { demoIds, demoMetas, isDemoId } from '$lib/demos/registry';
import { languages } from '../../../../content/catalogue';
import type { EntryGenerator, PageLoad } from './$types';

/** One embed page per demo and language, found from the demo folders. */
export const entries: EntryGenerator = () => languages.flatMap((lang) => demoIds.map((demo) => ({ lang, demo })));

export const load: PageLoad = ({ params }) => {
  if (!isLang(params.lang)) error(404, 'Unknown language');
  if (!isDemoId(params.demo)) error(404, 'Unknown demo');
  const [page, preset] = Object.entries(demoMetas[params.demo].pages)[0] ?? [];
  return { lang: params.lang, demo: params.demo, page, preset: preset ?? undefined };
};
