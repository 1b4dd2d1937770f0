// Lessons (issue 13, item 3): a lesson walked end to end with N / P in projector mode, and a
// lesson built in the browser, shared by its URL and reopened elsewhere.
import { expect, test } from '@playwright/test';
import { openDemo, questions, watchErrors } from './helpers';
import gans from '../../src/lib/classroom/lessons/gans-in-20-minutes';
import attention from '../../src/lib/classroom/lessons/attention-from-scratch';

const stepDemo = (s: { page: string; demo?: string }) => s.demo ?? questions.find((q) => q.id === s.page)!.demos[0].id;

for (const [lang, lesson] of [['en', gans], ['zh-Hant', attention]] as const) {
  test(`lesson "${lesson.slug}" walked with N and P (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const w = watchErrors(page);
    await page.goto(`/${lang}/lessons/${lesson.slug}/?present=1`);
    await expect(page.locator('html')).toHaveAttribute('data-present', '');
    await expect(page.locator('h1')).toHaveText(lesson.title[lang]);
    const n = lesson.steps.length;
    const visit = async (i: number) => {
      const s = lesson.steps[i];
      const id = stepDemo(s);
      await expect(page.locator('[data-lesson-step]')).toHaveAttribute('data-lesson-step', String(i + 1));
      await expect(page.locator('[data-note]')).toHaveText(s.note[lang]);
      await expect(page.locator('[data-short-answer] p').first()).toBeVisible();
      const demo = await openDemo(page, id);
      await expect(demo.locator('.presets button[aria-pressed="true"]')).toHaveCount(1);
      for (const k of s.hide ?? []) await expect(demo.locator(`[data-param="${k}"]`)).toHaveCount(0);
      expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    };
    for (let i = 0; i < n; i++) {
      await visit(i);
      if (i < n - 1) {
        await page.locator('h1').click();
        await page.keyboard.press('n');
      }
    }
    await page.keyboard.press('n'); // past the end: stays on the last step
    await expect(page.locator('[data-lesson-step]')).toHaveAttribute('data-lesson-step', String(n));
    for (let i = n - 2; i >= 0; i--) {
      await page.keyboard.press('p');
      await expect(page.locator('[data-lesson-step]')).toHaveAttribute('data-lesson-step', String(i + 1));
    }
    await visit(0);
    w.check();
  });
}

test('a lesson built in the browser, shared by its URL and reopened', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('/en/lessons/build/');
  // The builder's controls work once it is hydrated (a choice made before is replaced).
  await expect(page.locator('.builder')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('Lesson title').fill('Outliers, then margins <b>!</b>');
  // Step 1: gen-11 in its bimodal preset, learning rate hidden, with a note.
  await page.getByLabel('Page').selectOption('gen-11');
  await page.getByLabel('Preset').selectOption('bimodal');
  await page.locator('input[name="hide-lr"]').check();
  await page.getByLabel('Note for the teacher').fill('Ask where the L2 line will sit.');
  await page.getByRole('button', { name: 'Add this step' }).click();
  // Step 2: emb-14, margin zero.
  await page.getByLabel('Page').selectOption('emb-14');
  await page.getByLabel('Preset').selectOption('margin-zero');
  await page.getByLabel('Note for the teacher').fill('Zero margin: nothing separates.');
  await page.getByRole('button', { name: 'Add this step' }).click();
  // Reorder: margins first.
  await page.getByRole('button', { name: /Move up: .*margin/i }).click();
  await expect(page.locator('[data-built-step="1"]')).toContainText('margin');
  const link = await page.locator('#lesson-link').inputValue();
  expect(link).toMatch(/\/en\/lessons\/play\/#lesson=[A-Za-z0-9_-]+$/);
  // The builder keeps its work in its own URL.
  expect(new URL(page.url()).hash).toBe(new URL(link).hash);

  // Someone else opens the link.
  const other = await (await browser.newContext()).newPage();
  const w = watchErrors(other);
  await other.goto(link);
  await expect(other.locator('h1')).toHaveText('Outliers, then margins <b>!</b>');
  await expect(other.locator('[data-note]')).toHaveText('Zero margin: nothing separates.');
  const d1 = await openDemo(other, 'triplet');
  await expect(d1.locator('.presets button[aria-pressed="true"]')).toHaveText(/Margin zero/);
  await other.locator('h1').click();
  await other.getByRole('link', { name: /Next step/ }).click();
  await expect(other.locator('[data-lesson-step]')).toHaveAttribute('data-lesson-step', '2');
  await expect(other.locator('[data-note]')).toHaveText('Ask where the L2 line will sit.');
  const d2 = await openDemo(other, 'l1-vs-l2');
  await expect(d2.locator('.presets button[aria-pressed="true"]')).toHaveText(/Mean or median/);
  await expect(d2.locator('[data-param="lr"]')).toHaveCount(0);
  await expect(d2.locator('[data-param="seed"]')).toHaveCount(1);
  // The lesson is still in the URL after moving on (a reload keeps it).
  expect(new URL(other.url()).hash).toBe(new URL(link).hash);
  w.check();
});
