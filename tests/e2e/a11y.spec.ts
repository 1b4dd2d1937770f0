// Accessibility: axe (no serious or critical violation) on every English page and, in
// Chinese, each demo's first page and any page without a demo. A demo is loaded (scrolled
// to, model built) on the first page that shows it; on later pages that share it, the
// answer and the demo's shell are checked without building the same model again.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { languages, oncePerDemo, openDemo, questions, questionPath } from './helpers';

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

for (const lang of languages) {
  test(`axe: home, glossary (${lang})`, async ({ page }) => {
    for (const p of [`/${lang}/`, `/${lang}/glossary/`]) {
      await page.goto(p);
      expect(await axe(page), p).toEqual([]);
    }
  });
  for (const section of ['gen', 'llm', 'mm', 'emb', 'tie']) {
    // English: every page. Chinese: the same templates with other words, so the pages that
    // show a demo first (each demo's controls and charts in Chinese) and any page without one.
    const pages = questions.filter((x) => x.section === section && (lang === 'en' || !x.demos.length || oncePerDemo.some((o) => o.q.id === x.id)));
    test(`axe: ${lang === 'en' ? 'every' : 'each demo\'s first'} ${section} page (${lang})`, async ({ page }) => {
      test.setTimeout(300_000);
      for (const q of pages) {
        await page.goto(questionPath(lang, q));
        for (const d of q.demos) if (oncePerDemo.some((o) => o.q.id === q.id && o.demo === d.id)) await openDemo(page, d.id);
        expect(await axe(page), `${lang} ${q.id}`).toEqual([]);
      }
    });
  }
}

// Keyboard operation of every demo is tested in demos.spec.ts (one visit per demo).
