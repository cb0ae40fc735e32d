import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, RadarDb } from '../../../../storage/db';
import { benchHistoryStore } from '../../../../storage/history/bench';
import { syntheticExport } from '../../../../storage/history/synthetic';
import { loadHistory, upsertOrders } from '../../../../storage/history-store';
import { freshDb } from './helpers';

const N = 200_000;

describe('the history store at scale', () => {
  it(`stores ${N.toLocaleString('en')} orders in chunks of 10,000 and loads them back equal`, async () => {
    const db = freshDb();
    const x = syntheticExport(N, { seed: 42 });
    expect(await upsertOrders(db, x, { source: 'big.csv' })).toEqual({ added: N, updated: 0, unchanged: 0 });
    // 200,000 / 10,000 = 20 chunks and 20 id lists, not 200,000 records.
    expect(await db.orderChunks.count()).toBe(20);
    expect(await db.orderIndex.count()).toBe(20);

    // The store orders rows by paid time, unpaid last; the generator pays in time order, so the expected
    // order is the export's paid rows in their order, then its unpaid rows in theirs.
    const paid = x.orders.paidAt;
    const order = [...paid.keys()].filter((i) => !Number.isNaN(paid[i]));
    const unpaid = [...paid.keys()].filter((i) => Number.isNaN(paid[i]));
    expect(unpaid.length).toBeGreaterThan(0);
    const expected = [...order, ...unpaid];

    const h = await loadHistory(db);
    expect(h.orders.length).toBe(N);
    for (const name of ['paidAt', 'shippedAt', 'deliveredAt', 'deliverBy', 'shipBy', 'cancelledAt'] as const) {
      const want = Float64Array.from(expected, (i) => x.orders[name][i]);
      expect(h.orders[name], name).toEqual(want);
    }
    expect(h.orders.cancelledBy).toEqual(Uint8Array.from(expected, (i) => x.orders.cancelledBy[i]));
    expect(h.orders.flags).toEqual(Uint8Array.from(expected, (i) => x.orders.flags[i]));
    const same = (got: string[], want: string[]) => expected.every((i, k) => got[k] === want[i]);
    expect(same(h.carrier, x.meta.carrier)).toBe(true);
    expect(same(h.liveRoomId, x.meta.liveRoomId)).toBe(true);
    const ids = (await db.orderIndex.toArray()).flatMap((r) => r.ids);
    expect(same(ids, x.orderIds)).toBe(true);

    // The same 200,000 again: all found through the index, none changed.
    expect(await upsertOrders(db, x, { source: 'big.csv' })).toEqual({ added: 0, updated: 0, unchanged: N });
  }, 120_000);

  it('benchmarks a scratch database and refuses the real one', async () => {
    const scratch = new RadarDb(`history-bench-${process.pid}`);
    try {
      const r = await benchHistoryStore(scratch, 20_000);
      expect(r.writeMs).toBeGreaterThan(0);
      expect(r.readMs).toBeGreaterThan(0);
      expect(r.rowsPerSecond).toBe(Math.round(20_000 / (r.writeMs / 1000)));
    } finally {
      scratch.close();
      await Dexie.delete(scratch.name);
    }
    await expect(benchHistoryStore(new RadarDb(DB_NAME), 10)).rejects.toThrow('refusing');
  }, 60_000);
});
