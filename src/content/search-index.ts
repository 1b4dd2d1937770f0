/**
 * The search index, built at build time (prerendered to search.json): per question, the
 * terms of its title and answer in both languages. English: lower-cased words; Chinese:
 * character bigrams (and single characters). Matching is done in lib/search.ts.
 */
import { questions, languages } from './catalogue';
import { answerSource } from './answers';
import { parseAnswer } from './parse';
import { termsOf } from '$lib/search';

export interface SearchEntry {
  id: string;
  section: string;
  slug: string;
  title: { en: string; 'zh-Hant': string };
  terms: string;
}

function plain(md: string): string {
  return md
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>[\]-]/g, ' ');
}

export function buildSearchIndex(): SearchEntry[] {
  return questions.map((q) => {
    const texts: string[] = [q.title.en, q.title['zh-Hant']];
    for (const lang of languages) {
      const src = answerSource(lang, q.id);
      if (!src) continue;
      try {
        const parsed = parseAnswer(src.source, lang, src.file);
        texts.push(...parsed.parts.filter((p) => p.key !== 'reading').map((p) => plain(p.markdown)));
      } catch {
        /* malformed answers fail the page build itself */
      }
    }
    return { id: q.id, section: q.section, slug: q.slug, title: q.title, terms: [...termsOf(texts.join(' '))].join(' ') };
  });
}
