import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './browser';

const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit' }).status === 0;
const canApt = () => process.getuid?.() === 0 && sh('command -v apt-get >/dev/null');

/**
 * Finds Chromium, or installs one where this machine allows it: Debian's package through apt-get when
 * running as root, else Playwright's own download. Otherwise it stops with the exact command to run.
 * Then makes sure Chinese text has a font (ensureCjkFonts).
 */
export function ensureChromium(): string {
  const found = findChromium() ?? installChromium();
  ensureCjkFonts();
  return found;
}

function installChromium(): string {
  if (canApt()) {
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

/**
 * The 简体中文 faces and names such as "Douyin 抖店" render as empty boxes without a CJK font, and a fresh
 * Debian has none: install Debian's fonts-noto-cjk when no font covers Chinese (root and apt-get only;
 * otherwise say the command). Screenshots still work without it, with boxes.
 */
export function ensureCjkFonts(): void {
  if (hasCjkFont()) return;
  if (canApt()) {
    console.log('No Chinese font found: installing Debian’s fonts-noto-cjk with apt-get…');
    if (sh('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null'))
      return;
  }
  console.warn(
    'No Chinese font found: Chinese text will show as boxes. Install one: sudo apt-get install -y fonts-noto-cjk',
  );
}

/** A font that covers Chinese, asked of fontconfig (what Chromium uses), else whether Debian's package is there. */
function hasCjkFont(): boolean {
  const fc = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (!fc.error) return fc.stdout.trim() !== '';
  return spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status === 0;
}
