import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HistoryInsights } from '../../../core/report/insights-schema';
import { defaultSettings } from '../../../core/settings/settings';
import { RadarDb } from '../../../storage/db';
import { syntheticExport } from '../../../storage/history/synthetic';
import { upsertOrders } from '../../../storage/history-store';
import { cachedInsights } from '../../../storage/insights-cache';
import { settingsWith, sh } from '../helpers';

/** Insights as core/report/history-insights.ts shapes them, with `orders` telling one computation from another. */
const insights = (orders: number): HistoryInsights => ({
  window: { from: 0, to: 1, days: 30, orders },
  attribution: null,
  streams: [],
  carriers: [],
  regions: [],
  orders,
  hasRts: false,
  minOrders: 30,
});

describe('the report insights kept per generation of the history', () => {
  it('computes once, reads the stored answer back, and computes again after an import or a settings change', async () => {
    const db = new RadarDb(`insights-cache-${Math.random()}`);
    const now = sh('2026-11-25', '20:00');
    let computed = 0;
    const compute = async () => insights(++computed);
    expect((await cachedInsights(db, defaultSettings, now, compute)).orders).toBe(1);
    // Same history, settings, streams and hour: the stored answer, not a second computation.
    expect((await cachedInsights(db, defaultSettings, now + 60_000, compute)).orders).toBe(1);
    // An import writes a new token: computed afresh.
    await upsertOrders(db, syntheticExport(5), { source: 'orders.csv' });
    expect((await cachedInsights(db, defaultSettings, now, compute)).orders).toBe(2);
    expect((await cachedInsights(db, defaultSettings, now, compute)).orders).toBe(2);
    // Other settings (another promise changes every deadline): computed afresh.
    const sameDay = settingsWith((s) => {
      s.promise = { type: 'same-day', cutoff: '16:00' };
    });
    expect((await cachedInsights(db, sameDay, now, compute)).orders).toBe(3);
    // The next hour: the window has slid, computed afresh.
    expect((await cachedInsights(db, sameDay, now + 3_600_000, compute)).orders).toBe(4);
    expect(computed).toBe(4);
  });

  it('computes afresh when the stored entry is damaged', async () => {
    const db = new RadarDb(`insights-cache-${Math.random()}`);
    const now = sh('2026-11-25', '20:00');
    await db.historyMeta.put({ key: 'history-insights', value: '{not json' });
    expect((await cachedInsights(db, defaultSettings, now, async () => insights(7))).orders).toBe(7);
    expect((await cachedInsights(db, defaultSettings, now, async () => insights(8))).orders).toBe(7);
  });
});
