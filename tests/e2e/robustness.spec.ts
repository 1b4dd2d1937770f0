// Every demo found through the catalogue is held to the same bar: malformed URLs,
// extreme settings, and no WebGL. Controls are discovered from the page (data-param).
import { chromium, expect, test, type Page } from '@playwright/test';
import { oncePerDemo, openDemo, playButton, questions, questionPath, stepOf, watchErrors } from './helpers';

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

// One test per demo, one discovery visit: malformed URLs first, then (for a demo that trains)
// every range control at both extremes, trained until it steps or says it diverged.
for (const { q, demo, trains } of oncePerDemo) {
  test(`bad URLs${trains ? ' and extreme settings' : ''}: ${demo}`, async ({ page }) => {
    test.setTimeout(240_000);
    const seed = 20261129 + demo.length;
    const r = rng(seed);
    const path = questionPath('en', q);
    await page.goto(path);
    await openDemo(page, demo);
    const keys = [...(await paramKeys(page, demo)), 'preset', 'hide', 'bogus'];
    const ranges = await page
      .locator(`[data-demo="${demo}"] [data-param]:has(input[type=range])`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-param')!));
    // Every key gets a nasty value, most under the demo's prefix, some bare; then random extras.
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
  });
}

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
