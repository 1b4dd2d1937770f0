// Leaks: every demo's tensor count is flat over a long run after burn-in, and back to the
// baseline after the demo unmounts (main-thread mode, where tfjs lives in the page). A soak
// visits every demo twice, in alternating languages: tensors and the JS heap after the second
// pass stay within a small margin of the first.
import { chromium, expect, test, type Page } from '@playwright/test';
import { demoTensors, languages, oncePerDemo, openDemo, playButton, questionPath, stepOf } from './helpers';

type Hooks = { __explorablesTf?: { memory(): { numTensors: number } } };
/** Tensors of the page's own tfjs (main-thread mode); a missing hook fails, never reads as 0. */
async function mainTensors(page: Page): Promise<number> {
  const n = await page.evaluate(() => (window as unknown as Hooks).__explorablesTf?.memory().numTensors ?? null);
  expect(typeof n, 'the page-level tfjs test hook is missing').toBe('number');
  return n as number;
}

for (const { q, demo } of oncePerDemo.filter((p) => p.trains)) {
  test(`tensors flat while training, freed on unmount: ${demo}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${questionPath('en', q)}?worker=0&backend=wasm`);
    const d = await openDemo(page, demo);
    const play = playButton(d);
    await expect(play, `${demo} trains, so it must show Play`).toHaveCount(1);
    // Some demos stop by themselves at a planned step count.
    const pauseIfRunning = async () => {
      // It may pause itself between the read and the click: then there is no Pause to press.
      // On a busy main thread (?worker=0: a step of the biggest demos can take a second
      // here) a pointer click's actionability checks time out, so the click event is
      // dispatched to the Pause button directly; it runs between two training slices.
      await expect(async () => {
        if ((await d.getAttribute('data-state')) === 'running') await d.getByRole('button', { name: 'Pause', exact: true }).dispatchEvent('click', undefined, { timeout: 3000 }).catch(() => undefined);
        await expect(d).not.toHaveAttribute('data-state', 'running', { timeout: 5000 });
      }).toPass({ timeout: 30_000 });
    };
    await play.click();
    await expect.poll(() => stepOf(page, demo), { timeout: 30_000 }).toBeGreaterThan(10);
    await pauseIfRunning();
    // The opening preset must not diverge: the flatness check always runs.
    await expect(d).toHaveAttribute('data-state', 'paused');
    await page.waitForTimeout(300);
    const burnt = await demoTensors(page, demo);
    const s = await stepOf(page, demo);
    await play.click();
    await expect
      .poll(async () => (await stepOf(page, demo)) > s + 50 || (await d.getAttribute('data-state')) !== 'running', { timeout: 60_000 })
      .toBe(true);
    await pauseIfRunning();
    await page.waitForTimeout(300);
    expect(await d.getAttribute('data-state'), demo).not.toBe('diverged');
    // (A demo that stops at a planned step count does not train further; its count still must not grow.)
    expect(await demoTensors(page, demo)).toBe(burnt);
    // Unmount: leave for another page without a reload, and the page's tensors are freed.
    await page.getByRole('link', { name: /←|→/ }).first().click();
    await expect(page.locator(`[data-demo="${demo}"]`)).toHaveCount(0);
    await expect.poll(() => mainTensors(page), { timeout: 10_000 }).toBe(0);
  });
}

test('soak: every demo twice, in both languages', async () => {
  test.setTimeout(900_000);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic', '--js-flags=--expose-gc'] });
  const page = await browser.newPage({ baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 900 } });
  await page.goto('/en/');
  const pass = async () => {
    for (const lang of languages) {
      for (const [i, { q, demo }] of oncePerDemo.entries()) {
        // Every demo, in alternating languages (both languages, half the visits).
        if (languages[i % 2] !== lang) continue;
        // Client-side navigation keeps one page alive across the whole soak.
        await page.evaluate((href) => {
          const a = document.createElement('a');
          a.href = href;
          document.body.append(a);
          a.click();
        }, `${questionPath(lang, q)}?worker=0`);
        const d = await openDemo(page, demo);
        const play = playButton(d, lang);
        if (oncePerDemo[i].trains) {
          await play.click();
          await page.waitForTimeout(700);
        }
      }
    }
    // Back home by client-side navigation too: the same page (and heap) for the whole soak.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = new URL('../../../en/', location.href).href;
      document.body.append(a);
      a.click();
    });
    await expect(page.locator('[data-demo]')).toHaveCount(0);
    // One reading right after gc() varied 25-73 MB for the same state (garbage still held by
    // finishing workers, effects and promises): take the lowest of four, 500 ms apart.
    let heap = Infinity;
    for (let k = 0; k < 4; k++) {
      await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
      await page.waitForTimeout(500);
      heap = Math.min(heap, await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize));
    }
    return { tensors: await mainTensors(page), heap };
  };
  // A warm-up pass first: the first visits load chunks, compile and tier up code and fill
  // caches (on a busy 2-core machine that continued into the second pass). A leak grows
  // with every pass; so compare the third pass with the second.
  await pass();
  const first = await pass();
  const second = await pass();
  console.log(`soak: heap ${(first.heap / 1e6).toFixed(1)} -> ${(second.heap / 1e6).toFixed(1)} MB, tensors ${first.tensors} -> ${second.tensors}`);
  expect(second.tensors).toBeLessThanOrEqual(first.tensors);
  expect(second.heap).toBeLessThan(first.heap * 1.25 + 5e6);
  await browser.close();
});
