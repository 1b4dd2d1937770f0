import { error } from '@sveltejs/kit';
import { renderedAnswer } from '../../../../content/answer-page';
import { languages, questionBySlug, questions } from '../../../../content/catalogue';
import { hasPreset } from '$lib/demos/presets-index';
import { isDemoId } from '$lib/demos/registry';
import { isLang } from '$lib/i18n';
import { katexFonts } from '../../../../content/katex-fonts';
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
  // Every page has a live demo: a page without one fails the build.
  if (!q.demos.length) throw new Error(`${q.id}: no demo shows this page (add the page to a demo's meta.json)`);
  for (const d of q.demos) {
    // Unknown demo ids and presets fail the build.
    if (!isDemoId(d.id)) throw new Error(`${q.id}: unknown demo id "${d.id}"`);
    if (d.preset && !hasPreset(d.id, d.preset)) throw new Error(`${q.id}: demo ${d.id} has no preset "${d.preset}"`);
  }
  const a = renderedAnswer(params.lang, q);
  return {
    description: describe(a?.parts.find((p) => p.key === 'short')?.html ?? ''),
    id: q.id,
    hasAnswer: !!a,
    related: a?.related ?? [],
    // The KaTeX fonts its maths uses, preloaded with the stylesheet ([] without maths).
    mathFonts: katexFonts(a?.parts.map((p) => p.html).join('') ?? '')
  };
};

/** The page's meta description: the short answer as plain text, cut at a sentence or word near 160 characters. */
function describe(html: string): string {
  const text = html
    .replace(/<span class="katex-mathml">[\s\S]*?<\/span>/g, '')
    .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/[\u200b-\u200d]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Chinese says as much in about half the characters.
  const max = /[\u4e00-\u9fff]/.test(text) ? 90 : 160;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const stop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('。'));
  if (stop > max / 2) return cut.slice(0, stop + 1);
  if (max < 160) return cut + '…';
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 120)).trimEnd() + '…';
}
