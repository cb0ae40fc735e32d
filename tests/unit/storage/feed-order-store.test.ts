import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../core/records/snapshot';
import { RadarDb } from '../../../storage/db';
import { countFeedOrders, knownFeedOrders } from '../../../storage/feed-order-store';
import { HISTORY_STORES } from '../../../storage/history/records';
import { storeSnapshots, streamHead } from '../../../storage/snapshot-store';
import { sh } from '../helpers';

const ROOM = 'douyin:7301234567890123456';
const T = sh('2026-11-25', '20:00');
/** A reading of the order feed: `paidOrders` distinct paid orders counted so far. */
const feedSnap = (seq: number, paidOrders: number, capture = 'tab-1', streamId = ROOM): Snapshot => ({
  streamId,
  seq,
  at: T + seq * 1000,
  paidOrders,
  source: 'douyin/network-events',
  capture,
});
const id = (n: number) => `691754321098765${String(n).padStart(4, '0')}`;

let n = 0;
const open: Dexie[] = [];
const freshDb = () => {
  const db = new RadarDb(`feed-order-store-test-${process.pid}-${++n}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('the order feed’s memory, stored with the snapshots', () => {
  it('lists the ids a snapshot counted in the same transaction, and the stream head says how many', async () => {
    const db = freshDb();
    const ack = await storeSnapshots(
      db,
      [feedSnap(0, 2), feedSnap(1, 3)],
      [
        { seq: 0, orderIds: [id(1), id(2)] },
        { seq: 1, orderIds: [id(3)] },
      ],
    );
    expect(ack).toEqual({ ackedSeq: 1, stored: 2 });
    expect(await streamHead(db, ROOM)).toEqual({ lastSeq: 1, lastPaidOrders: 3, feedOrders: 3 });
    // Only the stream and the order id are kept: no buyer, product or time.
    expect(await db.feedOrders.toArray()).toEqual([1, 2, 3].map((i) => ({ streamId: ROOM, orderId: id(i) })));
    expect(await knownFeedOrders(db, ROOM, [id(4), id(2), id(1)])).toEqual([id(2), id(1)]);
  });

  it('writes nothing twice for a resent batch, and nothing for another stream', async () => {
    const db = freshDb();
    const batch = [feedSnap(0, 1)];
    const ids = [{ seq: 0, orderIds: [id(1)] }];
    await storeSnapshots(db, batch, ids);
    // The acknowledgement was lost with a stopped service worker: the tab sends the same batch again.
    expect(await storeSnapshots(db, batch, ids)).toEqual({ ackedSeq: 0, stored: 0 });
    expect(await countFeedOrders(db, ROOM)).toBe(1);
    await storeSnapshots(db, [feedSnap(0, 1, 'tab-9', 'douyin:1')], [{ seq: 0, orderIds: [id(1)] }]);
    expect(await countFeedOrders(db, ROOM)).toBe(1);
    expect(await countFeedOrders(db, 'douyin:1')).toBe(1);
    expect(await knownFeedOrders(db, 'douyin:2', [id(1)])).toEqual([]);
  });

  it('does not list the ids of a snapshot another capture’s seq refused, until they come again renumbered', async () => {
    const db = freshDb();
    await storeSnapshots(db, [feedSnap(0, 5, 'manual')]); // a count typed in the popup took seq 0
    const ack = await storeSnapshots(db, [feedSnap(0, 1)], [{ seq: 0, orderIds: [id(1)] }]);
    expect(ack).toEqual({ ackedSeq: -1, stored: 0, renumberFrom: 1, headPaidOrders: 5 });
    expect(await countFeedOrders(db, ROOM)).toBe(0); // its count was not stored, so neither are its orders
    await storeSnapshots(db, [feedSnap(1, 6)], [{ seq: 1, orderIds: [id(1)] }]);
    expect(await knownFeedOrders(db, ROOM, [id(1)])).toEqual([id(1)]);
  });

  it('keeps neither the snapshot nor its ids when writing the ids fails', async () => {
    const db = freshDb();
    await storeSnapshots(db, [feedSnap(0, 1)], [{ seq: 0, orderIds: [id(1)] }]);
    // The disk fills up as the ids are written: the count they raised must not be kept without them.
    db.feedOrders.bulkPut = (() => Promise.reject(new Error('QuotaExceededError'))) as never;
    await expect(storeSnapshots(db, [feedSnap(1, 2)], [{ seq: 1, orderIds: [id(2)] }])).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(await streamHead(db, ROOM)).toEqual({ lastSeq: 0, lastPaidOrders: 1, feedOrders: 1 });
    expect(await db.snapshots.count()).toBe(1);
  });
});

describe('RadarDb version 3 → 4', () => {
  it('keeps every version-3 row and adds the empty feed-order table', async () => {
    const name = `feed-order-migration-${process.pid}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({ streams: 'streamId, lastAt', snapshots: '[streamId+seq]', estimates: 'streamId' });
    v3.version(2).stores(HISTORY_STORES);
    v3.version(3).stores({ settingsHistory: '++id, savedAt', reports: 'streamId, createdAt', historyMeta: 'key' });
    const row = {
      streamId: ROOM,
      source: 'douyin/network',
      firstSeq: 0,
      firstAt: T,
      firstPaidOrders: 1200,
      lastSeq: 0,
      lastAt: T,
      lastPaidOrders: 1200,
      snapshots: 1,
    };
    await v3.table('streams').add(row);
    await v3.table('snapshots').add({ ...feedSnap(0, 1200), source: 'douyin/network' });
    v3.close();

    const db = new RadarDb(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.streams.get(ROOM)).toEqual(row);
    // 1,200 recorded and no order listed: a feed on this stream starts from a baseline, never counting twice.
    expect(await streamHead(db, ROOM)).toEqual({ lastSeq: 0, lastPaidOrders: 1200, feedOrders: 0 });
  });
});
