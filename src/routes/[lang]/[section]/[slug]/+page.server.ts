import { error } from '@sveltejs/kit';
import { answerSource } from '../../../../content/answers';
import { languages, questionBySlug, questions } from '../../../../content/catalogue';
import { renderAnswer } from '../../../../content/render';
import { hasPreset } from '$lib/demos/presets-index';
import { isDemoId } from '$lib/demos/registry';
import { isLang } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  languages.flatMap((lang) => questions.map((q) => ({ lang, section: q.section, slug: q.slug })));

export const load: PageServerLoad = ({ params }) => {
  if (!isLang(params.lang)) error(404, 'Unknown language');
  const q = questionBySlug(params.section, params.slug);
  if (!q) error(404, 'Unknown question');
  for (const d of q.demos) {
    // Unknown demo ids and presets fail the build.
    if (!isDemoId(d.id)) throw new Error(`${q.id}: unknown demo id "${d.id}"`);
    if (d.preset && !hasPreset(d.id, d.preset)) throw new Error(`${q.id}: demo ${d.id} has no preset "${d.preset}"`);
  }
  const src = answerSource(params.lang, q.id);
  const rendered = src ? renderAnswer(src.source, params.lang, src.file, hasPreset) : null;
  // Until a page has its demo, its "See it in the demo" part (kept in the file for when the
  // demo lands) is not shown: it would send readers to controls that are not there.
  const answer = rendered && !q.demos.length ? { ...rendered, parts: rendered.parts.filter((p) => p.key !== 'demo') } : rendered;
  return { id: q.id, answer };
};
