import Dexie, { type EntityTable } from 'dexie';
import type { Estimate } from '../core/estimate';
import type { Snapshot } from '../core/snapshot';

/** A recorded stream's capture facts; written only by the snapshot store, in the same transaction as its snapshots. */
export type StreamRow = {
  streamId: string;
  source: string;
  firstSeq: number;
  firstAt: number;
  firstPaidOrders: number;
  lastSeq: number;
  lastAt: number;
  lastPaidOrders: number;
  snapshots: number;
};

export const DB_NAME = 'les-radar';

/**
 * One IndexedDB database shared by the background (which stores snapshots) and the estimator worker
 * (which reads them and writes estimates). Each table has one writer, so the two never race.
 */
export class RadarDb extends Dexie {
  streams!: EntityTable<StreamRow, 'streamId'>;
  snapshots!: Dexie.Table<Snapshot, [string, number]>;
  estimates!: EntityTable<Estimate, 'streamId'>;

  constructor(name = DB_NAME) {
    // Strict durability: a snapshot is acknowledged only once it is on disk.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      streams: 'streamId, lastAt',
      snapshots: '[streamId+seq]',
      estimates: 'streamId',
    });
  }
}
