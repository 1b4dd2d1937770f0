import { chromium } from '@playwright/test';
import { serve } from '/work/main/scripts/serve.mjs';
const server = await serve({ port: 4195, dir: '/work/main/build' });
const flagsets = { default: ['--disable-quic'], swiftshader: ['--disable-quic', '--use-angle=swiftshader'] };
const which = process.argv[2] ?? 'swiftshader';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flagsets[which] });
async function rate(setup) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto('http://127.0.0.1:4195/en/gen/mode-collapse/?toy-gan.preset=gan-lab-ring&backend=webgl');
  const d = page.locator('[data-demo="toy-gan"]');
  await page.locator('#demo-toy-gan').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-demo="toy-gan"]')?.getAttribute('data-loading') === 'false', null, { timeout: 120000 });
  await setup(page, d);
  await d.locator('input[type=range][id$="-speed"]').fill('4');
  await d.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(2000);
  const s0 = Number(await d.getAttribute('data-step')); const t0 = Date.now();
  await page.waitForTimeout(10000);
  const s1 = Number(await d.getAttribute('data-step'));
  const r = { itps: +(((s1 - s0) * 1000) / (Date.now() - t0)).toFixed(1), draw: await d.getAttribute('data-draw-ms'), share: await d.getAttribute('data-snapshot-share') };
  await page.close();
  return r;
}
const uncheck = (names) => async (page, d) => { for (const n of names) await d.getByLabel(n).uncheck(); };
const conds = {
  all: async () => {},
  noHeat: uncheck(['Show D\'s map', ]),
};
const labels = process.argv.slice(3);
for (let rep = 0; rep < 2; rep++) for (const set of [[], ...labels.map((l) => l.split('|'))]) {
  const r = await rate(uncheck(set)).catch((e) => ({ error: e.message.split('\n')[0] }));
  console.log(which, JSON.stringify(set), JSON.stringify(r));
}
await browser.close(); server.close();
