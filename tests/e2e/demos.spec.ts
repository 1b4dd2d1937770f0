// Every demo found through the catalogue trains in Chromium on webgl and on wasm: the
// step advances, its charts change, and nothing is logged as an error.
import { expect, test } from '@playwright/test';
import { openDemo, questions, questionPath, stepOf, watchErrors } from './helpers';

const demoPages = questions.flatMap((q) => q.demos.map((d) => ({ q, demo: d.id })));
const oncePerDemo = demoPages.filter((p, i) => demoPages.findIndex((o) => o.demo === p.demo) === i);

for (const { q, demo } of oncePerDemo) {
  for (const backend of ['webgl', 'wasm'] as const) {
    test(`${demo} trains on ${backend}`, async ({ page }) => {
      test.setTimeout(150_000);
      const w = watchErrors(page);
      await page.goto(`${questionPath('en', q)}?backend=${backend}`);
      const d = await openDemo(page, demo);
      await expect(d).toHaveAttribute('data-backend', backend);
      const play = d.locator('button.play');
      if (!(await play.count())) return;
      const charts = () => d.locator('figure .body').evaluateAll((els) => els.map((e) => e.innerHTML).join('|'));
      const before = await charts();
      await play.click();
      await expect
        .poll(async () => (await stepOf(page, demo)) > 2 || (await d.getAttribute('data-state')) === 'diverged', { timeout: 90_000 })
        .toBe(true);
      expect(await d.getAttribute('data-state')).not.toBe('diverged');
      await expect.poll(charts, { timeout: 20_000 }).not.toBe(before);
      w.check();
    });
  }
}
