// Main-thread long tasks at the three moments a reader meets a demo (issue 9):
// - load: from navigation until the page is idle, with the demo in view at load
//   (wide viewport: the demo column sits beside the answer and mounts with the page);
// - mount: from scrolling the demo into view until its model is built (narrow viewport);
// - first Play: from the click until 1.5 s later.
// Goals on a 2-core machine: load < 100 ms, mount and first Play < 50 ms.

const observe = () => {
  window.__tasks = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__tasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};
const longest = (page) => page.evaluate(() => Math.round(Math.max(0, ...window.__tasks.splice(0))));
const loaded = (page, id) =>
  page.waitForFunction((d) => document.querySelector(`[data-demo="${d}"]`)?.getAttribute('data-loading') === 'false', id, { timeout: 120_000 });

export async function measureTasks(browser, url, id) {
  const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await wide.addInitScript(observe);
  await wide.goto(url, { waitUntil: 'load' });
  await loaded(wide, id).catch(() => {});
  await wide.waitForTimeout(1500);
  const load = await longest(wide);
  await wide.close();

  const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await longest(page);
  await page.locator(`#demo-${id}`).scrollIntoViewIfNeeded();
  await loaded(page, id);
  await page.waitForTimeout(1000);
  const mount = await longest(page);
  let play;
  const btn = page.locator(`[data-demo="${id}"] button.play`);
  if (await btn.count()) {
    await btn.click();
    await page.waitForTimeout(1500);
    play = await longest(page);
  }
  await page.close();
  return { loadTaskMs: load, mountTaskMs: mount, playTaskMs: play };
}
