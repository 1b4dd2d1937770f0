// Every demo found through the demo folders (meta.json) meets the same bar, in one page
// visit per backend:
// - wasm: its controls exist and show valid values; a demo that trains has its Play button,
//   trains from the keyboard (Enter plays, Space pauses), and its charts change; a demo that
//   does not train shows no Play button and draws its charts; a range control moves with the
//   arrow keys and a preset button applies with Enter; nothing is logged as an error.
//   Then, from that page, malformed URL values and (for a demo that trains) every range
//   control at both extremes (robust.ts).
// - webgl (demos that train): it trains on WebGL and its charts change.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { oncePerDemo, openDemo, playButton, questionPath, stepOf, watchErrors } from './helpers';
import { badUrlsAndExtremes } from './robust';

const charts = (d: Locator) => d.locator('figure .body').evaluateAll((els) => els.map((e) => e.innerHTML).join('|'));

async function trains(page: Page, d: Locator, demo: string, keyboard: boolean) {
  const play = playButton(d);
  await expect(play, `${demo} declares trains: true, so it must show Play`).toHaveCount(1);
  await expect.poll(async () => (await charts(d)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const before = await charts(d);
  if (keyboard) {
    await play.focus();
    await expect(play).toBeFocused();
    await page.keyboard.press('Enter');
  } else await play.click();
  await expect
    .poll(async () => (await stepOf(page, demo)) > 2 || (await d.getAttribute('data-state')) === 'diverged', { timeout: 90_000 })
    .toBe(true);
  expect(await d.getAttribute('data-state'), `${demo} diverged under its opening preset`).not.toBe('diverged');
  await expect.poll(() => charts(d), { timeout: 20_000 }).not.toBe(before);
  if (keyboard) {
    // Space on Pause pauses. A short run (bpe-merges stops at its merge count) may end between
    // two reads, and Pause turns back into Play: then the run must be over, not running.
    const pause = d.getByRole('button', { name: 'Pause', exact: true });
    if (await pause.focus({ timeout: 10_000 }).then(() => true, () => false)) {
      await page.keyboard.press('Space');
      await expect(d).not.toHaveAttribute('data-state', 'running');
    } else expect(await d.getAttribute('data-state'), `${demo}: running without a Pause button`).not.toBe('running');
  }
}

for (const { q, demo, trains: doesTrain } of oncePerDemo) {
  test(`${demo} on wasm: controls, keyboard, ${doesTrain ? 'training' : 'no training'}; bad URLs${doesTrain ? ', extreme settings' : ''}`, async ({ page }) => {
    test.setTimeout(300_000);
    const w = watchErrors(page);
    await page.goto(`${questionPath('en', q)}?backend=wasm`);
    const d = await openDemo(page, demo);
    const controls = d.locator('[data-param]');
    expect(await controls.count(), `${demo} has no controls`).toBeGreaterThan(0);
    if (doesTrain) {
      await expect(d).toHaveAttribute('data-backend', 'wasm');
      await trains(page, d, demo, true);
    } else {
      await expect(playButton(d), `${demo} declares trains: false, so it must not show Play`).toHaveCount(0);
      await expect.poll(async () => (await charts(d)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    }
    // A range control moves with the arrow keys (if the demo has one), a preset with Enter.
    const range = d.locator('[data-param] input[type=range]').first();
    if (await range.count()) {
      const before = await range.inputValue();
      await range.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      if (before === (await range.inputValue())) await page.keyboard.press('ArrowLeft');
      expect(await range.inputValue(), demo).not.toBe(before);
    }
    const presets = d.locator('.presets button');
    expect(await presets.count(), `${demo} has no presets`).toBeGreaterThan(0);
    const last = presets.last();
    await last.focus();
    await page.keyboard.press('Enter');
    await expect(last).toHaveAttribute('aria-pressed', 'true');
    w.check();
    await badUrlsAndExtremes(page, questionPath('en', q), demo, doesTrain);
  });

  if (doesTrain) {
    test(`${demo} trains on webgl`, async ({ page }) => {
      test.setTimeout(150_000);
      const w = watchErrors(page);
      await page.goto(`${questionPath('en', q)}?backend=webgl`);
      const d = await openDemo(page, demo);
      await expect(d).toHaveAttribute('data-backend', 'webgl');
      await trains(page, d, demo, false);
      w.check();
    });
  }
}
