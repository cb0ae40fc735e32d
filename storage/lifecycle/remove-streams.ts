import Dexie from 'dexie';
import type { RadarDb } from '../db';

/** What removing streams took out of each table. */
export type RemovedStreams = {
  streams: number;
  snapshots: number;
  estimates: number;
  reports: number;
  feedOrders: number;
};

/** The tables holding a stream's rows: all of them are written together, so they are removed together. */
export const streamTables = (db: RadarDb) => [db.streams, db.snapshots, db.estimates, db.reports, db.feedOrders];

const wholeStream = (streamId: string): [[string, unknown], [string, unknown]] => [
  [streamId, Dexie.minKey],
  [streamId, Dexie.maxKey],
];

/**
 * Removes every row of the given streams — the stream, its readings, its estimate, its final report and
 * the feed's order ids its count holds — in ONE transaction, so no stream is ever left half removed.
 * Call inside a transaction over `streamTables(db)` or alone (Dexie opens one).
 */
export function removeStreams(db: RadarDb, streamIds: readonly string[]): Promise<RemovedStreams> {
  return db.transaction('rw', streamTables(db), async () => {
    const out: RemovedStreams = { streams: 0, snapshots: 0, estimates: 0, reports: 0, feedOrders: 0 };
    if (streamIds.length === 0) return out;
    const [streams, estimates, reports] = await Promise.all([
      db.streams.bulkGet([...streamIds]),
      db.estimates.bulkGet([...streamIds]),
      db.reports.bulkGet([...streamIds]),
    ]);
    out.streams = streams.filter(Boolean).length;
    out.estimates = estimates.filter(Boolean).length;
    out.reports = reports.filter(Boolean).length;
    for (const id of streamIds) {
      out.snapshots += await db.snapshots
        .where('[streamId+seq]')
        .between(...wholeStream(id))
        .delete();
      out.feedOrders += await db.feedOrders
        .where('[streamId+orderId]')
        .between(...wholeStream(id))
        .delete();
    }
    await db.streams.bulkDelete([...streamIds]);
    await db.estimates.bulkDelete([...streamIds]);
    await db.reports.bulkDelete([...streamIds]);
    return out;
  });
}
