import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs: `tests/e2e` drives the built renderer in Chromium through the harness
 * (tests/e2e/harness.ts); `tests/electron` launches the built Electron app where it can.
 * Run `npm run build` first; run one spec with `npx playwright test tests/e2e/conflict.spec.ts`.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './tests/e2e/global-setup.ts',
  // Each worker runs a Chromium and a core; two fit a two-core machine.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
});
