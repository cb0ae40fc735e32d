import { MINUTE } from '../core/lib/time';
import type { StreamSummary } from '../core/report/stream-summary';
import type { RadarDb } from '../storage/db';
import { loadStreamReport, saveStreamReport } from '../storage/report-store';

/** A stream with no reading for this long is over: its report is kept. */
export const ENDED_AFTER_MS = 30 * MINUTE;

/**
 * Keeps each ended stream's final report (its last estimate with the outlook, and the actuals once an
 * export covers it) in the `reports` table, so it outlives the imported orders that retention cuts
 * after each import (the report goes with its stream, at the daily run: storage/lifecycle/). Written
 * when the report list is read; rewritten only when the estimate or the actuals
 * changed (a later import), so reading the list stays a read.
 */
export async function keepFinalReports(db: RadarDb, streams: readonly StreamSummary[], now: number): Promise<number> {
  let written = 0;
  for (const s of streams) {
    if (now - s.lastAt < ENDED_AFTER_MS || (!s.estimate && !s.actual)) continue;
    const stored = await loadStreamReport(db, s.streamId).catch(() => undefined);
    const same =
      stored &&
      (stored.estimate?.at ?? null) === (s.estimate?.at ?? null) &&
      JSON.stringify(stored.actuals) === JSON.stringify(s.actual);
    if (same) continue;
    await saveStreamReport(db, { streamId: s.streamId, createdAt: now, estimate: s.estimate, actuals: s.actual });
    written++;
  }
  return written;
}
