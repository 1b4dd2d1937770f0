// Leaks: every demo's tensor count is flat over a long run after burn-in, and back to the
// baseline after the demo unmounts (main-thread mode, where tfjs lives in the page). A soak
// visits every demo page of both languages twice: tensors and the JS heap after the second
// pass stay within a small margin of the first.
import { chromium, expect, test, type Page } from '@playwright/test';
import { languages, openDemo, questions, questionPath, stepOf } from './helpers';

const demoPages = questions.flatMap((q) => q.demos.map((d) => ({ q, demo: d.id })));
const oncePerDemo = demoPages.filter((p, i) => demoPages.findIndex((o) => o.demo === p.demo) === i);

type Hooks = { __explorables: Record<string, { numTensors(): Promise<number> }>; __explorablesTf?: { memory(): { numTensors: number } } };
const tensors = (page: Page, demo: string) => page.evaluate((d) => (window as unknown as Hooks).__explorables[d].numTensors(), demo);
const mainTensors = (page: Page) => page.evaluate(() => (window as unknown as Hooks).__explorablesTf?.memory().numTensors ?? 0);

for (const { q, demo } of oncePerDemo) {
  test(`tensors flat while training, freed on unmount: ${demo}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${questionPath('en', q)}?worker=0&backend=cpu`);
    const d = await openDemo(page, demo);
    const play = d.locator('button.play');
    if (!(await play.count())) return;
    // Some demos stop by themselves at a planned step count.
    const pauseIfRunning = async () => {
      if ((await d.getAttribute('data-state')) === 'running') await play.click();
    };
    await play.click();
    await expect.poll(() => stepOf(page, demo), { timeout: 30_000 }).toBeGreaterThan(10);
    await pauseIfRunning();
    await expect(d).toHaveAttribute('data-state', /paused|diverged/);
    await page.waitForTimeout(300);
    const burnt = await tensors(page, demo);
    const s = await stepOf(page, demo);
    if ((await d.getAttribute('data-state')) !== 'diverged') {
      await play.click();
      await expect
        .poll(async () => (await stepOf(page, demo)) > s + 50 || (await d.getAttribute('data-state')) !== 'running', { timeout: 60_000 })
        .toBe(true);
      await pauseIfRunning();
      await page.waitForTimeout(300);
      expect(await tensors(page, demo)).toBe(burnt);
    }
    // Unmount: leave for another page without a reload, and the page's tensors are freed.
    await page.getByRole('link', { name: /←|→/ }).first().click();
    await expect(page.locator(`[data-demo="${demo}"]`)).toHaveCount(0);
    await expect.poll(() => mainTensors(page), { timeout: 10_000 }).toBe(0);
  });
}

test('soak: every demo page of both languages twice', async () => {
  test.setTimeout(900_000);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic', '--js-flags=--expose-gc'] });
  const page = await browser.newPage({ baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 900 } });
  await page.goto('/en/');
  const pass = async () => {
    for (const lang of languages) {
      for (const { q, demo } of demoPages) {
        // Client-side navigation keeps one page alive across the whole soak.
        await page.evaluate((href) => {
          const a = document.createElement('a');
          a.href = href;
          document.body.append(a);
          a.click();
        }, `${questionPath(lang, q)}?worker=0`);
        const d = await openDemo(page, demo);
        const play = d.getByRole('button', { name: lang === 'en' ? 'Play' : '播放' });
        if (await play.count()) {
          await play.click();
          await page.waitForTimeout(700);
        }
      }
    }
    await page.goto('/en/');
    await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
    await page.waitForTimeout(300);
    return page.evaluate(() => ({
      tensors: (window as unknown as Hooks).__explorablesTf?.memory().numTensors ?? 0,
      heap: (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize
    }));
  };
  const first = await pass();
  const second = await pass();
  expect(second.tensors).toBeLessThanOrEqual(first.tensors);
  expect(second.heap).toBeLessThan(first.heap * 1.25 + 5e6);
  await browser.close();
});
