import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import { RadarDb } from '../../../../storage/db';
import { HISTORY_STORES } from '../../../../storage/history/records';
import { deleteOrdersPaidBefore, exportBackup, loadHistory, upsertOrders } from '../../../../storage/history-store';
import { snap } from '../../helpers';
import { detailsOf, exportOf, HOUR, rowsOf, T } from './helpers';

const NAME = `history-migration-${process.pid}`;
const open: Dexie[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Dexie.delete(NAME);
});

describe('RadarDb version 1 → 4', () => {
  it('keeps every row of the version-1 tables and adds the empty history tables', async () => {
    // The database as version 1 of the extension left it: the same stores, written by plain Dexie.
    const v1 = new Dexie(NAME);
    open.push(v1);
    v1.version(1).stores({ streams: 'streamId, lastAt', snapshots: '[streamId+seq]', estimates: 'streamId' });
    const readings = [snap(0, T, 500), snap(1, T + 60_000, 560), snap(2, T + 120_000, 800), snap(0, T, 10, 'demo:2')];
    const stream = {
      streamId: 'demo:7301234567',
      source: 'demo',
      firstSeq: 0,
      firstAt: T,
      firstPaidOrders: 500,
      lastSeq: 2,
      lastAt: T + 120_000,
      lastPaidOrders: 800,
      snapshots: 3,
    };
    const estimate = computeEstimate(readings.slice(0, 3), defaultSettings, T + 120_000);
    const other = {
      ...stream,
      streamId: 'demo:2',
      firstPaidOrders: 10,
      lastSeq: 0,
      lastAt: T,
      lastPaidOrders: 10,
      snapshots: 1,
    };
    await v1.table('streams').bulkAdd([stream, other]);
    await v1.table('snapshots').bulkAdd(readings);
    await v1.table('estimates').add(estimate);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new RadarDb(NAME);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    // 2 streams, 4 snapshots (3 + 1), 1 estimate: all there, unchanged, and the indexes still work.
    expect(await db.streams.orderBy('streamId').toArray()).toEqual([other, stream]);
    expect(await db.snapshots.toArray()).toEqual([readings[3], ...readings.slice(0, 3)]); // '[demo:2+0]' sorts first
    expect(await db.snapshots.get(['demo:7301234567', 2])).toEqual(readings[2]);
    expect(
      await db.streams
        .where('lastAt')
        .equals(T + 120_000)
        .count(),
    ).toBe(1);
    expect(await db.estimates.get('demo:7301234567')).toEqual(estimate);
    expect(await db.orderChunks.count()).toBe(0);
    expect(await db.orderIndex.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    expect(await db.settingsHistory.count()).toBe(0);
    expect(await db.reports.count()).toBe(0);
    expect(await db.feedOrders.count()).toBe(0);
    // The new tables work on the migrated database.
    await upsertOrders(db, exportOf([{ id: 'A', paidAt: T }]), { source: 'a.csv' });
    expect((await loadHistory(db)).orders.length).toBe(1);
  });
});

/** A chunk exactly as version 2 wrote it: eight columns, carrier and room, no order details. */
function v2Chunk(id: number, paid: number[], carrier: string[]) {
  const n = paid.length;
  const nan = () => new Float64Array(n).fill(Number.NaN);
  return {
    id,
    count: n,
    columns: {
      paidAt: Float64Array.from(paid),
      shippedAt: nan(),
      deliveredAt: nan(),
      deliverBy: nan(),
      shipBy: nan(),
      cancelledAt: nan(),
      cancelledBy: new Uint8Array(n),
      flags: new Uint8Array(n),
    },
    carrier,
    liveRoomId: carrier.map(() => ''),
    minPaidAt: Math.min(...paid),
    maxPaidAt: Math.max(...paid),
    unpaid: 0,
  };
}

describe('RadarDb version 2 → 4: order chunks written by version 2', () => {
  it('load with every row kept, the new columns unknown, and take new orders and details', async () => {
    const v2 = new Dexie(NAME);
    open.push(v2);
    v2.version(1).stores({ streams: 'streamId, lastAt', snapshots: '[streamId+seq]', estimates: 'streamId' });
    v2.version(2).stores(HISTORY_STORES);
    // Two full chunks of two and an open one: 5 orders paid an hour apart from T.
    const paid = [0, 1, 2, 3, 4].map((h) => T + h * HOUR);
    await v2
      .table('orderChunks')
      .bulkAdd([
        v2Chunk(0, paid.slice(0, 2), ['ZTO', 'YTO']),
        v2Chunk(1, paid.slice(2, 4), ['ZTO', '']),
        v2Chunk(2, paid.slice(4), ['SF Express']),
      ]);
    await v2.table('orderIndex').bulkAdd([
      { chunkId: 0, ids: ['O0', 'O1'] },
      { chunkId: 1, ids: ['O2', 'O3'] },
      { chunkId: 2, ids: ['O4'] },
    ]);
    v2.close();

    const db = new RadarDb(NAME);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(5); // upgraded by adding tables; the chunks stay as version 2 wrote them
    expect(Object.keys((await db.orderChunks.get(0)) ?? {})).toContain('product'); // completed as read
    const h = await loadHistory(db);
    // All five, as version 2 stored them, and nothing known of the new columns.
    expect(Array.from(h.orders.paidAt)).toEqual(paid);
    expect(h.carrier).toEqual(['ZTO', 'YTO', 'ZTO', '', 'SF Express']);
    const unknown = { createdAt: Number.NaN, rtsAt: Number.NaN, quantity: 0, product: '', promise: '', region: '' };
    expect(detailsOf(h)).toEqual(paid.map(() => unknown));

    // An old order takes in its details; a new one goes into the open version-2 chunk (2 then holds 2 orders).
    const x = exportOf([
      { id: 'O1', paidAt: paid[1], createdAt: paid[1] - 60_000, quantity: 3, product: 'Tee', region: '浙江省' },
      { id: 'O5', paidAt: T + 5 * HOUR, rtsAt: T + 7 * HOUR, quantity: 1, product: 'Mug' },
    ]);
    expect(await upsertOrders(db, x, { source: 'new.csv', chunkSize: 2 })).toEqual({
      added: 1,
      updated: 1,
      unchanged: 0,
    });
    const after = await loadHistory(db);
    expect(rowsOf(after).length).toBe(6);
    expect(detailsOf(after)[1]).toEqual({
      ...unknown,
      createdAt: paid[1] - 60_000,
      quantity: 3,
      product: 'Tee',
      region: '浙江省',
    });
    expect(detailsOf(after)[5]).toEqual({ ...unknown, rtsAt: T + 7 * HOUR, quantity: 1, product: 'Mug' });
    expect(detailsOf(after)[4]).toEqual(unknown); // O4, in the same chunk as O5
    // Retention and the backup read the old chunks too: O0 and O1 are paid before T + 2 h.
    expect((await deleteOrdersPaidBefore(db, T + 2 * HOUR - 1)).removed).toBe(2);
    expect(JSON.parse(await exportBackup(db)).orderChunks.map((c: { ids: string[] }) => c.ids)).toEqual([
      ['O2', 'O3'],
      ['O4', 'O5'],
    ]);
  });
});
