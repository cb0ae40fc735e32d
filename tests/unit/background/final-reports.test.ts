import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ENDED_AFTER_MS, keepFinalReports } from '../../../background/final-reports';
import { MINUTE } from '../../../core/lib/time';
import { computeEstimate } from '../../../core/outlook/estimate';
import type { StreamSummary } from '../../../core/report/stream-summary';
import { defaultSettings } from '../../../core/settings/settings';
import { RadarDb } from '../../../storage/db';
import { listStreamReports } from '../../../storage/report-store';
import { sh, snap } from '../helpers';

const T = sh('2026-11-25', '20:00');
const ID = 'demo:7301234567';
const estimate = {
  ...computeEstimate([snap(0, T, 0), snap(1, T + MINUTE, 40)], defaultSettings, T + MINUTE),
  streamId: ID,
};
const summary = (over: Partial<StreamSummary> = {}): StreamSummary => ({
  streamId: ID,
  source: 'demo/page',
  firstAt: T,
  lastAt: T + MINUTE,
  snapshots: 2,
  firstPaidOrders: 0,
  lastPaidOrders: 40,
  estimate,
  actual: null,
  ...over,
});

let db: RadarDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('final stream reports', () => {
  it('keeps a report once the stream has had no reading for 30 minutes, and only then', async () => {
    db = new RadarDb('final-reports-1');
    const endedAt = T + MINUTE;
    expect(await keepFinalReports(db, [summary()], endedAt + ENDED_AFTER_MS - 1)).toBe(0); // still live
    expect(await keepFinalReports(db, [summary()], endedAt + ENDED_AFTER_MS)).toBe(1);
    const [report] = await listStreamReports(db);
    expect(report).toMatchObject({ streamId: ID, createdAt: endedAt + ENDED_AFTER_MS, actuals: null });
    expect(report.estimate?.streamOrders).toBe(40);
  });

  it('rewrites it only when the actuals or the estimate changed (a later import), not on every read', async () => {
    db = new RadarDb('final-reports-2');
    const later = T + 2 * ENDED_AFTER_MS;
    await keepFinalReports(db, [summary()], later);
    expect(await keepFinalReports(db, [summary()], later + MINUTE)).toBe(0);
    const actual = { orders: 40, shipped: 30, late: 4, cancelled: 1, matchedBy: 'time' as const };
    expect(await keepFinalReports(db, [summary({ actual })], later + 2 * MINUTE)).toBe(1);
    const [report] = await listStreamReports(db);
    expect(report.actuals).toEqual(actual);
    expect(report.createdAt).toBe(later + 2 * MINUTE);
  });
});
