import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import type { StreamSummary } from '../core/report/stream-summary';
import { startDemoServer } from '../demo/server';
import { chromiumArgs } from './browser';
import { ensureChromium } from './ensure-browser';

/**
 * `npm run demo`: builds the extension, starts the simulated livestream dashboard and opens it in
 * Chromium with LES Radar loaded. With a display: a visible window on a long stream, until closed.
 * With --headless, or without a display: a compressed 60-second stream, screenshots, a summary.
 */
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const STREAM_MS = 60_000;

async function main() {
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  const executablePath = ensureChromium();
  const server = await startDemoServer(
    headless
      ? { mode: 'scripted', durationMs: STREAM_MS }
      : { mode: 'scripted', durationMs: 4 * 3600_000, dropEveryMs: 45_000 },
  );
  console.log(`Simulated dashboard: ${server.url} (room ${server.room})`);
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args: chromiumArgs(),
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  if (!headless) {
    console.log(
      'Chromium is open with LES Radar loaded; click its toolbar icon for the popup. Close the window to stop.',
    );
    await new Promise((done) => context.on('close', done));
  } else {
    await runHeadless(context, page);
    await context.close();
  }
  await server.close();
}

async function runHeadless(context: BrowserContext, page: Page) {
  const out = resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(out, { recursive: true });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(sw.url()).host}`;
  console.log(`Playing a compressed ${STREAM_MS / 1000}-second stream…`);
  const overlay = page.locator('les-radar-overlay .les-overlay');
  await overlay.waitFor();
  await page.waitForTimeout(STREAM_MS + 3000);
  await page.screenshot({ path: join(out, 'dashboard-with-overlay.png') });
  // The overlay folded to its dot (the corner of the dashboard around it), then unfolded again.
  await overlay.locator('.les-fold').click();
  await overlay.locator('.les-expand').waitFor();
  const view = page.viewportSize() ?? { width: 1280, height: 800 };
  const clip = { x: view.width - 480, y: view.height - 240, width: 480, height: 240 };
  await page.screenshot({ path: join(out, 'overlay-folded.png'), clip });
  await overlay.locator('.les-expand').click();

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`${base}/popup.html`);
  await popup.getByTestId('stage-pickPack').waitFor();
  await popup.getByTestId('score-line').waitFor();
  await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });

  const report = await context.newPage();
  await report.goto(`${base}/report.html`);
  await report.locator('tr[data-stream]').first().waitFor();
  await report.screenshot({ path: join(out, 'report.png') });
  const reply = await report.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({
      to: 'background',
      type: 'list-streams',
      payload: {},
    }),
  );
  const stream = (reply as { ok: boolean; data: StreamSummary[] }).data?.[0];
  if (stream) await moreFaces(context, base, stream.streamId, out);
  const e = stream?.estimate;
  const o = e?.outlook;
  const top = o?.actions.find((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0);
  const one = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));
  console.log(`
LES Radar demo summary
  stream            ${stream?.streamId ?? '—'}
  orders seen       ${e?.streamOrders ?? '—'}
  peak rate         ${e?.peakOrdersPerMinute ?? '—'} orders/min
  peak backlog      ${e?.peakUnshipped ?? '—'} orders waiting to ship
  orders at risk    ${e?.atRisk ?? '—'} (would miss the ship-by deadline)
  status            ${e?.status ?? '—'}
  logistics sub-score (${o?.scorecard ?? '—'})  ${o?.stageNow === 'growth' && o.scoreNow === null ? 'not scored yet (growth stage)' : `${one(o?.scoreNow)} now`} → ${one(o?.score?.p50)} after this stream (P10–P90 ${one(o?.score?.p10)}–${one(o?.score?.p90)})
  top action        ${top ? `${top.label} (${top.scoreGain === null ? '' : `${one(top.scoreGain)} points, `}${top.lateAvoided} fewer late)` : '—'}
  screenshots       ${out}
`);
}

/**
 * The README's other faces, viewport-sized: a stream's report with its charts, the side panel, the
 * settings, and the import page with a sample export's summary.
 */
async function moreFaces(context: BrowserContext, base: string, streamId: string, out: string) {
  const detail = await context.newPage();
  await detail.setViewportSize({ width: 1280, height: 1000 });
  await detail.goto(`${base}/report.html#${new URLSearchParams({ stream: streamId })}`);
  await detail.getByTestId('chart-arrivals').locator('canvas').first().waitFor();
  await detail.getByTestId('chart-backlog').locator('canvas').first().waitFor();
  await detail.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // no focus ring on the title
  await detail.screenshot({ path: join(out, 'report-stream.png') });

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`${base}/sidepanel.html`);
  await panel.getByTestId('score-line').waitFor();
  await panel.screenshot({ path: join(out, 'side-panel.png') });

  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await options.locator('form button[type="submit"]').waitFor();
  await options.screenshot({ path: join(out, 'options.png') });

  const importPage = await context.newPage();
  await importPage.goto(`${base}/import.html`);
  const sample = resolve('tests/fixtures/import/tiktok-week.csv');
  await importPage.locator('#export-file').setInputFiles(sample);
  await importPage.locator('#time-zone').fill('Europe/London'); // the sample's shop
  await importPage.getByRole('button', { name: 'Import', exact: true }).click();
  await importPage
    .locator('#import-progress-text')
    .filter({ hasText: /Done.*100 %/ })
    .waitFor({ timeout: 15_000 });
  await importPage.screenshot({ path: join(out, 'import.png') });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
