import { chromium } from '@playwright/test';
const [url, out, w = 1280, h = 900, action] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', m => m.type() === 'error' && console.log('ERR', m.text()));
await p.goto(url);
await p.waitForTimeout(1500);
if (action === 'play') { await p.locator('button.play').first().click(); await p.waitForTimeout(6000); }
await p.screenshot({ path: out, fullPage: false });
await b.close();
