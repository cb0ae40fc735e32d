import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CancelledBy } from '../../../../core/records/orders';
import { deleteOrdersPaidBefore, loadHistory, upsertOrders } from '../../../../storage/history-store';
import { DAY, exportOf, freshDb, HOUR, spyOn, T } from './helpers';

/** Six orders paid on the hour from 10:00 to 15:00, one unpaid: with chunks of 2, [P0 P1] [P2 P3] [P4 P5] [U]. */
const six = exportOf([
  ...[0, 1, 2, 3, 4, 5].map((h) => ({ id: `P${h}`, paidAt: T + h * HOUR, shippedAt: T + (h + 20) * HOUR })),
  { id: 'U', cancelledAt: T, cancelledBy: CancelledBy.system },
]);

describe('loadHistory', () => {
  it('gives every order as typed-array columns, unpaid ones included', async () => {
    const db = freshDb();
    await upsertOrders(db, six, { source: 's', chunkSize: 2 });
    const h = await loadHistory(db);
    expect(h.orders.length).toBe(7);
    expect(h.orders.paidAt).toBeInstanceOf(Float64Array);
    expect(h.orders.cancelledBy).toBeInstanceOf(Uint8Array);
    // P0–P5 then U (NaN), shipped 20 h after payment.
    expect(Array.from(h.orders.paidAt, (t) => (t - T) / HOUR)).toEqual([0, 1, 2, 3, 4, 5, Number.NaN]);
    expect(Array.from(h.orders.shippedAt, (t) => (t - T) / HOUR)).toEqual([20, 21, 22, 23, 24, 25, Number.NaN]);
    expect(Array.from(h.orders.cancelledBy)).toEqual([0, 0, 0, 0, 0, 0, CancelledBy.system]);
    expect(h.carrier).toHaveLength(7);
  });

  it('reads only the chunks whose paid bounds meet the range', async () => {
    const db = freshDb();
    const spy = spyOn(db);
    await upsertOrders(db, six, { source: 's', chunkSize: 2 });
    spy.chunkReads.length = 0;
    // 11:00–12:00: P1 (chunk 0) and P2 (chunk 1); chunk 2 starts at 14:00 and chunk 3 has no paid order.
    const h = await loadHistory(db, { from: T + HOUR, to: T + 2 * HOUR });
    expect(Array.from(h.orders.paidAt, (t) => (t - T) / HOUR)).toEqual([1, 2]);
    expect(spy.chunkReads).toEqual([0, 1]);
    expect(spy.chunkScans).toBe(0);
    // From 14:30 on: P5 only, from chunk 2 (ends 15:00); chunk 1 ends at 13:00.
    spy.chunkReads.length = 0;
    expect(Array.from((await loadHistory(db, { from: T + 4.5 * HOUR })).orders.paidAt)).toEqual([T + 5 * HOUR]);
    expect(spy.chunkReads).toEqual([2]);
    // Up to 09:59:59.999: nothing, and no chunk read at all.
    spy.chunkReads.length = 0;
    expect((await loadHistory(db, { to: T - 1 })).orders.length).toBe(0);
    expect(spy.chunkReads).toEqual([]);
    // Bounds are inclusive: exactly 15:00 is P5.
    expect((await loadHistory(db, { from: T + 5 * HOUR, to: T + 5 * HOUR })).orders.length).toBe(1);
  });
});

describe('deleteOrdersPaidBefore', () => {
  // Chunks of 2, by paid time then the unpaid: [D−3 D−2] [D−1 D0] [U1 U2].
  // U1 was never paid and was cancelled on day −2; U2 has no instant at all.
  const orders = exportOf([
    { id: 'D-3', paidAt: T - 3 * DAY },
    { id: 'D-2', paidAt: T - 2 * DAY, shippedAt: T },
    { id: 'D-1', paidAt: T - DAY },
    { id: 'D0', paidAt: T },
    { id: 'U1', cancelledAt: T - 2 * DAY },
    { id: 'U2' },
  ]);

  it('removes orders paid before the cutoff, rewriting or deleting chunks with their id lists', async () => {
    const db = freshDb();
    const spy = spyOn(db);
    await upsertOrders(db, orders, { source: 's', chunkSize: 2 });
    spy.chunkReads.length = 0;
    // Cutoff day −1: D−3 and D−2 go (chunk 0 empties: deleted), U1's last event is day −2 (goes: chunk 2
    // rewritten to [U2]); D−1 is paid exactly at the cutoff and stays. 3 removed.
    expect(await deleteOrdersPaidBefore(db, T - DAY)).toEqual({ removed: 3, chunksRewritten: 1, chunksDeleted: 1 });
    // Chunk 1 (paid from day −1) cannot hold an expired order and is not even read.
    expect(spy.chunkReads).toEqual([0, 2]);
    expect(await db.orderIndex.toArray()).toEqual([
      { chunkId: 1, ids: ['D-1', 'D0'] },
      { chunkId: 2, ids: ['U2'] },
    ]);
    const chunks = await db.orderChunks.toArray();
    expect(chunks.map((c) => [c.id, c.count, c.unpaid])).toEqual([
      [1, 2, 0],
      [2, 1, 1],
    ]);
    expect(Array.from((await loadHistory(db)).orders.paidAt)).toEqual([T - DAY, T, Number.NaN]);
    // Nothing more to remove the second time.
    expect(await deleteOrdersPaidBefore(db, T - DAY)).toEqual({ removed: 0, chunksRewritten: 0, chunksDeleted: 0 });
  });

  it('keeps the index usable: later imports find the kept orders and fill the rewritten last chunk', async () => {
    const db = freshDb();
    await upsertOrders(db, orders, { source: 's', chunkSize: 2 });
    await deleteOrdersPaidBefore(db, T - DAY);
    // D−1 and D0 are found (unchanged); D1 is new and joins U2 in chunk 2, which has room for 1.
    const again = exportOf([
      { id: 'D-1', paidAt: T - DAY },
      { id: 'D0', paidAt: T },
      { id: 'D1', paidAt: T + DAY },
    ]);
    expect(await upsertOrders(db, again, { source: 's', chunkSize: 2 })).toEqual({
      added: 1,
      updated: 0,
      unchanged: 2,
    });
    expect((await db.orderIndex.get(2))?.ids).toEqual(['U2', 'D1']);
    expect(await db.orderChunks.get(2)).toMatchObject({ count: 2, minPaidAt: T + DAY, maxPaidAt: T + DAY, unpaid: 1 });
  });

  it('removes everything paid when the cutoff is after the last payment, and nothing when before the first', async () => {
    const db = freshDb();
    await upsertOrders(db, orders, { source: 's', chunkSize: 2 });
    expect((await deleteOrdersPaidBefore(db, T - 4 * DAY)).removed).toBe(0);
    // Day +1: all four paid orders and U1 go; U2 (undated) stays.
    expect((await deleteOrdersPaidBefore(db, T + DAY)).removed).toBe(5);
    expect(await db.orderIndex.toArray()).toEqual([{ chunkId: 2, ids: ['U2'] }]);
  });
});
