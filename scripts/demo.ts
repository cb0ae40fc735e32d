import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { streamFigures } from '../core/faces/stream-figures';
import type { StreamSummary } from '../core/report/stream-summary';
import { pickCounters } from '../demo/pick-counters';
import { seedShop } from '../demo/seed-shop';
import { startDemoServer } from '../demo/server';
import { LIVE_STARTED_AGO_MS } from '../demo/shop';
import { pressTopAction } from '../demo/top-action';
import en from '../public/_locales/en/messages.json';
import { chromiumArgs } from './browser';
import { ensureChromium } from './ensure-browser';

/**
 * `npm run demo`: builds the extension, gives it a shop's settings and 30 days of order history (with
 * three past streams) through its own pages, starts the simulated dashboard on a stream that went live
 * 74 minutes ago (its earlier readings sent with their real times) and opens it in Chromium with LES
 * Radar loaded. With a display: a visible window, until closed. With --headless, or without a display:
 * 75 seconds of the live stream in real time, screenshots, the top action pressed in the popup, a summary.
 */
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const LIVE_MS = 75_000;

async function main() {
  if (
    spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, LES_LOCAL_PAGES: '1' } }).status !== 0
  )
    process.exit(1);
  const executablePath = ensureChromium();
  const server = await startDemoServer({
    mode: 'scripted',
    durationMs: (headless ? 2 : 4) * 3600_000,
    startedAgoMs: LIVE_STARTED_AGO_MS,
  });
  console.log(`Simulated dashboard: ${server.url} (room ${server.room}, live for ${LIVE_STARTED_AGO_MS / 60_000} min)`);
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args: chromiumArgs(),
    viewport: { width: 1280, height: 800 },
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(sw.url()).host}`;
  const importPage = await seedShop(context, base, server);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.bringToFront();
  await page.goto(server.url);
  if (!headless) {
    console.log(
      'Chromium is open with LES Radar loaded; click its toolbar icon for the popup. Close the window to stop.',
    );
    await new Promise((done) => context.on('close', done));
  } else {
    await runHeadless(context, page, base, importPage);
    await context.close();
  }
  await server.close();
}

async function runHeadless(context: BrowserContext, page: Page, base: string, importPage: Page) {
  const out = resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(out, { recursive: true });
  console.log(`Watching the live stream for ${LIVE_MS / 1000} seconds…`);
  const overlay = page.locator('les-radar-overlay .les-overlay');
  await overlay.waitFor();
  await page.waitForTimeout(LIVE_MS);
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
  await pressTopAction(popup, join(out, 'popup-what-if.png'));
  // The warehouse's own counts (issue #15): the ERP board's three numbers picked, the popup starting from them.
  const warehouse = await pickCounters(context, base, `${new URL(page.url()).origin}/board`, out);

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
  if (stream) await moreFaces(context, base, stream.streamId, out, importPage);
  const e = stream?.estimate;
  const o = e?.outlook;
  // The figures and words every face shows (core/faces/stream-figures.ts, the English catalogue).
  const f = e && streamFigures(e);
  const num = (v: number) => v.toLocaleString('en-US');
  const words = (key: 'fig_at_risk' | 'fig_late_predicted') => `${en[key].message}`.padEnd(17);
  const range = f?.late.range
    ? en.fig_late_range.message.replace('$1', num(f.late.range.p10)).replace('$2', num(f.late.range.p90))
    : en.fig_late_paid_only.message;
  const top = o?.actions.find((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0);
  const one = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));
  const score = f?.score;
  console.log(`
LES Radar demo summary
  stream            ${stream?.streamId ?? '—'}
  orders seen       ${f ? num(f.streamOrders) : '—'}
  peak rate         ${e?.peakOrdersPerMinute ?? '—'} orders/min
  peak backlog      ${e?.peakUnshipped ?? '—'} orders waiting to ship
  ${words('fig_at_risk')} ${f ? num(f.atRisk) : '—'} (${en.fig_at_risk_hint.message})
  ${words('fig_late_predicted')} ${f ? `${num(f.late.value)} (${range})` : '—'}
  status            ${f ? en[`status_${f.status}`].message : '—'}
  logistics sub-score (${score?.scorecard ?? '—'})  ${score?.growth && score.now === null ? 'not scored yet (growth stage)' : `${one(score?.now)} now`} → ${one(score?.predicted)} after this stream (P10–P90 ${one(score?.range?.p10)}–${one(score?.range?.p90)})
  warehouse counts  ${warehouse.join('\n                    ')}
  top action        ${top ? `${top.label} (${top.scoreGain === null ? '' : `${one(top.scoreGain)} points, `}${top.lateAvoided} fewer late)` : '—'}
  screenshots       ${out}
`);
}

/**
 * The README's other faces, viewport-sized: a stream's report with its charts, the side panel, the
 * settings, and the import page with the summary of the shop's 30-day export (imported by seedShop).
 */
async function moreFaces(context: BrowserContext, base: string, streamId: string, out: string, importPage: Page) {
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

  await importPage.bringToFront();
  await importPage.screenshot({ path: join(out, 'import.png') });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
