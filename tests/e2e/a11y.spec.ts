// Accessibility: axe on every page of both languages (no serious or critical violation),
// demo pages with their demo loaded; and every demo's controls work from the keyboard.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { languages, openDemo, questions, questionPath, stepOf } from './helpers';

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
    test(`axe: every ${section} page (${lang})`, async ({ page }) => {
      test.setTimeout(300_000);
      for (const q of questions.filter((x) => x.section === section)) {
        await page.goto(questionPath(lang, q));
        for (const d of q.demos) await openDemo(page, d.id);
        expect(await axe(page), `${lang} ${q.id}`).toEqual([]);
      }
    });
  }
}

test('every demo is operable from the keyboard', async ({ page }) => {
  test.setTimeout(300_000);
  const seen = new Set<string>();
  for (const q of questions) {
    for (const d of q.demos) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      await page.goto(questionPath('en', q));
      const demo = await openDemo(page, d.id);
      const play = demo.locator('button.play');
      if (await play.count()) {
        // Tab to Play and press Enter: training starts; Space pauses it.
        await play.focus();
        await expect(play).toBeFocused();
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await demo.getAttribute('data-state')) !== 'idle' || (await stepOf(page, d.id)) > 0, { timeout: 30_000 }).toBe(true);
        if ((await demo.getAttribute('data-state')) === 'running') {
          await page.keyboard.press('Space');
          await expect(demo).not.toHaveAttribute('data-state', 'running');
        }
      }
      // A range control moves with the arrow keys, and a preset button with Enter.
      const range = demo.locator('[data-param] input[type=range]').first();
      if (await range.count()) {
        const before = await range.inputValue();
        await range.focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        if (before === (await range.inputValue())) await page.keyboard.press('ArrowLeft');
        expect(await range.inputValue(), d.id).not.toBe(before);
      }
      const presets = demo.locator('.presets button');
      if ((await presets.count()) > 1) {
        await presets.nth(1).focus();
        await page.keyboard.press('Enter');
        await expect(presets.nth(1)).toHaveAttribute('aria-pressed', 'true');
      }
    }
  }
});
