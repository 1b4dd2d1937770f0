import { expect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { languages, questionPath, withDemos } from '../../src/content/questions';
import type { DemoMeta } from '../../src/lib/demos/meta';

/** The demos, read from their folders' meta.json as the app's registry does. */
const demoDir = 'src/lib/demos';
export const demoMetas: Record<string, DemoMeta> = Object.fromEntries(
  readdirSync(demoDir)
    .filter((d) => existsSync(`${demoDir}/${d}/meta.json`))
    .map((d) => [d, JSON.parse(readFileSync(`${demoDir}/${d}/meta.json`, 'utf8')) as DemoMeta])
);
export const questions = withDemos(demoMetas);

export { languages, questionPath };

/** Collect console errors and page errors; call `check()` at the end of a test. */
export function watchErrors(page: Page, allow: RegExp[] = []) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allow.some((r) => r.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { errors, check: () => expect(errors, errors.join('\n')).toEqual([]) };
}

/** Scroll a demo into view and wait until its model is built. */
export async function openDemo(page: Page, id: string) {
  const demo = page.locator(`[data-demo="${id}"]`);
  await page.locator(`#demo-${id}`).scrollIntoViewIfNeeded();
  await expect(demo).toBeVisible();
  // Building a model and its first snapshot can take long on software WebGL (shader compiles).
  await expect(demo).toHaveAttribute('data-loading', 'false', { timeout: 60_000 });
  if (demoMetas[id]?.trains !== false) await expect(demo).not.toHaveAttribute('data-backend', 'none');
  return demo;
}

export async function stepOf(page: Page, id: string): Promise<number> {
  return Number(await page.locator(`[data-demo="${id}"]`).getAttribute('data-step'));
}

/** The demos once each (a demo shared by two pages is one engine), with the first page that shows it. */
export const oncePerDemo = questions
  .flatMap((q) => q.demos.map((d) => ({ q, demo: d.id, trains: d.trains })))
  .filter((p, i, all) => all.findIndex((o) => o.demo === p.demo) === i);

/** The Play button, found by its accessible name (a renamed class must not make a test pass). */
export function playButton(demo: import('@playwright/test').Locator, lang: 'en' | 'zh-Hant' = 'en') {
  return demo.getByRole('button', { name: lang === 'en' ? 'Play' : '播放', exact: true });
}

/** The tensor count a demo's test hook reports; a missing hook fails (never reads as 0). */
export async function demoTensors(page: Page, demo: string): Promise<number> {
  const n = await page.evaluate((d) => (window as unknown as { __explorables?: Record<string, { numTensors(): Promise<number> }> }).__explorables?.[d]?.numTensors() ?? null, demo);
  expect(typeof n, `${demo}: the numTensors test hook is missing`).toBe('number');
  return n as number;
}
