import { stringAt } from '../core/lib/string-column';
import { historyInsights } from '../core/report/history-insights';
import type { HistoryInsights } from '../core/report/insights-schema';
import type { Settings } from '../core/settings/settings';
import type { RadarDb } from '../storage/db';
import { loadHistory } from '../storage/history-store';
import { cachedInsights } from '../storage/insights-cache';

/**
 * The report's insights from every stored order: a million orders load in about a second and are
 * scored in seconds, so the answer is kept per generation of the history (storage/insights-cache.ts)
 * and a second opening reads it back.
 */
export function loadHistoryInsights(db: RadarDb, settings: Settings, now: number): Promise<HistoryInsights> {
  return cachedInsights(db, settings, now, async () => {
    const history = await loadHistory(db);
    const streams = await db.streams.toArray();
    return historyInsights({ ...history, regionOf: (i) => stringAt(history.region, i) }, streams, settings, now);
  });
}
