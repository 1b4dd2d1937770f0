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
  await expect(demo).toHaveAttribute('data-loading', 'false');
  await expect(demo).not.toHaveAttribute('data-backend', 'none');
  return demo;
}

export async function stepOf(page: Page, id: string): Promise<number> {
  return Number(await page.locator(`[data-demo="${id}"]`).getAttribute('data-step'));
}
