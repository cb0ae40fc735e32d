import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  deleteOrdersPaidBefore,
  exportBackup,
  loadHistory,
  restoreBackup,
  upsertOrders,
} from '../../../../storage/history-store';
import { DAY, detailsOf, exportOf, freshDb, HOUR, T } from './helpers';

const NaN_ = Number.NaN;
// Order ids shaped like Douyin's (19 digits): a backup restore checks them as an import does.
const [A, B, C] = ['6917000000000000001', '6917000000000000002', '6917000000000000003'];
const small = { chunkSize: 2, batchChunks: 1 };

/** Three orders over two chunks of two: the dictionaries of the two chunks differ and must be joined on load. */
const first = exportOf([
  { id: A, paidAt: T, createdAt: T - 60_000, rtsAt: T + 3 * HOUR, quantity: 2, product: 'Tee', region: '浙江省' },
  { id: B, paidAt: T + HOUR, quantity: 1, product: 'Socks', promise: '次日发货' },
  { id: C, paidAt: T + 2 * HOUR, quantity: 4, product: 'Tee', promise: '次日发货', region: '江苏省' },
]);

describe('order details in the history: created and RTS times, quantity, product, promise, region', () => {
  it('are stored and load back, each chunk’s dictionary joined into one', async () => {
    const db = freshDb();
    await upsertOrders(db, first, { source: 'a.csv', ...small });
    expect(await db.orderChunks.count()).toBe(2);
    // Chunk 1 holds only C: its product dictionary is ['', 'Tee'], chunk 0's ['', 'Tee', 'Socks'].
    expect((await db.orderChunks.get(1))?.product.values).toEqual(['', 'Tee']);
    const h = await loadHistory(db);
    expect(detailsOf(h)).toEqual([
      { createdAt: T - 60_000, rtsAt: T + 3 * HOUR, quantity: 2, product: 'Tee', promise: '', region: '浙江省' },
      { createdAt: NaN_, rtsAt: NaN_, quantity: 1, product: 'Socks', promise: '次日发货', region: '' },
      { createdAt: NaN_, rtsAt: NaN_, quantity: 4, product: 'Tee', promise: '次日发货', region: '江苏省' },
    ]);
    expect(h.product.values).toEqual(['', 'Tee', 'Socks']); // 'Tee' once, though two chunks hold it
  });

  it('a later export fills what was unknown; created keeps the earlier time, RTS the later, quantity the larger', async () => {
    const db = freshDb();
    await upsertOrders(db, first, { source: 'a.csv', ...small });
    const later = exportOf([
      // A: an earlier creation, a later RTS, a smaller count, another product and region: only the times move.
      {
        id: A,
        paidAt: T,
        createdAt: T - 120_000,
        rtsAt: T + 4 * HOUR,
        quantity: 1,
        product: 'Mug',
        region: '上海市',
      },
      // B: creation and region now known; its promise stays.
      { id: B, paidAt: T + HOUR, createdAt: T + HOUR - 30_000, quantity: 1, promise: '48小时发货', region: '广东省' },
    ]);
    expect(await upsertOrders(db, later, { source: 'b.csv', ...small })).toEqual({
      added: 0,
      updated: 2,
      unchanged: 0,
    });
    expect(detailsOf(await loadHistory(db)).slice(0, 2)).toEqual([
      { createdAt: T - 120_000, rtsAt: T + 4 * HOUR, quantity: 2, product: 'Tee', promise: '', region: '浙江省' },
      {
        createdAt: T + HOUR - 30_000,
        rtsAt: NaN_,
        quantity: 1,
        product: 'Socks',
        promise: '次日发货',
        region: '广东省',
      },
    ]);
    // The same export again changes nothing.
    expect(await upsertOrders(db, later, { source: 'b.csv', ...small })).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('survive a retention rewrite and a backup round trip', async () => {
    const db = freshDb();
    await upsertOrders(db, first, { source: 'a.csv', ...small });
    // A cutoff between A (T) and B (T + 1 h) rewrites chunk 0 with B alone.
    expect((await deleteOrdersPaidBefore(db, T + 1)).removed).toBe(1);
    const kept = detailsOf(await loadHistory(db));
    expect(kept.map((d) => d.product)).toEqual(['Socks', 'Tee']);
    const copy = freshDb();
    await restoreBackup(copy, await exportBackup(db));
    expect(detailsOf(await loadHistory(copy))).toEqual(kept);
    expect(await copy.orderChunks.toArray()).toEqual(await db.orderChunks.toArray());
  });

  it('an unpaid order is dated by its creation time for retention', async () => {
    const db = freshDb();
    await upsertOrders(db, exportOf([{ id: 'U', createdAt: T - 200 * DAY }, { id: 'V' }]), { source: 'u.csv' });
    // U was created 200 days before T and never paid: a 120-day retention removes it; V has no time at all and stays.
    expect((await deleteOrdersPaidBefore(db, T - 120 * DAY)).removed).toBe(1);
    expect((await loadHistory(db)).orders.length).toBe(1);
  });

  it('a chunk where no order has a value of a new column is written without that column, and reads back whole', async () => {
    const db = freshDb();
    // Douyin-like: created times and regions, but no ready-to-ship time, no promise, no product.
    await upsertOrders(db, exportOf([{ id: 'A', paidAt: T, createdAt: T - 1000, region: '浙江省' }]), { source: 'd' });
    const raw = new Dexie(db.name); // no reading hook: the record as IndexedDB holds it
    await raw.open();
    const record = await raw.table('orderChunks').get(0);
    raw.close();
    expect(Object.keys(record.columns)).toContain('createdAt');
    expect(Object.keys(record.columns)).not.toContain('rtsAt');
    expect(Object.keys(record)).toEqual(expect.arrayContaining(['region']));
    expect(Object.keys(record)).not.toContain('promise');
    expect(Object.keys(record)).not.toContain('product');
    expect(detailsOf(await loadHistory(db))).toEqual([
      { createdAt: T - 1000, rtsAt: NaN_, quantity: 1, product: '', promise: '', region: '浙江省' },
    ]);
  });
});
