import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './browser';

/**
 * Finds Chromium, or installs one where this machine allows it: Debian's package through apt-get when
 * running as root, else Playwright's own download. Otherwise it stops with the exact command to run.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit' }).status === 0;
  if (process.getuid?.() === 0 && sh('command -v apt-get >/dev/null')) {
    console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
    sh('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.log('No Chromium found: trying Playwright’s own Chromium download…');
    sh('npx playwright install chromium');
  }
  const installed = findChromium();
  if (!installed) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return installed;
}
