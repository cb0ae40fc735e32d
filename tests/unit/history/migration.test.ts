import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../core/estimate';
import { defaultSettings } from '../../../core/settings';
import { RadarDb } from '../../../workers/db';
import { loadHistory, upsertOrders } from '../../../workers/history-store';
import { snap } from '../helpers';
import { exportOf, T } from './helpers';

const NAME = `history-migration-${process.pid}`;
const open: Dexie[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Dexie.delete(NAME);
});

describe('RadarDb version 1 → 2', () => {
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
    expect(db.verno).toBe(2);
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
    // The new tables work on the migrated database.
    await upsertOrders(db, exportOf([{ id: 'A', paidAt: T }]), { source: 'a.csv' });
    expect((await loadHistory(db)).orders.length).toBe(1);
  });
});
