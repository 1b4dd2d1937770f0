// Predict, then reveal: the active preset's question is asked before the run, the answer
// waits for the reader's choice (or Skip), and it appears when the run reaches the step
// where the claim holds, or on request for demos that do not train.
import { expect, test } from '@playwright/test';
import { openDemo, questions, questionPath, watchErrors } from './helpers';

const pathOf = (id: string, lang: 'en' | 'zh-Hant' = 'en') => questionPath(lang, questions.find((q) => q.id === id)!);

test('a training demo: choose, run, and the answer appears at the reveal step', async ({ page }) => {
  const w = watchErrors(page);
  await page.goto(`${pathOf('llm-07')}?self-attention.preset=learn&backend=wasm`);
  const demo = await openDemo(page, 'self-attention');
  const card = demo.locator('[data-predict="self-attention"]');
  await expect(card).toHaveAttribute('data-phase', 'asking');
  // The answer is not on the page before a choice.
  await expect(card.getByText('The run shows')).toHaveCount(0);
  await card.locator('[data-choice="itself"]').click();
  await expect(card).toHaveAttribute('data-phase', 'chosen');
  await card.getByRole('button', { name: 'Run it' }).click();
  await expect(demo).toHaveAttribute('data-state', /running|paused/);
  await expect(card).toHaveAttribute('data-phase', 'revealed', { timeout: 90_000 });
  expect(Number(await demo.getAttribute('data-step'))).toBeGreaterThanOrEqual(60);
  await expect(card).toContainText('not what you predicted');
  await expect(card).toContainText('L − 1 − i');
  w.check();
});

test('a demo that does not train: choose, then reveal on request, in Chinese', async ({ page }) => {
  const w = watchErrors(page);
  await page.goto(pathOf('tie-04', 'zh-Hant'));
  const card = page.locator('[data-predict="metric-lab"]');
  await card.scrollIntoViewIfNeeded();
  await expect(card).toHaveAttribute('data-phase', 'asking');
  await card.locator('[data-choice]').first().click();
  await expect(card.getByRole('button', { name: '開始執行' })).toHaveCount(0);
  await card.getByRole('button', { name: '看看執行結果' }).click();
  await expect(card).toHaveAttribute('data-phase', 'revealed');
  await expect(card).toContainText('執行結果顯示');
  w.check();
});

test('Skip still reveals; a new preset asks its own question afresh', async ({ page }) => {
  const w = watchErrors(page);
  await page.goto(`${pathOf('gen-05')}?toy-gan.preset=collapse`);
  const demo = await openDemo(page, 'toy-gan');
  const card = demo.locator('[data-predict="toy-gan"]');
  await card.getByRole('button', { name: 'Skip' }).click();
  await card.getByRole('button', { name: 'Show what the run shows' }).click();
  await expect(card).toHaveAttribute('data-phase', 'revealed');
  await expect(card).not.toContainText('your prediction');
  // A preset without a question removes the card; coming back asks again.
  await demo.getByRole('button', { name: 'Stable training' }).click();
  await expect(demo.locator('[data-predict]')).toHaveCount(0);
  await demo.getByRole('button', { name: 'Watch it collapse' }).click();
  await expect(demo.locator('[data-predict="toy-gan"]')).toHaveAttribute('data-phase', 'asking');
  // Keyboard: the choices are buttons reachable with Tab and pressed with Enter.
  await demo.locator('[data-predict="toy-gan"] [data-choice="few"]').focus();
  await page.keyboard.press('Enter');
  await expect(demo.locator('[data-predict="toy-gan"]')).toHaveAttribute('data-phase', 'chosen');
  w.check();
});
