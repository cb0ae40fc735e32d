import { HOUR } from '../../core/lib/time';
import { streamActuals } from '../../core/report/stream-actuals';
import type { StreamSummary } from '../../core/report/stream-summary';
import { cardFor } from '../../core/scorecards';
import type { Settings } from '../../core/settings/settings';
import type { RadarDb } from '../../storage/db';
import { loadHistory } from '../../storage/history-store';
import { keepFinalReports } from '../final-reports';
import { fromStorage, type Handler } from './handler';

export const listStreams: Handler<'list-streams'> = async (_payload, ctx) => {
  const settings = await ctx.loadSettings();
  return fromStorage(() => summaries(ctx.db, settings, ctx.now()));
};

/** Every recorded stream, newest first, with its latest estimate and, once an export is imported, its actuals. */
async function summaries(db: RadarDb, settings: Settings, now: number): Promise<StreamSummary[]> {
  const rows = await db.streams.orderBy('lastAt').reverse().toArray();
  const estimates = await db.estimates.bulkGet(rows.map((r) => r.streamId));
  const card = cardFor(settings);
  const out: StreamSummary[] = [];
  for (const [i, { firstSeq: _first, lastSeq: _last, ...row }] of rows.entries()) {
    // Only the chunks paid around the stream are read (the store skips the others by their paid range).
    const history = await loadHistory(db, { from: row.firstAt - HOUR, to: row.lastAt + HOUR });
    const actual = history.orders.length ? streamActuals(history, row, settings, card, now) : null;
    out.push({ ...row, estimate: estimates[i] ?? null, actual });
  }
  // A report the list cannot keep is no reason to withhold the list.
  await keepFinalReports(db, out, now).catch((e) => console.warn('LES Radar: final reports', e));
  return out;
}
