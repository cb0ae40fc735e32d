import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CancelledBy } from '../../../../core/records/orders';
import { loadHistory, upsertOrders } from '../../../../storage/history-store';
import { DAY, dump, exportOf, freshDb, HOUR, rowsOf, spyOn, T } from './helpers';

const NaN_ = Number.NaN;
/** Three orders, listed out of paid order: A3 (paid 12:00, cancelled by the buyer 13:00), A1 (10:00, shipped 15:00 by SF), A2 (11:00, waiting). */
const first = exportOf([
  { id: 'A3', paidAt: T + 2 * HOUR, cancelledAt: T + 3 * HOUR, cancelledBy: CancelledBy.buyer },
  { id: 'A1', paidAt: T, shippedAt: T + 5 * HOUR, carrier: 'SF Express', room: '7301' },
  { id: 'A2', paidAt: T + HOUR },
]);
/** The next day's export: A2 now shipped at 14:00 by ZTO, A3 the same, A4 new (paid 13:00). */
const second = exportOf([
  { id: 'A2', paidAt: T + HOUR, shippedAt: T + 4 * HOUR, carrier: 'ZTO' },
  { id: 'A3', paidAt: T + 2 * HOUR, cancelledAt: T + 3 * HOUR, cancelledBy: CancelledBy.buyer },
  { id: 'A4', paidAt: T + 3 * HOUR },
]);

const row = (r: Partial<ReturnType<typeof rowsOf>[number]>) => ({
  paidAt: NaN_,
  shippedAt: NaN_,
  deliveredAt: NaN_,
  deliverBy: NaN_,
  shipBy: NaN_,
  cancelledAt: NaN_,
  cancelledBy: 0,
  flags: 0,
  carrier: '',
  liveRoomId: '',
  ...r,
});
const a1 = row({ paidAt: T, shippedAt: T + 5 * HOUR, carrier: 'SF Express', liveRoomId: '7301' });
const a2 = row({ paidAt: T + HOUR });
const a3 = row({ paidAt: T + 2 * HOUR, cancelledAt: T + 3 * HOUR, cancelledBy: CancelledBy.buyer });

