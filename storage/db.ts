import Dexie, { type EntityTable } from 'dexie';
import type { Estimate } from '../core/outlook/estimate';
import type { Snapshot } from '../core/records/snapshot';
import type { StageReadingRow } from '../core/records/stage-reading';
import type { StreamReport } from '../core/report/report-schema';
import type { Settings } from '../core/settings/settings';
import { FEED_ORDER_STORES, type FeedOrderRow } from './feed-order-store';
import { completeChunk, HISTORY_STORES, type ImportRow, type OrderChunk, type OrderIndexRow } from './history/records';

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

/** One saved version of the settings (storage/settings-history.ts). */
export type SettingsVersion = { id?: number; savedAt: number; settings: Settings };

export const DB_NAME = 'les-radar';

/**
 * One IndexedDB database shared by the background (which stores snapshots) and the estimator worker
 * (which reads them and writes estimates). Each table has one writer, so the two never race; deletions
 * (retention, "Delete this stream", "Erase all": storage/lifecycle/) come from the background, the
 * history's under its Web Lock.
 */
export class RadarDb extends Dexie {
  streams!: EntityTable<StreamRow, 'streamId'>;
  snapshots!: Dexie.Table<Snapshot, [string, number]>;
  estimates!: EntityTable<Estimate, 'streamId'>;
  /** Version 2, the order history (storage/history-store.ts, its only writer). */
  orderChunks!: EntityTable<OrderChunk, 'id'>;
  orderIndex!: EntityTable<OrderIndexRow, 'chunkId'>;
  imports!: EntityTable<ImportRow, 'id'>;
  /** Version 3: every saved settings version (storage/settings-history.ts). */
  settingsHistory!: EntityTable<SettingsVersion, 'id'>;
  /** Version 3: each stream's final report (storage/report-store.ts). */
  reports!: EntityTable<StreamReport, 'streamId'>;
  /** Version 3: the token of the history's last write: it tells a cached order-id index whether it is current. */
  historyMeta!: EntityTable<{ key: string; value: string }, 'key'>;
  /** Version 4: the order ids each stream's count holds from an order feed (storage/feed-order-store.ts). */
  feedOrders!: Dexie.Table<FeedOrderRow, [string, string]>;
  /** Version 5: the warehouse's stage counts as its pages showed them (storage/stage-reading-store.ts). */
  stageReadings!: EntityTable<StageReadingRow, 'id'>;

  constructor(name = DB_NAME) {
    // Strict durability: a snapshot is acknowledged only once it is on disk.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      streams: 'streamId, lastAt',
      snapshots: '[streamId+seq]',
      estimates: 'streamId',
    });
    // Adds tables only: the version-1 tables and their rows carry over untouched.
    this.version(2).stores(HISTORY_STORES);
    // Adds tables only again. The order chunks keep their shape on disk: the columns added with this
    // version are filled in when an older chunk is read (below), not by rewriting every chunk here.
    this.version(3).stores({ settingsHistory: '++id, savedAt', reports: 'streamId, createdAt', historyMeta: 'key' });
    // Adds one table: streams recorded before it list no feed orders, so their count is larger than
    // their list and an order feed treats its first window as a baseline (never counting twice).
    this.version(4).stores(FEED_ORDER_STORES);
    // Adds one table: the stage counters' readings, by when they were read and until when they held.
    this.version(5).stores({ stageReadings: '++id, at, until' });
    // Chunks written before the order details (created and RTS times, quantity, product, promise,
    // region) existed are completed as they are read (get, bulkGet and collections alike), so no
    // reader meets a missing column.
    this.orderChunks.hook('reading', (chunk?: OrderChunk) => chunk && completeChunk(chunk));
  }
}
