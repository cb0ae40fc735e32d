import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension (.output/chrome-mv3, built by `npm test`).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: { trace: 'retain-on-failure' },
});
