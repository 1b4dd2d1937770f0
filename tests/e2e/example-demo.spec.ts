// The example demo (gen-10, lr-schedules) proves the framework end to end: it trains on
// each backend, its state survives a reload through the URL, and a malformed URL leaves
// it at safe values with no error.
import { expect, test } from '@playwright/test';
import { openDemo, questions, questionPath, stepOf, watchErrors } from './helpers';

const q = questions.find((x) => x.id === 'gen-10')!;
const path = questionPath('en', q);

for (const backend of ['webgl', 'wasm', 'cpu'] as const) {
  test(`trains on ${backend}`, async ({ page }) => {
    const w = watchErrors(page);
    await page.goto(`${path}?backend=${backend}`);
    const demo = await openDemo(page, 'lr-schedules');
    await expect(demo).toHaveAttribute('data-backend', backend);
    await expect(demo).toHaveAttribute('data-state', 'idle');
    await demo.getByRole('button', { name: 'Play' }).click();
    await expect(demo).toHaveAttribute('data-state', 'running');
    await expect.poll(() => stepOf(page, 'lr-schedules'), { timeout: 30_000 }).toBeGreaterThan(20);
    await demo.getByRole('button', { name: 'Pause' }).click();
    await expect(demo).toHaveAttribute('data-state', 'paused');
    // A call already in flight when Pause was pressed still lands (those steps did train);
    // after that the count must stay put.
    await page.waitForTimeout(500);
    const s = await stepOf(page, 'lr-schedules');
    await page.waitForTimeout(700);
    expect(await stepOf(page, 'lr-schedules')).toBe(s);
    await demo.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => stepOf(page, 'lr-schedules')).toBe(s + 1);
    // The loss chart has drawn lines.
    await expect(demo.locator('figure').nth(1).locator('path[stroke^="var(--s"]').first()).toHaveAttribute('d', /M.+L/);
    w.check();
  });
}

test('a slider change shows up in the URL and survives a reload', async ({ page }) => {
  const w = watchErrors(page);
  await page.goto(path);
  const demo = await openDemo(page, 'lr-schedules');
  const slider = demo.locator('#lr-schedules-batch');
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(page).toHaveURL(/lr-schedules\.batch=10/);
  await expect(page).toHaveURL(/lr-schedules\.seed=1/);
  await page.reload();
  const again = await openDemo(page, 'lr-schedules');
  await expect(again.locator('#lr-schedules-batch')).toHaveValue('10');
  await expect(again.locator('[data-param="batch"] output')).toHaveText('10');
  w.check();
});

test('a malformed URL leaves safe values and no error', async ({ page }) => {
  const w = watchErrors(page);
  const bad =
    '?lr-schedules.lr=NaN&lr-schedules.batch=1e99&lr-schedules.warmup=-5&lr-schedules.seed=-3' +
    '&lr-schedules.noise=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lr-schedules.preset=__proto__&backend=gpu&hide=nothing';
  await page.goto(path + bad);
  const demo = await openDemo(page, 'lr-schedules');
  await expect(demo.locator('#lr-schedules-batch')).toHaveValue('128');
  await expect(demo.locator('#lr-schedules-warmup')).toHaveValue('0');
  await expect(demo.locator('#lr-schedules-seed')).toHaveValue('3');
  await expect(demo.locator('[data-param="noise"] output')).toHaveText('0.1');
  await expect(demo.locator('[data-param="lr"] output')).toHaveText('0.3');
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  await demo.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(page, 'lr-schedules'), { timeout: 30_000 }).toBeGreaterThan(0);
  w.check();
});

test('a preset link in the answer opens the demo in that preset', async ({ page }) => {
  await page.goto(path);
  const link = page.locator('a[data-preset="lr-schedules/too-high-constant"]').first();
  await expect(link, 'the gen-10 answer links the too-high-constant preset').toHaveCount(1);
  await openDemo(page, 'lr-schedules');
  await link.click();
  const demo = page.locator('[data-demo="lr-schedules"]');
  await expect(demo.locator('[data-param="lr"] output')).toHaveText('0.4');
});

test('hide= hides controls for a class', async ({ page }) => {
  await page.goto(`${path}?hide=noise,hidden`);
  const demo = await openDemo(page, 'lr-schedules');
  await expect(demo.locator('[data-param="noise"]')).toHaveCount(0);
  await expect(demo.locator('[data-param="hidden"]')).toHaveCount(0);
  await expect(demo.locator('[data-param="lr"]')).toHaveCount(1);
});
