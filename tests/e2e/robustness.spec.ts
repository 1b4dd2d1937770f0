// Without WebGL every demo runs on another backend and says so; losing the WebGL context
// mid-training falls back and keeps the reader's place. (Malformed URLs and extreme
// settings are checked per demo in demos.spec.ts, helpers in robust.ts.)
import { chromium, expect, test } from '@playwright/test';
import { oncePerDemo, openDemo, playButton, questions, questionPath, stepOf } from './helpers';

for (const section of ['gen', 'llm', 'mm', 'emb', 'tie']) {
 const demos = oncePerDemo.filter((p) => p.trains && p.q.section === section);
 if (demos.length) test(`without WebGL every ${section} demo runs on another backend and says which`, async () => {
  test.setTimeout(60_000 + 20_000 * demos.length);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic', '--disable-gpu', '--disable-software-rasterizer'] });
  const page = await browser.newPage({ baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 900 } });
  for (const { q, demo } of demos) {
    await page.goto(`${questionPath('en', q)}?backend=webgl`);
    const d = await openDemo(page, demo);
    const play = playButton(d);
    await expect(play, demo).toHaveCount(1);
    await expect(d).toHaveAttribute('data-backend', /wasm|cpu/);
    await expect(d.locator('.backend .inuse')).toContainText(/wasm|cpu/);
    await expect(d.getByRole('status').filter({ hasText: /webgl/i })).toHaveCount(1);
    await play.click();
    await expect.poll(() => stepOf(page, demo), { timeout: 30_000 }).toBeGreaterThan(2);
  }
  await browser.close();
 });
}

test('losing the WebGL context mid-training falls back with a notice', async ({ page }) => {
  const q = questions.find((x) => x.id === 'gen-10')!;
  await page.goto(`${questionPath('en', q)}?backend=webgl&lr-schedules.seed=5`);
  const d = await openDemo(page, 'lr-schedules');
  await expect(d).toHaveAttribute('data-backend', 'webgl');
  await playButton(d).click();
  await expect.poll(() => stepOf(page, 'lr-schedules'), { timeout: 30_000 }).toBeGreaterThan(2);
  await page.evaluate(() => (window as unknown as { __explorables: Record<string, { loseContext(): Promise<void> }> }).__explorables['lr-schedules'].loseContext());
  await expect(d).toHaveAttribute('data-backend', 'wasm', { timeout: 30_000 });
  // The run is replayed on the new backend to where it was: the reader keeps their place.
  await expect(d).toHaveAttribute('data-loading', 'false', { timeout: 30_000 });
  expect(await stepOf(page, 'lr-schedules')).toBeGreaterThan(2);
  await expect(d.getByRole('status').filter({ hasText: /webgl/i })).toHaveCount(1);
  await expect(d.locator('[data-param="seed"] input')).toHaveValue('5');
  await playButton(d).click();
  await expect.poll(() => stepOf(page, 'lr-schedules'), { timeout: 30_000 }).toBeGreaterThan(2);
});
