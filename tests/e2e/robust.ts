// Malformed URL values and extreme settings, for the per-demo test in demos.spec.ts.
import { expect, type Page } from '@playwright/test';
import { openDemo, playButton, stepOf, watchErrors } from './helpers';

/** mulberry32: a seeded generator, so a failure can be replayed from its seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nasty = [
  'NaN', 'Infinity', '-Infinity', '-1', '-99999999', '1e308', '1e-320', '', ' ', '0x1F', '1,5', '٣', 'true', 'null',
  '<img src=x onerror="window.__xss=1">', '"><script>window.__xss=1</script>', "javascript:alert(1)", '{{7*7}}',
  'x'.repeat(5000), '%00', '../../etc/passwd', '__proto__', 'constructor'
];

async function paramKeys(page: Page, demo: string): Promise<string[]> {
  return page.locator(`[data-demo="${demo}"] [data-param]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-param')!));
}

async function expectValidControls(page: Page, demo: string) {
  expect(await page.locator(`[data-demo="${demo}"] [data-param]`).count(), `${demo}: no controls to check`).toBeGreaterThan(0);
  const bad = await page.locator(`[data-demo="${demo}"] [data-param]`).evaluateAll((els) =>
    els.flatMap((el) => {
      const key = el.getAttribute('data-param');
      const out: string[] = [];
      for (const input of el.querySelectorAll('input')) {
        if (input.type === 'range') {
          const v = +input.value, lo = +input.min, hi = +input.max;
          if (!Number.isFinite(v) || v < lo - 1e-9 || v > hi + 1e-9) out.push(`${key}: ${input.value} not in [${lo}, ${hi}]`);
        } else if (input.type === 'number') {
          if (!/^\d+$/.test(input.value)) out.push(`${key}: seed ${input.value}`);
        }
      }
      for (const s of el.querySelectorAll('select')) if (![...s.options].some((o) => o.value === s.value)) out.push(`${key}: select ${s.value}`);
      const o = el.querySelector('output');
      if (o && /NaN|Infinity|undefined/.test(o.textContent ?? '')) out.push(`${key}: shows ${o.textContent}`);
      return out;
    })
  );
  expect(bad).toEqual([]);
}

/**
 * From a page that shows `demo` (its controls discovered there): one visit with a malformed
 * value for every control (most under the demo's prefix, some bare, random extras, a bad
 * backend), then, for a demo that trains, one visit per extreme (every range control at
 * +1e99, then -1e99), trained until it steps or says it diverged (then Reset works).
 */
export async function badUrlsAndExtremes(page: Page, path: string, demo: string, trains: boolean) {
  const seed = 20261129 + demo.length;
  const r = rng(seed);
  const keys = [...(await paramKeys(page, demo)), 'preset', 'hide', 'bogus'];
  const ranges = await page
    .locator(`[data-demo="${demo}"] [data-param]:has(input[type=range])`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-param')!));
  const qs = new URLSearchParams();
  for (const k of keys) qs.append(r() < 0.8 ? `${demo}.${k}` : k, nasty[Math.floor(r() * nasty.length)]);
  for (let j = 0; j < 8; j++) qs.append(`${demo}.${keys[Math.floor(r() * keys.length)]}`, nasty[Math.floor(r() * nasty.length)]);
  qs.append('backend', nasty[Math.floor(r() * nasty.length)]);
  const url = `${path}?${qs.toString()}`;
  let w = watchErrors(page);
  await page.goto(url);
  await openDemo(page, demo);
  await expectValidControls(page, demo);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `seed ${seed}: ${url}`).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  w.check();
  if (!trains || ranges.length === 0) return;
  for (const end of ['1e99', '-1e99']) {
    const qs = new URLSearchParams(ranges.map((k) => [`${demo}.${k}`, end]));
    w = watchErrors(page);
    await page.goto(`${path}?${qs}`);
    const d = await openDemo(page, demo);
    await expectValidControls(page, demo);
    await playButton(d).click();
    await expect
      .poll(async () => (await d.getAttribute('data-state')) === 'diverged' || (await stepOf(page, demo)) > 2, { timeout: 60_000 })
      .toBe(true);
    if ((await d.getAttribute('data-state')) === 'diverged') {
      await expect(d.getByRole('alert')).toContainText(/diverged/i);
      await d.getByRole('alert').getByRole('button', { name: 'Reset' }).click();
      await expect(d).toHaveAttribute('data-state', 'idle');
      await expect(d).toHaveAttribute('data-step', '0');
    }
    w.check();
  }
}
