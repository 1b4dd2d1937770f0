// Every page of both languages loads with no console error; the root links to both.
import { expect, test } from '@playwright/test';
import { languages, questions, questionPath, watchErrors } from './helpers';

test('root offers both languages (without JavaScript too)', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/');
  await expect(page.locator('a[href="./en/"]')).toBeVisible();
  await expect(page.locator('a[href="./zh-Hant/"]')).toBeVisible();
  await ctx.close();
});

for (const lang of languages) {
  test(`home and glossary (${lang})`, async ({ page }) => {
    const w = watchErrors(page);
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main a[href$="/"]').filter({ hasText: questions[0].title[lang] })).toBeVisible();
    expect(await page.locator('main ol li').count()).toBe(questions.length);
    await page.goto(`/${lang}/glossary/`);
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    w.check();
  });

  test(`all ${questions.length} answer pages load (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    const w = watchErrors(page);
    for (const q of questions) {
      const res = await page.goto(questionPath(lang, q), { waitUntil: 'domcontentloaded' });
      expect(res?.status(), q.id).toBe(200);
      await expect(page.locator('h1')).toHaveText(q.title[lang]);
      // A page shows "See it in the demo" only when it has a demo; otherwise it says one is coming.
      await expect(page.locator('section.part-demo'), q.id).toHaveCount(q.demos.length ? 1 : 0);
      await expect(page.locator('.demo-coming'), q.id).toHaveCount(q.demos.length ? 0 : 1);
      await expect(page.locator('section.part-short'), q.id).toHaveCount(1);
    }
    w.check();
  });
}

test('language switch keeps the page', async ({ page }) => {
  const q = questions.find((x) => x.id === 'gen-10')!;
  await page.goto(questionPath('en', q));
  await page.getByRole('link', { name: '中文（台灣）' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-Hant/${q.section}/${q.slug}/$`));
  await expect(page.locator('h1')).toHaveText(q.title['zh-Hant']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
});

test('the search box finds questions in either language', async ({ page }) => {
  await page.goto('/zh-Hant/');
  const box = page.getByLabel('搜尋問題');
  await box.fill('triplet');
  await expect(page.locator('search li a').first()).toBeVisible();
  await expect(page.locator('search')).toContainText('三元組損失');
  await box.fill('模式崩潰');
  await expect(page.locator('search')).toContainText('模式崩潰與補救方法');
  await page.goto('/en/');
  await page.getByLabel('Search questions').fill('perplexity');
  await expect(page.locator('search')).toContainText('Why perplexity is not enough');
  await page.getByLabel('Search questions').fill('zzzzqqq');
  await expect(page.locator('search')).toContainText('No question matches');
});

test('text typed in the search box before the page has hydrated is searched once it has', async ({ page }) => {
  // Hold the app's JavaScript back until the reader has typed (a slow phone, a quick reader).
  let release = () => {};
  const typed = new Promise<void>((r) => (release = r));
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/en/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Search questions').fill('perplexity');
  release();
  await expect(page.locator('search')).toContainText('Why perplexity is not enough');
  await expect(page.getByLabel('Search questions')).toHaveValue('perplexity');
});
