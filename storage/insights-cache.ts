import { HOUR } from '../core/lib/time';
import { type HistoryInsights, historyInsightsSchema } from '../core/report/insights-schema';
import type { Settings } from '../core/settings/settings';
import type { RadarDb } from './db';
import { readToken } from './history/generation';

/**
 * The report's history insights, kept per generation of the history: scoring a million orders takes
 * seconds, and the answer changes only with a write of the order history (its token,
 * storage/history/generation.ts), the settings, the recorded streams, or as the window slides (kept per
 * hour). Stored beside the token in `historyMeta`, so it outlives the service worker between openings.
 */
const KEY = 'history-insights';

async function keyOf(db: RadarDb, settings: Settings, now: number): Promise<string> {
  const streams = await db.streams.toArray();
  return JSON.stringify([
    (await readToken(db)) ?? '',
    await db.orderChunks.count(),
    settings,
    streams.map((s) => [s.streamId, s.firstAt, s.lastAt]),
    Math.floor(now / HOUR),
  ]);
}

/** The insights at `now`: the stored ones when nothing they read has changed, else `compute`'s, then stored. */
export async function cachedInsights(
  db: RadarDb,
  settings: Settings,
  now: number,
  compute: () => Promise<HistoryInsights>,
): Promise<HistoryInsights> {
  const key = await keyOf(db, settings, now);
  const row = await db.historyMeta.get(KEY);
  if (row) {
    try {
      const stored = JSON.parse(row.value) as { key: string; insights: unknown };
      const parsed = historyInsightsSchema.safeParse(stored.insights);
      if (stored.key === key && parsed.success) return parsed.data;
    } catch {
      // A damaged entry is computed afresh and overwritten.
    }
  }
  const insights = await compute();
  // Stored only if the history did not change while it was computed (an import running beside it), and only
  // when there is anything to keep: an empty profile's report opening writes nothing into it.
  const empty = insights.orders === 0 && insights.streams.length === 0;
  if (!empty && (await keyOf(db, settings, now)) === key) {
    await db.historyMeta.put({ key: KEY, value: JSON.stringify({ key, insights }) });
  }
  return insights;
}
