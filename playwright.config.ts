import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { EXTENSION_DIR } from './scripts/browser';

// Each test launches its own Chromium with the built extension (.output/chrome-mv3, built by `npm test`).
// The tests need the build that reads local pages (the demo dashboard): a store build would load, match no
// page and fail every test for a reason that is nowhere in sight, so say it here.
const manifest = join(EXTENSION_DIR, 'manifest.json');
if (existsSync(manifest) && !readFileSync(manifest, 'utf8').includes('http://127.0.0.1/*'))
  throw new Error(
    `${EXTENSION_DIR} is a store build, which reads no local page: build the tests' one with ` +
      '`LES_LOCAL_PAGES=1 npx wxt build` (npm test does).',
  );

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
