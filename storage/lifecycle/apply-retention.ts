import {
  expiredImports,
  expiredSettingsVersions,
  expiredStreams,
  newestEvent,
  retentionCutoff,
} from '../../core/records/retention';
import type { RadarDb } from '../db';
import { deleteOrdersPaidBefore, withHistoryLock } from '../history-store';
import { removePlans } from '../run-of-show-store';
import { type RemovedStreams, removeStreams, streamTables } from './remove-streams';

export type RetentionRun = {
  /** The cut-off used (epoch ms); null when nothing is stored, and then nothing was removed. */
  cutoff: number | null;
  streams: RemovedStreams;
  imports: number;
  settingsVersions: number;
  orders: number;
  /** Run-of-show plans (extension storage) of the streams that went, or saved before the cut-off for none kept. */
  plans: number;
  /** Stage counters' readings last seen before the cut-off (the store keeps two days of them anyway). */
  stageReadings: number;
};

/**
 * The newest stored event (core/records/retention.ts `newestEvent`): a stream's last reading or an
 * order's paid time; else an import, a saved settings version or a final report. Each read through its
 * index, one row each.
 */
export async function newestStored(db: RadarDb): Promise<number | null> {
  return db.transaction('r', [db.streams, db.orderChunks, db.imports, db.settingsHistory, db.reports], async () =>
    newestEvent(
      [
        (await db.streams.orderBy('lastAt').last())?.lastAt,
        (await db.orderChunks.orderBy('maxPaidAt').last())?.maxPaidAt,
      ],
      [
        (await db.imports.orderBy('at').last())?.at,
        (await db.settingsHistory.orderBy('savedAt').last())?.savedAt,
        (await db.reports.orderBy('createdAt').last())?.createdAt,
      ],
    ),
  );
}

/**
 * Applies the retention window to every table (core/records/retention.ts), one transaction per table:
 * the expired streams with all their rows together (and any estimate or report left without its
 * stream), the import records, the settings versions, then the orders (under the history's lock, in
 * the history store's own batches). A failure leaves each table either done or untouched.
 */
export async function applyRetention(db: RadarDb, now: number, retentionDays: number): Promise<RetentionRun> {
  const cutoff = retentionCutoff(now, await newestStored(db), retentionDays);
  const none: RemovedStreams = { streams: 0, snapshots: 0, estimates: 0, reports: 0, feedOrders: 0 };
  if (cutoff === null)
    return { cutoff, streams: none, imports: 0, settingsVersions: 0, orders: 0, plans: 0, stageReadings: 0 };

  const expired: string[] = [];
  const streams = await db.transaction('rw', streamTables(db), async () => {
    const rows = await db.streams.where('lastAt').below(cutoff).toArray();
    expired.push(...expiredStreams(rows, cutoff));
    const removed = await removeStreams(db, expired);
    // An estimate the worker wrote after its stream went, or a report without a stream: nothing shows them.
    const kept = new Set(await db.streams.toCollection().primaryKeys());
    const orphanEstimates = (await db.estimates.toCollection().primaryKeys()).filter((id) => !kept.has(id));
    const orphanReports = (await db.reports.where('createdAt').below(cutoff).primaryKeys()).filter(
      (id) => !kept.has(id),
    );
    await db.estimates.bulkDelete(orphanEstimates);
    await db.reports.bulkDelete(orphanReports);
    return {
      ...removed,
      estimates: removed.estimates + orphanEstimates.length,
      reports: removed.reports + orphanReports.length,
    };
  });
  const imports = await db.transaction('rw', db.imports, async () => {
    const ids = expiredImports(await db.imports.where('at').below(cutoff).toArray(), cutoff);
    await db.imports.bulkDelete(ids);
    return ids.length;
  });
  const settingsVersions = await db.transaction('rw', db.settingsHistory, async () => {
    const ids = expiredSettingsVersions(await db.settingsHistory.where('savedAt').below(cutoff).toArray(), cutoff);
    await db.settingsHistory.bulkDelete(ids);
    return ids.length;
  });
  const orders = await withHistoryLock(() => deleteOrdersPaidBefore(db, cutoff));
  // A plan goes with its stream, and one saved before the cut-off for a stream never recorded goes too.
  const kept = new Set(await db.streams.toCollection().primaryKeys());
  const plans = await removePlans((id, savedAt) => expired.includes(id) || (!kept.has(id) && savedAt < cutoff));
  const stageReadings = await db.stageReadings.where('until').below(cutoff).delete();
  return { cutoff, streams, imports, settingsVersions, orders: orders.removed, plans, stageReadings };
}
