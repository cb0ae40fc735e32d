import type { RadarDb, StreamRow } from '../db';

/** What "Erase all" would erase, as the seller counts it: streams and readings, orders, files, versions. */
export type DataCounts = {
  streams: number;
  snapshots: number;
  orders: number;
  imports: number;
  settingsVersions: number;
  reports: number;
};

/**
 * The counts, read in one transaction. Orders are summed from the chunks' counts one chunk at a time
 * (each chunk is read whole: about a second for a million orders).
 */
export function countData(db: RadarDb): Promise<DataCounts> {
  const tables = [db.streams, db.snapshots, db.orderChunks, db.imports, db.settingsHistory, db.reports];
  return db.transaction('r', tables, async () => {
    let orders = 0;
    await db.orderChunks.each((c) => {
      orders += c.count;
    });
    return {
      streams: await db.streams.count(),
      snapshots: await db.snapshots.count(),
      orders,
      imports: await db.imports.count(),
      settingsVersions: await db.settingsHistory.count(),
      reports: await db.reports.count(),
    };
  });
}

/** The recorded streams for the options page's list, newest first, without their readings. */
export const listStreamRows = (db: RadarDb): Promise<StreamRow[]> => db.streams.orderBy('lastAt').reverse().toArray();
