// The fused WebGL kernels (src/lib/runtime/webgl-kernels.ts) against tfjs's own ops, in a
// real browser on WebGL: the check the backend runs when it starts (odd and even shapes,
// rank 1 and 2, a zero and a NaN) must find every kernel within float rounding of the plain
// ops, so the toy GAN trains through them. Main-thread mode, where the page holds the result.
import { expect, test } from '@playwright/test';
import { openDemo } from './helpers';

test('the fused WebGL kernels match the plain tfjs ops, and the toy GAN trains through them', async ({ page }) => {
  await page.goto('/en/gen/mode-collapse/?worker=0&backend=webgl&toy-gan.preset=gan-lab-ring');
  const d = await openDemo(page, 'toy-gan');
  await expect(d).toHaveAttribute('data-backend', 'webgl');
  const check = (await page.evaluate(() => (window as unknown as { __explorablesFused?: unknown }).__explorablesFused)) as {
    backend: string;
    error: Record<string, number>;
    trusted: boolean;
  };
  expect(check.backend).toBe('webgl');
  expect(Object.keys(check.error).sort()).toEqual(['ExplorablesAxpy', 'ExplorablesColSum', 'ExplorablesReluGrad']);
  for (const [name, e] of Object.entries(check.error)) expect(e, name).toBeLessThan(1e-4);
  expect(check.trusted).toBe(true);
  // And one profiled training step runs them (they are the kernels the step is made of).
  const top = await page.evaluate(async () => {
    const hooks = (window as unknown as { __explorables: Record<string, { profile(n: number): Promise<{ step: { top: Record<string, number> } }> }> }).__explorables;
    return (await hooks['toy-gan'].profile(2)).step.top;
  });
  for (const name of ['ExplorablesAxpy', 'ExplorablesColSum', 'ExplorablesReluGrad']) expect(top[name], name).toBeGreaterThan(0);
});
