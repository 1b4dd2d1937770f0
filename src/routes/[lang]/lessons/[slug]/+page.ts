import { error } from '@sveltejs/kit';
import { languages } from '../../../../content/catalogue';
import { lessonBySlug, lessons } from '$lib/classroom/lessons';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => languages.flatMap((lang) => lessons.map((l) => ({ lang, slug: l.slug })));

export const load: PageLoad = ({ params }) => {
  if (!lessonBySlug(params.slug)) error(404, 'Unknown lesson');
  return { slug: params.slug };
};
