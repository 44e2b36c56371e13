import { defineConfig } from '@playwright/test';

// End-to-end in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core; Playwright's runner runs the
// tests (its Firefox is not used: it would need a patched browser). One Firefox per suite: a cold launch is slow.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  outputDir: '../test-results/e2e-firefox',
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e-firefox.json' }]],
});
