import type { BrowserContext, Page } from '@playwright/test';
import { MINUTE } from '../core/lib/time';
import { demoOrderExport } from './order-history';
import { importHistory, pastReadings, saveSettings, sendReadings } from './seed';
import type { DemoServer } from './server';
import { demoSettings, LIVE_STARTED_AGO_MS, pastStreams } from './shop';

/** The export's file name, as 抖店 names a download (shop and date left out). */
export const EXPORT_NAME = 'douyin-orders-30-days.csv';

/**
 * The demo shop in a fresh profile: its settings saved, its 30-day order export (three past streams among
 * the ordinary days, exported half an hour before tonight's stream went live) imported, each past stream's
 * readings and tonight's readings so far sent with their real times. Returns the import page, left on its
 * summary. The dashboard's own capture takes over from the last reading sent.
 */
export async function seedShop(context: BrowserContext, base: string, live: DemoServer): Promise<Page> {
  const now = Date.now();
  await saveSettings(context, base, demoSettings);
  const streams = pastStreams(now);
  const exportAt = now - LIVE_STARTED_AGO_MS - 30 * MINUTE;
  const csv = demoOrderExport({ settings: demoSettings, streams, exportAt });
  const page = await importHistory(context, base, EXPORT_NAME, csv, demoSettings.timezone);
  for (const s of streams) await sendReadings(page, `demo:${s.room}`, pastReadings(s.startAt, s.orders));
  const readings = live.readingsUntil(Date.now());
  await sendReadings(page, `demo:${live.room}`, readings);
  const rows = csv.split('\r\n').length - 2;
  console.log(
    `Seeded: settings saved; ${EXPORT_NAME} imported (${rows.toLocaleString('en-US')} orders over 31 days, ` +
      `${streams.length} past streams); ${readings.length} readings of tonight's stream so far ` +
      `(${readings.at(-1)?.paidOrders ?? 0} orders).`,
  );
  return page;
}