describe('upsertOrders', () => {
  it('stores a small export as one chunk, in paid order, with its id list and an import record', async () => {
    const db = freshDb();
    expect(await upsertOrders(db, first, { source: 'orders-1120.csv', at: T + DAY })).toEqual({
      added: 3,
      updated: 0,
      unchanged: 0,
    });
    const [chunk] = await db.orderChunks.toArray();
    // Sorted by paid time: A1 10:00, A2 11:00, A3 12:00; bounds 10:00 … 12:00, none unpaid.
    expect(chunk).toMatchObject({ id: 0, count: 3, minPaidAt: T, maxPaidAt: T + 2 * HOUR, unpaid: 0 });
    expect(chunk.columns.paidAt).toBeInstanceOf(Float64Array);
    expect(chunk.columns.flags).toBeInstanceOf(Uint8Array);
    expect(await db.orderIndex.toArray()).toEqual([{ chunkId: 0, ids: ['A1', 'A2', 'A3'] }]);
    expect(await db.imports.toArray()).toEqual([
      {
        id: 1,
        name: 'orders-1120.csv',
        format: 'douyin',
        rows: 3,
        added: 3,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        at: T + DAY,
      },
    ]);
    expect(rowsOf(await loadHistory(db))).toEqual([a1, a2, a3]);
  });

  it('stores nothing new when the same export comes again', async () => {
    const db = freshDb();
    const spy = spyOn(db);
    await upsertOrders(db, first, { source: 'a.csv' });
    const before = await dump(db);
    const writes = { ...spy.writes }; // 1 chunk put, 1 id-list put, 1 import add, 1 write token
    expect(writes).toEqual({ orderChunks: 1, orderIndex: 1, imports: 1, historyMeta: 1 });
    expect(await upsertOrders(db, first, { source: 'a.csv' })).toEqual({ added: 0, updated: 0, unchanged: 3 });
    // Only the second import's own record is written: no chunk, no id list.
    expect(spy.writes).toEqual({ orderChunks: 1, orderIndex: 1, imports: 2, historyMeta: 1 });
    const after = await dump(db);
    expect(after.chunks).toEqual(before.chunks);
    expect(after.index).toEqual(before.index);
    expect(after.imports[1]).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('updates an order that shipped since in place, appends the new one, and keeps what the older export lacks', async () => {
    const db = freshDb();
    await upsertOrders(db, first, { source: 'day-1.csv' });
    // A2 changed (shipped), A3 identical, A4 new.
    expect(await upsertOrders(db, second, { source: 'day-2.csv' })).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const a2Shipped = { ...a2, shippedAt: T + 4 * HOUR, carrier: 'ZTO' };
    const a4 = row({ paidAt: T + 3 * HOUR });
    expect(rowsOf(await loadHistory(db))).toEqual([a1, a2Shipped, a3, a4]);
    // Still one chunk: A2 kept its row 1, A4 went to row 3.
    expect(await db.orderIndex.toArray()).toEqual([{ chunkId: 0, ids: ['A1', 'A2', 'A3', 'A4'] }]);
    // The older export again: A2 unshipped there, but a known instant is never replaced by "not yet".
    expect(await upsertOrders(db, first, { source: 'day-1.csv' })).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(rowsOf(await loadHistory(db))).toEqual([a1, a2Shipped, a3, a4]);
  });

  it('ends in the same store whichever of two overlapping exports comes first', async () => {
    const ab = freshDb();
    await upsertOrders(ab, first, { source: '1' });
    await upsertOrders(ab, second, { source: '2' });
    const ba = freshDb();
    // second first: A2 (shipped), A3, A4 stored; then first adds A1 and finds A2, A3 unchanged.
    expect(await upsertOrders(ba, second, { source: '2' })).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await upsertOrders(ba, first, { source: '1' })).toEqual({ added: 1, updated: 0, unchanged: 2 });
    const sortByPaid = (rows: ReturnType<typeof rowsOf>) => [...rows].sort((x, y) => x.paidAt - y.paidAt);
    expect(sortByPaid(rowsOf(await loadHistory(ba)))).toEqual(sortByPaid(rowsOf(await loadHistory(ab))));
  });

  it('merges conflicting instants by fixed rules: earlier paid and cancelled, later shipped and delivered', async () => {
    const db = freshDb();
    await upsertOrders(db, exportOf([{ id: 'X', paidAt: T, shippedAt: T + 5 * HOUR, flags: 2 }]), { source: '1' });
    const other = exportOf([
      { id: 'X', paidAt: T + HOUR, shippedAt: T + 6 * HOUR, deliveredAt: T + 50 * HOUR, flags: 4, carrier: 'YTO' },
    ]);
    expect(await upsertOrders(db, other, { source: '2' })).toEqual({ added: 0, updated: 1, unchanged: 0 });
    // paid stays 10:00 (earlier), shipped moves to 16:00 (the last parcel), delivered filled, flags 2 | 4 = 6.
    expect(rowsOf(await loadHistory(db))).toEqual([
      row({ paidAt: T, shippedAt: T + 6 * HOUR, deliveredAt: T + 50 * HOUR, flags: 6, carrier: 'YTO' }),
    ]);
  });

  it('fills the last chunk, then opens new ones, when chunks are small', async () => {
    const db = freshDb();
    const opts = { source: 's', chunkSize: 2 };
    const ids = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, k) => ({ id: `O${from + k}`, paidAt: T + (from + k) * HOUR }));
    // 5 orders in chunks of 2: [O1 O2] [O3 O4] [O5].
    expect(await upsertOrders(db, exportOf(ids(1, 5)), opts)).toEqual({ added: 5, updated: 0, unchanged: 0 });
    // 2 more: O6 fills chunk 2, O7 opens chunk 3.
    expect(await upsertOrders(db, exportOf(ids(4, 7)), opts)).toEqual({ added: 2, updated: 0, unchanged: 2 });
    expect(await db.orderIndex.toArray()).toEqual([
      { chunkId: 0, ids: ['O1', 'O2'] },
      { chunkId: 1, ids: ['O3', 'O4'] },
      { chunkId: 2, ids: ['O5', 'O6'] },
      { chunkId: 3, ids: ['O7'] },
    ]);
    const chunks = await db.orderChunks.toArray();
    expect(chunks.map((c) => [c.count, c.minPaidAt - T, c.maxPaidAt - T])).toEqual([
      [2, HOUR, 2 * HOUR],
      [2, 3 * HOUR, 4 * HOUR],
      [2, 5 * HOUR, 6 * HOUR],
      [1, 7 * HOUR, 7 * HOUR],
    ]);
    expect((await loadHistory(db)).orders.length).toBe(7);
  });

  it('puts unpaid orders after the paid ones and leaves them out of the paid bounds', async () => {
    const db = freshDb();
    await upsertOrders(
      db,
      exportOf([
        { id: 'U', cancelledAt: T },
        { id: 'P', paidAt: T + HOUR },
      ]),
      { source: 's' },
    );
    expect(await db.orderIndex.toArray()).toEqual([{ chunkId: 0, ids: ['P', 'U'] }]);
    expect(await db.orderChunks.get(0)).toMatchObject({ minPaidAt: T + HOUR, maxPaidAt: T + HOUR, unpaid: 1 });
  });

  it('counts the rejected rows the reader summarised, and refuses an export that repeats an id', async () => {
    const db = freshDb();
    const x = exportOf([{ id: 'A', paidAt: T }]);
    // 1,000 listed rejections, then "this row and 41 after it": 1,000 + 42 = 1,042.
    x.rejected = [
      ...Array.from({ length: 1000 }, (_, k) => ({ row: k + 2, field: 'Paid Time', reason: 'not a date' })),
      { row: 1002, field: '(file)', reason: 'this row and 41 after it were rejected too' },
    ];
    await upsertOrders(db, x, { source: 's' });
    expect((await db.imports.toArray())[0].rejected).toBe(1042);
    const twice = exportOf([
      { id: 'B', paidAt: T },
      { id: 'B', paidAt: T },
    ]);
    await expect(upsertOrders(db, twice, { source: 's' })).rejects.toThrow('"B" appears twice');
    // Also when the repeated order is already stored.
    const storedTwice = exportOf([
      { id: 'A', paidAt: T },
      { id: 'A', paidAt: T, shippedAt: T + HOUR },
    ]);
    await expect(upsertOrders(db, storedTwice, { source: 's' })).rejects.toThrow('"A" appears twice');
    expect(await db.imports.count()).toBe(1);
  });
});

