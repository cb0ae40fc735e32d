import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Where Chromium is: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
 * Branded Chrome and Edge ignore --load-extension, so they never count.
 */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightChromium()];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const INSTALL_HINT =
  'No Chromium found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or ' +
  '`npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium binary.';

export const EXTENSION_DIR = resolve(process.env.LES_EXTENSION_DIR ?? '.output/chrome-mv3');

/** Flags for a quiet, offline, root-friendly Chromium with the built extension loaded. */
export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
