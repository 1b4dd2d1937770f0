import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

// Playwright cannot download its browser here: use Debian's Chromium. Playwright's
// default args stay (they enable software WebGL2); QUIC is off.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  // In CI a test is retried once so that a flaky test is detected, and then fails the run:
  // a flake is a failure to fix, never a pass.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-quic'] },
    viewport: { width: 1280, height: 900 }
  },
  webServer: {
    command: `node scripts/serve.mjs ${port} build`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000
  }
});
