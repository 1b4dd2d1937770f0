/** The glossary: the union of src/content/glossary/*.json (one term per concept). */
export interface GlossaryEntry {
  en: string;
  zh: string;
  avoid: string[];
}

const files = import.meta.glob<GlossaryEntry[]>('./glossary/*.json', { eager: true, import: 'default' });

function merge(): GlossaryEntry[] {
  const byEn = new Map<string, GlossaryEntry>();
  for (const [file, entries] of Object.entries(files)) {
    for (const e of entries) {
      const prev = byEn.get(e.en.toLowerCase());
      if (prev && prev.zh !== e.zh) throw new Error(`glossary: "${e.en}" is "${prev.zh}" and "${e.zh}" (${file})`);
      if (prev) prev.avoid = [...new Set([...prev.avoid, ...(e.avoid ?? [])])];
      else byEn.set(e.en.toLowerCase(), { en: e.en, zh: e.zh, avoid: e.avoid ?? [] });
    }
  }
  return [...byEn.values()].sort((a, b) => a.en.localeCompare(b.en));
}

export const glossary: GlossaryEntry[] = merge();
