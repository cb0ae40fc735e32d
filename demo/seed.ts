import type { BrowserContext, Page } from '@playwright/test';
import type { Settings } from '../core/settings/settings';
import { readingsOf, type SimOrder } from './sim';

/**
 * Puts the demo shop into a fresh profile the way a seller's own use would, through the extension's
 * real paths only: the settings file imported on the options page and saved, the order export imported
 * on the import page (its worker), and the readings a capture would have recorded sent as the contract's
 * `snapshots` messages with their real timestamps. Nothing writes IndexedDB or extension storage directly.
 */
export async function saveSettings(context: BrowserContext, base: string, settings: Settings): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}/options.html`);
  const save = page.locator('form button[type="submit"]');
  await save.waitFor();
  const text = `${JSON.stringify(settings, null, 2)}\n`;
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'les-radar-settings.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByText('les-radar-settings.json').first().waitFor(); // the form now holds the file
  await save.click();
  await page.locator('form button[type="submit"]', { hasText: 'Saved' }).waitFor();
  await page.close();
}

/** Imports the export on the import page and leaves the page open on its summary (for the screenshot). */
export async function importHistory(context: BrowserContext, base: string, name: string, csv: string, zone: string) {
  const page = await context.newPage();
  await page.goto(`${base}/import.html`);
  await page.locator('#export-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('#time-zone').fill(zone);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .locator('#import-progress-text')
    .filter({ hasText: /Done.*100 %/ })
    .waitFor({ timeout: 60_000 });
  return page;
}

type Reading = { at: number; paidOrders: number };

/** A past stream's readings: its count each second it rose, from 0 at its start, as the capture records them. */
export const pastReadings = (startAt: number, orders: readonly SimOrder[]): Reading[] =>
  readingsOf(orders, (orders.at(-1)?.atMs ?? 0) + 1000).map((r) => ({
    at: startAt + r.atMs,
    paidOrders: r.paidOrders,
  }));

/**
 * Sends one stream's readings to the background as the content script does (numbered from 0, in batches
 * of at most 500, the contract's limit), from an extension page; fails loudly on any refusal. Then waits
 * for the stream's first estimate: one stream at a time, as streams come in life, so the estimator is
 * never asked for several long runs at once (its watchdog stops a run after 10 s).
 */
export async function sendReadings(page: Page, streamId: string, readings: readonly Reading[]): Promise<void> {
  const snapshots = readings.map((r, seq) => ({ streamId, seq, ...r, source: 'demo/page', capture: 'demo-history' }));
  let lastBatchAt = 0;
  for (let i = 0; i < snapshots.length; i += 500) {
    lastBatchAt = Date.now(); // a live stream's run after the last batch starts after this (its estimate's `at`)
    const payload = { snapshots: snapshots.slice(i, i + 500) };
    const reply = (await send(page, { to: 'background', type: 'snapshots', payload })) as {
      ok: boolean;
      error?: { message: string };
    };
    if (!reply?.ok) throw new Error(`snapshots for ${streamId}: ${reply?.error?.message ?? 'no answer'}`);
  }
  // An estimate made after the last batch is as of its moment, or, for a stream that is over, as of six hours
  // after its last reading (workers/estimator/estimator-service.ts): either way at or after that reading.
  const lastReading = snapshots[snapshots.length - 1]?.at ?? 0;
  const since = Math.min(lastBatchAt, lastReading);
  for (let waited = 0; !(await estimatedSince(page, streamId, since)); waited += 500) {
    if (waited > 60_000) throw new Error(`${streamId}: no estimate a minute after its readings`);
    await page.waitForTimeout(500);
  }
}

async function estimatedSince(page: Page, streamId: string, since: number): Promise<boolean> {
  const reply = (await send(page, { to: 'background', type: 'list-streams', payload: {} })) as {
    data?: { streamId: string; estimate: { at: number } | null }[];
  };
  return (reply.data?.find((s) => s.streamId === streamId)?.estimate?.at ?? 0) >= since;
}

const send = (page: Page, message: unknown) =>
  page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
