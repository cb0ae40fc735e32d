import { DAY, MINUTE } from '../core/lib/time';
import {
  type ObservedCounts,
  readingPage,
  type StageReading,
  type StageReadingRow,
} from '../core/records/stage-reading';
import type { RadarDb } from './db';

/**
 * The warehouse's stage counts as pages showed them (core/records/stage-reading.ts), one row per change:
 * a reading equal to the last one from the same page only moves that row's `until`, so a watched tab
 * polling all evening writes a row per moving number, not per poll. Written by the background only.
 */

/** A gap longer than this between two equal readings is a new row: nobody saw the counts in between. */
export const CONFIRM_GAP_MS = 5 * MINUTE;
/** Stage counts describe the warehouse now: the watchdog and the re-anchoring look back hours, not weeks. */
export const STAGE_READINGS_KEPT_MS = 2 * DAY;

const sameCounts = (a: ObservedCounts, b: ObservedCounts) =>
  a.pickPack === b.pickPack && a.shipTransport === b.shipTransport && a.shippedToday === b.shippedToday;

/** Stores one reading; true when it is a new row (a number moved, or the page was away), false when it confirmed the last. */
export async function recordStageReading(db: RadarDb, reading: Omit<StageReading, 'until'>): Promise<boolean> {
  return db.transaction('rw', db.stageReadings, async () => {
    const last = await db.stageReadings
      .where('at')
      .belowOrEqual(reading.at)
      .filter((r) => readingPage(r) === readingPage(reading))
      .last();
    if (
      last?.id !== undefined &&
      sameCounts(last.counts, reading.counts) &&
      reading.at - last.until <= CONFIRM_GAP_MS
    ) {
      if (reading.at > last.until) await db.stageReadings.update(last.id, { until: reading.at });
      return false;
    }
    await db.stageReadings.add({ ...reading, until: reading.at });
    await db.stageReadings
      .where('until')
      .below(reading.at - STAGE_READINGS_KEPT_MS)
      .delete();
    return true;
  });
}

/** The readings whose span reaches into [from, to], oldest first. */
export async function stageReadingsBetween(db: RadarDb, from: number, to: number): Promise<StageReadingRow[]> {
  const rows = await db.stageReadings.where('until').aboveOrEqual(from).toArray();
  return rows.filter((r) => r.at <= to).sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}
