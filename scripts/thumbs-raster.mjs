#!/usr/bin/env node
// The thumbnails as PNG: each static/thumbs/<id>.svg (made by scripts/thumbnails.mjs from
// the real demo) drawn by headless Chromium at 160 x 100 px into static/thumbs/<id>.png,
// which the home page and the lessons index show. An SVG in an <img> is parsed, laid out
// and painted on the page's main thread; a PNG is decoded off it. The 60 SVGs made the home
// page's DOM 3,450 nodes instead of ~1,300 and about doubled its main-thread time.
// `npm run thumbnails` calls this at its end; run it alone to redraw the PNGs from the SVGs.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const THUMB_PNG = { width: 160, height: 100 };

/** Draw static/thumbs/<id>.svg into static/thumbs/<id>.png for each id; returns the sizes in bytes. */
export async function rasterise(browser, ids) {
  const page = await browser.newPage({ viewport: THUMB_PNG, deviceScaleFactor: 1 });
  const sizes = {};
  for (const id of ids) {
    const svg = readFileSync(`static/thumbs/${id}.svg`);
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await page.setContent(`<body style="margin:0;background:#fff"><img src="${src}" width="${THUMB_PNG.width}" height="${THUMB_PNG.height}" style="display:block"></body>`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...THUMB_PNG } });
    writeFileSync(`static/thumbs/${id}.png`, png);
    sizes[id] = png.length;
  }
  await page.close();
  return sizes;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ids = JSON.parse(readFileSync('src/lib/classroom/thumbs.json', 'utf8'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic'] });
  const sizes = await rasterise(browser, ids);
  await browser.close();
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`${ids.length} PNG thumbnails in static/thumbs/, ${(total / 1024).toFixed(0)} KB in all`);
}
