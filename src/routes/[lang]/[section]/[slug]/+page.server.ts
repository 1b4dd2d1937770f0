import { error } from '@sveltejs/kit';
import { renderedAnswer } from '../../../../content/answer-page';
import { languages, questionBySlug, questions } from '../../../../content/catalogue';
import { hasPreset } from '$lib/demos/presets-index';
import { isDemoId } from '$lib/demos/registry';
import { isLang } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  languages.flatMap((lang) => questions.map((q) => ({ lang, section: q.section, slug: q.slug })));

/**
 * The page's data is small: the answer's prose is not in it (the server hook puts the
 * rendered HTML into the page; see src/content/answer-page.ts). Rendering here still
 * validates the answer, so a broken link, formula or preset fails the build.
 */
export const load: PageServerLoad = ({ params }) => {
  if (!isLang(params.lang)) error(404, 'Unknown language');
  const q = questionBySlug(params.section, params.slug);
  if (!q) error(404, 'Unknown question');
  for (const d of q.demos) {
    // Unknown demo ids and presets fail the build.
    if (!isDemoId(d.id)) throw new Error(`${q.id}: unknown demo id "${d.id}"`);
    if (d.preset && !hasPreset(d.id, d.preset)) throw new Error(`${q.id}: demo ${d.id} has no preset "${d.preset}"`);
  }
  const a = renderedAnswer(params.lang, q);
  return {
    id: q.id,
    hasAnswer: !!a,
    related: a?.related ?? [],
    hasMath: !!a?.parts.some((p) => p.html.includes('class="katex'))
  };
};
