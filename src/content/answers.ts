/**
 * Loads the answer files (raw Markdown) at build time. Imported only from server-side
 * load functions, so the Markdown never ships to the browser as code.
 */
import type { Lang } from '$lib/params/schema';

const raw = import.meta.glob<string>('./answers/*/*.md', { eager: true, query: '?raw', import: 'default' });

export function answerSource(lang: Lang, id: string): { file: string; source: string } | undefined {
  const file = `./answers/${lang}/${id}.md`;
  const source = raw[file];
  return source === undefined ? undefined : { file: `src/content/answers/${lang}/${id}.md`, source };
}

export function allAnswerFiles(): { lang: Lang; id: string; file: string; source: string }[] {
  return Object.entries(raw).map(([file, source]) => {
    const [, lang, id] = /^\.\/answers\/([^/]+)\/([^/]+)\.md$/.exec(file)!;
    return { lang: lang as Lang, id, file, source };
  });
}
