// axe on the home pages and an answer page with a demo: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openDemo, questions, questionPath } from './helpers';

const pages = ['/en/', '/zh-Hant/', questionPath('en', questions.find((q) => q.id === 'gen-10')!), questionPath('zh-Hant', questions.find((q) => q.id === 'gen-10')!)];

for (const p of pages) {
  test(`axe: ${p}`, async ({ page }) => {
    await page.goto(p);
    if (p.includes('learning-rate')) await openDemo(page, 'lr-schedules');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
  });
}
