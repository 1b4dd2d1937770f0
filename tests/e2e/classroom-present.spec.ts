// Projector mode (issue 13, item 1): ?present=1 or the header button puts data-present on
// <html>, shows the demo beside the short answer only, and the keyboard drives it: Space
// play/pause, → one step, N / P next / previous, F full-screen demo, Esc leaves.
import { expect, test } from '@playwright/test';
import { openDemo, questions, questionPath, stepOf, watchErrors } from './helpers';

const gen10 = questions.find((q) => q.id === 'gen-10')!;
const html = (page: import('@playwright/test').Page) => page.locator('html');

test('projector mode: layout and keys on an answer page', async ({ page }) => {
  const w = watchErrors(page);
  await page.goto(`${questionPath('en', gen10)}?present=1&backend=wasm`);
  await expect(html(page)).toHaveAttribute('data-present', '');
  const demo = await openDemo(page, 'lr-schedules');
  // The short answer only, beside the demo, in large type.
  await expect(page.locator('[data-answer] section.part-short')).toBeVisible();
  await expect(page.locator('[data-answer] section.part-explanation')).toBeHidden();
  const [answerBox, demoBox] = [await page.locator('.prose').boundingBox(), await demo.boundingBox()];
  expect(demoBox!.x).toBeGreaterThan(answerBox!.x + answerBox!.width - 1);
  expect(demoBox!.width).toBeGreaterThan(answerBox!.width);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(19);

  await page.locator('h1').click(); // focus on the page, not on a control
  await page.keyboard.press('Space');
  await expect(demo).toHaveAttribute('data-state', 'running');
  await expect.poll(() => stepOf(page, 'lr-schedules')).toBeGreaterThan(2);
  await page.keyboard.press('Space');
  await expect(demo).toHaveAttribute('data-state', 'paused');
  await page.waitForTimeout(300);
  const before = await stepOf(page, 'lr-schedules');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => stepOf(page, 'lr-schedules')).toBe(before + 1);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-demo') ?? null)).toBe('lr-schedules');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);

  // N / P: next and previous page, still in projector mode.
  const next = questions[questions.indexOf(gen10) + 1];
  await page.keyboard.press('n');
  await expect(page).toHaveURL(new RegExp(`${next.slug}/\\?present=1`));
  await expect(page.locator('h1')).toHaveText(next.title.en);
  await expect(html(page)).toHaveAttribute('data-present', '');
  await page.keyboard.press('p');
  await expect(page.locator('h1')).toHaveText(gen10.title.en);

  await page.keyboard.press('Escape');
  await expect(html(page)).not.toHaveAttribute('data-present');
  expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  await expect(page.locator('[data-answer] section.part-explanation')).toBeVisible();
  w.check();
});

test('projector mode: the header button turns it on and off (zh-Hant)', async ({ page }) => {
  await page.goto(questionPath('zh-Hant', gen10));
  await page.getByRole('button', { name: '投影模式' }).click();
  await expect(html(page)).toHaveAttribute('data-present', '');
  await expect(page).toHaveURL(/present=1/);
  await page.getByRole('button', { name: '離開投影模式' }).click();
  await expect(html(page)).not.toHaveAttribute('data-present');
});
