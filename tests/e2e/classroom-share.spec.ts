// Share and QR (issue 13, item 5): the Share dialog holds the link to the current state and
// a QR code of it, read back here from the pixels the page draws; the link reopens the same
// settings, seed and step. "Copy embed code" gives an iframe of the embed page.
import { expect, test, type Page } from '@playwright/test';
import { decodeQR } from 'qr/decode.js';
import { openDemo, questions, questionPath, stepOf, watchErrors } from './helpers';

const gen11 = questions.find((q) => q.id === 'gen-11')!;

/** Draw the dialog's QR code (its SVG) onto a canvas in the page and decode the pixels. */
async function readQr(page: Page): Promise<string> {
  const img = await page.locator('dialog[data-share] svg.qr').evaluate(async (svg) => {
    const size = 320;
    const xml = new XMLSerializer().serializeToString(svg);
    const im = new Image();
    im.src = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
    await im.decode();
    const c = document.createElement('canvas');
    c.width = c.height = size;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(im, 0, 0, size, size);
    // Pixels as base64 (a plain array of 400k numbers is slow to pass back).
    let bin = '';
    for (const b of ctx.getImageData(0, 0, size, size).data) bin += String.fromCharCode(b);
    return { width: size, height: size, data: btoa(bin) };
  });
  return decodeQR({ width: img.width, height: img.height, data: Uint8Array.from(Buffer.from(img.data, 'base64')) });
}

test('the Share dialog holds a QR code of the link to the current state, and the link reopens it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const w = watchErrors(page);
  await page.goto(`${questionPath('en', gen11)}?backend=wasm&hide=lr`);
  const demo = await openDemo(page, 'l1-vs-l2');
  // A seed of our own, then a preset (a preset keeps the seed).
  await demo.locator('[data-param="seed"] input').first().fill('4242');
  await demo.locator('[data-param="seed"] input').first().press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('l1-vs-l2.seed')).toBe('4242');
  await demo.locator('.presets button', { hasText: 'Huber' }).click();
  await expect(demo).toHaveAttribute('data-loading', 'false');
  for (let i = 0; i < 7; i++) await demo.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => stepOf(page, 'l1-vs-l2')).toBe(7);

  await demo.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this demo' });
  await expect(dialog).toBeVisible();
  const link = await dialog.locator('#share-link').inputValue();
  const u = new URL(link);
  expect(u.pathname).toBe(questionPath('en', gen11));
  expect(u.searchParams.get('l1-vs-l2.seed')).toBe('4242');
  expect(u.searchParams.get('l1-vs-l2.preset')).toBe('huber');
  expect(u.searchParams.get('l1-vs-l2.step')).toBe('7');
  expect(u.searchParams.get('hide')).toBe('lr');
  // The QR code is big (scanned from the back of a room) and encodes exactly the link.
  expect((await dialog.locator('svg.qr').boundingBox())!.width).toBeGreaterThanOrEqual(300);
  expect(await readQr(page)).toBe(link);
  // Without the step, the link and the code change together.
  await dialog.getByRole('checkbox').uncheck();
  await expect.poll(() => dialog.locator('#share-link').inputValue()).not.toContain('.step=');
  expect(await readQr(page)).toBe(await dialog.locator('#share-link').inputValue());
  await dialog.getByRole('checkbox').check();
  const embed = await dialog.locator('#share-embed').inputValue();
  expect(embed).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/embed\/l1-vs-l2\/\?[^"]*l1-vs-l2\.preset=huber/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Another browser opens the link: same preset, seed, hidden control, and the run replayed to step 7.
  const other = await (await browser.newContext()).newPage();
  await other.goto(link.replace('hide=lr', 'hide=lr&backend=wasm'));
  const d2 = await openDemo(other, 'l1-vs-l2');
  await expect(d2.locator('.presets button[aria-pressed="true"]')).toHaveText(/Huber/);
  await expect(d2.locator('[data-param="lr"]')).toHaveCount(0);
  await expect.poll(() => stepOf(other, 'l1-vs-l2'), { timeout: 30_000 }).toBe(7);
  await expect(d2).toHaveAttribute('data-state', 'paused');
  // Same seeded run, same figures.
  const caption = (p: Page) => p.locator('[data-demo="l1-vs-l2"] figcaption').first().textContent();
  expect(await caption(other)).toBe(await caption(page));
  w.check();
});

test('a shared step far into the run lands exactly on it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${questionPath('en', gen11)}?backend=wasm&l1-vs-l2.step=333`);
  await openDemo(page, 'l1-vs-l2');
  await expect.poll(() => stepOf(page, 'l1-vs-l2'), { timeout: 60_000 }).toBe(333);
  await expect(page.locator('[data-demo="l1-vs-l2"]')).toHaveAttribute('data-state', 'paused');
  await page.waitForTimeout(500);
  expect(await stepOf(page, 'l1-vs-l2')).toBe(333);
  // Reached: the step leaves the URL, so a reload starts over as usual.
  await expect.poll(() => new URL(page.url()).searchParams.get('l1-vs-l2.step')).toBeNull();
});

test('"Copy embed code" copies an iframe of the embed page (zh-Hant)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(questionPath('zh-Hant', gen11));
  const demo = await openDemo(page, 'l1-vs-l2');
  await demo.getByRole('button', { name: '複製嵌入碼' }).click();
  await expect(demo.getByRole('status').filter({ hasText: '已複製嵌入碼' })).toHaveCount(1);
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/zh-Hant\/embed\/l1-vs-l2\/\?[^"]+" title="L1 與 L2[^"]+" width="100%"/);
  expect(new URL(code.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&')).searchParams.get('l1-vs-l2.preset')).toBe('outlier');
});
