import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests run in Node; a file that needs a DOM says `// @vitest-environment happy-dom` at its top.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'core/**/*.test.ts'],
    environment: 'node',
    // Every face's words come from browser.i18n, which the fake browser lacks (English here).
    setupFiles: ['tests/unit/i18n-setup.ts'],
  },
});
