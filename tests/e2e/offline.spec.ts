// Self-contained: every request goes to our own origin, the strict CSP holds, and after
// the first visit the site works with the network cut (service worker cache).
import { expect, test } from '@playwright/test';
import { openDemo, questions, questionPath, stepOf, watchErrors } from './helpers';

const gen10 = questionPath('en', questions.find((q) => q.id === 'gen-10')!);

test('every request goes to our own origin; no CSP violation', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const origin = new URL(baseURL!).origin;
  await page.context().route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin !== origin && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob')) {
      foreign.push(u.href);
      return route.abort();
    }
    return route.continue();
  });
  const w = watchErrors(page);
  for (const p of ['/', '/en/', '/zh-Hant/glossary/', `${gen10}?backend=wasm`]) await page.goto(p);
  const demo = await openDemo(page, 'lr-schedules');
  await demo.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(page, 'lr-schedules'), { timeout: 30_000 }).toBeGreaterThan(5);
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).not.toMatch(/'unsafe-eval'/);
  expect(foreign).toEqual([]);
  w.check();
});

test('works offline after the first visit', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/en/');
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  // The service worker caches what a visitor uses (issue 13: a light first visit; the
  // whole site only through "Save for offline"): wait until it controls the page, visit
  // the two pages once online, then cut the network and visit them again.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 120_000 }).toBe(true);
  await page.goto('/zh-Hant/llm/self-attention/');
  await page.goto(`${gen10}?backend=wasm`);
  await openDemo(page, 'lr-schedules');
  await context.setOffline(true);
  await page.goto('/zh-Hant/llm/self-attention/');
  await expect(page.locator('h1')).toHaveText(questions.find((q) => q.id === 'llm-07')!.title['zh-Hant']);
  await page.goto(`${gen10}?backend=wasm`);
  const demo = await openDemo(page, 'lr-schedules');
  await demo.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(page, 'lr-schedules'), { timeout: 30_000 }).toBeGreaterThan(5);
  await context.setOffline(false);
});
