/**
 * Tiny bilingual search: terms are lower-cased Latin words and CJK character bigrams
 * (plus single characters), so "注意力" and "attention" both find the same page.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (const w of lower.match(/[a-z0-9][a-z0-9'-]*/g) ?? []) if (w.length >= 2) out.add(w.replace(/'s$/, ''));
  for (const run of lower.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
    for (let i = 0; i < run.length; i++) {
      out.add(run[i]);
      if (i + 1 < run.length) out.add(run.slice(i, i + 2));
    }
  }
  return out;
}

/** Terms a query needs: words (prefix match) and CJK bigrams (or the single character). */
export function queryTerms(query: string): { words: string[]; cjk: string[] } {
  const lower = query.toLowerCase();
  const words = (lower.match(/[a-z0-9][a-z0-9'-]*/g) ?? []).filter((w) => w.length >= 2);
  const cjk: string[] = [];
  for (const run of lower.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
    if (run.length === 1) cjk.push(run);
    for (let i = 0; i + 1 < run.length; i++) cjk.push(run.slice(i, i + 2));
  }
  return { words, cjk };
}

export function matches(terms: string, query: string): boolean {
  const { words, cjk } = queryTerms(query);
  if (!words.length && !cjk.length) return false;
  const padded = ` ${terms} `;
  return words.every((w) => padded.includes(` ${w}`)) && cjk.every((c) => padded.includes(` ${c} `));
}

export function isCjk(s: string): boolean {
  return CJK.test(s);
}
