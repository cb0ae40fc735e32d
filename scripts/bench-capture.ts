import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BUSY_PAGE } from './bench-capture/busy-page';
import { chromiumArgs, EXTENSION_DIR, findChromium } from './browser';

/**
 * The capture half of `npm run bench`: what the content script costs a busy dashboard's main thread
 * per change (with the built extension, beside the same page without it), and the size gzipped of each
 * content script of the store build (`npx wxt build`, what the stores get), each against its target.
 */
const CHANGES = 200;
const TARGET = { p95Ms: 0.3, gzipBytes: 15 * 1024 };
/** The store build, built apart from the development build the timings run (its local pages matched). */
const STORE_DIR = '.output-bench-store';

type Times = { counter: number[]; other: number[]; longTasks: number[]; taskMs: number };
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (v: number) => `${v.toFixed(3)} ms`;

async function timesOn(executable: string, withExtension: boolean): Promise<Times> {
  // Cross-origin isolated, so that performance.now() resolves 5 µs instead of 100 µs.
  const server = createServer((_, res) =>
    res
      .writeHead(200, {
        'content-type': 'text/html',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(BUSY_PAGE),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const args = withExtension
    ? chromiumArgs()
    : chromiumArgs().filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions'));
  const context = await chromium.launchPersistentContext('', { executablePath: executable, headless: true, args });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (withExtension) await page.locator('les-radar-overlay .les-overlay').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000); // let capture settle (stream head, first snapshot)
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    };
    const before = await busy();
    const times = await page.evaluate(
      (n) => (window as unknown as { lesCaptureBench(n: number): Promise<Times> }).lesCaptureBench(n),
      CHANGES,
    );
    return { ...times, taskMs: ((await busy()) - before) * 1000 };
  } finally {
    await context.close();
    server.close();
  }
}

export async function benchCapture(): Promise<{ skipped: string } | { lines: string[] }> {
  const executable = findChromium();
  if (!executable) return { skipped: 'no Chromium found' };
  // Measures the extension as built now (npm test builds it too; a stale build would mislead).
  if (!process.env.LES_EXTENSION_DIR)
    execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, LES_LOCAL_PAGES: '1' } }); // reads the local demo page
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return { skipped: `no built extension in ${EXTENSION_DIR}` };
  execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, LES_LOCAL_PAGES: '0', WXT_OUT_DIR: STORE_DIR } });
  const scripts = join(STORE_DIR, 'chrome-mv3', 'content-scripts');
  const sizes = readdirSync(scripts)
    .filter((f) => f.endsWith('.js'))
    .map((f) => sizeLine(f, readFileSync(join(scripts, f))));
  const tap = readFileSync(join(STORE_DIR, 'chrome-mv3', 'page-tap.js'));
  const without = await timesOn(executable, false);
  const withExt = await timesOn(executable, true);
  const row = (what: string, a: number[], b: number[]) => {
    const [p50, p95] = [pct(a, 0.5), pct(a, 0.95)];
    const [b50, b95] = [pct(b, 0.5), pct(b, 0.95)];
    return `${what.padEnd(34)} p50 ${ms(p50)} (without ${ms(b50)})  p95 ${ms(p95)} (without ${ms(b95)})  added p95 ${ms(p95 - b95)}`;
  };
  const added = pct(withExt.counter, 0.95) - pct(without.counter, 0.95);
  const longTasks = withExt.longTasks.length;
  return {
    lines: [
      `Content script on a busy page (2,000 changing cells): ${CHANGES} counter changes at 10 a second, ${CHANGES * 10} other changes between them:`,
      row('per counter change', withExt.counter, without.counter),
      row('per unrelated change', withExt.other, without.other),
      `main thread busy in all (every task, the extension's deferred work and replies included): ${withExt.taskMs.toFixed(0)} ms with the extension, ${without.taskMs.toFixed(0)} ms without → ${((withExt.taskMs - without.taskMs) / CHANGES).toFixed(3)} ms added per counter change (averaged)`,
      `added p95 per counter change: ${ms(added)} against the target 0.3 ms → ${(added / TARGET.p95Ms).toFixed(2)}× ${mark(added <= TARGET.p95Ms)}`,
      `long tasks (> 50 ms) during the run: ${longTasks} with the extension${longTasks ? ` (longest ${Math.max(...withExt.longTasks).toFixed(0)} ms)` : ''}, ${without.longTasks.length} without; target 0 ${mark(longTasks === 0)}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
      'content scripts of the store build (one per platform; a page loads only its own), gzipped -9 against the target 15 kB:',
      ...sizes,
      `page-world tap (Douyin live pages only): ${(gzipSync(tap, { level: 9 }).length / 1024).toFixed(1)} kB gzipped`,
    ],
  };
}

const mark = (met: boolean) => (met ? '✓' : '✗');

function sizeLine(file: string, script: Buffer): string {
  const gz = gzipSync(script, { level: 9 }).length;
  const ratio = (gz / TARGET.gzipBytes).toFixed(2);
  return `  ${file.padEnd(14)} ${(script.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzipped → ${ratio}× ${mark(gz <= TARGET.gzipBytes)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchCapture();
  console.log('skipped' in r ? `Capture figures skipped: ${r.skipped}` : r.lines.join('\n'));
}