describe('upsertOrders atomicity', () => {
  const setup = exportOf([
    { id: 'A1', paidAt: T },
    { id: 'A2', paidAt: T + HOUR },
    { id: 'A3', paidAt: T + 2 * HOUR },
  ]);
  // With chunks of 2 and batches of 2 chunks, this export makes 4 chunk jobs: chunk 0 (A1 now delivered),
  // chunk 1 (A3's chunk, gets N1), chunk 2 (new: N2 N3), chunk 3 (new: N4): batches {0, 1} and {2, 3}.
  const next = exportOf([
    { id: 'A1', paidAt: T, shippedAt: T + 3 * HOUR, deliveredAt: T + 40 * HOUR },
    ...[1, 2, 3, 4].map((k) => ({ id: `N${k}`, paidAt: T + (10 + k) * HOUR })),
  ]);
  const opts = { source: 'next.csv', chunkSize: 2, batchChunks: 2 };

  it('leaves the store exactly as before when a write of the batch fails (quota exceeded)', async () => {
    const db = freshDb();
    // Write requests so far: setup puts chunks once (1 bulkPut) and id lists once (1 bulkPut).
    // The next run's first batch puts its chunks (orderChunks write 2), then its id lists: write 2 of orderIndex fails.
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = spyOn(db, { table: 'orderIndex', at: 2, error: quota });
    await upsertOrders(db, setup, { source: 'setup.csv', chunkSize: 2 });
    const before = await dump(db);
    await expect(upsertOrders(db, next, opts)).rejects.toThrow('quota');
    // The chunk put did happen; the setup run's one token write is the only one (the failing batch never got there).
    expect(spy.writes).toEqual({ orderChunks: 2, orderIndex: 2, imports: 1, historyMeta: 1 });
    // The chunk put of the same transaction was rolled back with it: A1 not delivered, N1 not added.
    expect(await dump(db)).toEqual(before);
  });

  it('keeps committed batches when a later one throws, and a second run completes the import', async () => {
    const db = freshDb();
    // orderChunks writes: 1 (setup), 2 (batch 1), 3 (batch 2) → the third throws.
    spyOn(db, { table: 'orderChunks', at: 3, error: new Error('disk on fire') });
    await upsertOrders(db, setup, { source: 'setup.csv', chunkSize: 2 });
    await expect(upsertOrders(db, next, opts)).rejects.toThrow('disk on fire');
    // Batch 1 is in (A1 delivered; N1 in chunk 1), batch 2 is not (no chunk 2 or 3), and no import record.
    expect(await db.orderIndex.toArray()).toEqual([
      { chunkId: 0, ids: ['A1', 'A2'] },
      { chunkId: 1, ids: ['A3', 'N1'] },
    ]);
    expect(await db.orderChunks.count()).toBe(2);
    expect((await db.imports.toArray()).map((r) => r.name)).toEqual(['setup.csv']);
    // Again: A1 and N1 are already there, N2–N4 are added (chunks 2 and 3).
    expect(await upsertOrders(db, next, opts)).toEqual({ added: 3, updated: 0, unchanged: 2 });
    expect((await db.orderIndex.toArray()).map((r) => r.ids)).toEqual([
      ['A1', 'A2'],
      ['A3', 'N1'],
      ['N2', 'N3'],
      ['N4'],
    ]);
    expect((await loadHistory(db)).orders.deliveredAt[0]).toBe(T + 40 * HOUR);
  });
});
