import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RadarDb } from '../../../../storage/db';
import { currentIndex } from '../../../../storage/history/generation';
import {
  deleteOrdersPaidBefore,
  exportBackup,
  loadHistory,
  restoreBackup,
  upsertOrders,
} from '../../../../storage/history-store';
import { exportOf, freshDb, HOUR, rowsOf, T } from './helpers';

const small = { chunkSize: 3 };
const orders = (ids: string[], from: number, extra: { shippedAt?: number } = {}) =>
  exportOf(ids.map((id, k) => ({ id, paidAt: T + (from + k) * HOUR, ...extra })));

/** Full scans of the `orderIndex` table: what loading the id index from disk costs. */
function countIndexScans(db: RadarDb): { scans: number } {
  const seen = { scans: 0 };
  db.use({
    stack: 'dbcore',
    name: 'index-scans',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          query: (req) => {
            if (name === 'orderIndex') seen.scans++;
            return t.query(req);
          },
        };
      },
    }),
  });
  return seen;
}

describe('the order-id index kept between runs', () => {
  it('is read from disk once for a series of imports in one context, and stays right', async () => {
    const db = freshDb();
    const seen = countIndexScans(db);
    await upsertOrders(db, orders(['A', 'B'], 0), { source: 'a', ...small });
    await upsertOrders(db, orders(['C', 'D'], 2), { source: 'b', ...small }); // C fills chunk 0, D opens chunk 1
    expect(
      await upsertOrders(db, orders(['B', 'D', 'E'], 1, { shippedAt: T + 9 * HOUR }), { source: 'c', ...small }),
    ).toEqual({ added: 1, updated: 2, unchanged: 0 }); // B and D found where the cached index says
    expect(seen.scans).toBe(1); // the first run's load only
    expect(rowsOf(await loadHistory(db)).map((r) => r.shippedAt)).toEqual([
      Number.NaN,
      T + 9 * HOUR, // B
      Number.NaN,
      T + 9 * HOUR, // D
      T + 9 * HOUR, // E, appended after D in chunk 1
    ]);
    expect((await currentIndex(db)).reused).toBe(true);
  });

  it('is read afresh when another context wrote in between (another tab’s import)', async () => {
    const here = freshDb();
    await upsertOrders(here, orders(['A'], 0), { source: 'a', ...small });
    // Another context: its own connection and its own cache, the same database. It appends B to chunk 0.
    const there = new RadarDb(here.name);
    await upsertOrders(there, orders(['B'], 1), { source: 'b', ...small });
    there.close();
    expect((await currentIndex(here)).reused).toBe(false);
    // With a stale index this side would append C over B's row, or add B a second time.
    expect(await upsertOrders(here, orders(['B', 'C'], 1), { source: 'c', ...small })).toEqual({
      added: 1,
      updated: 0,
      unchanged: 1,
    });
    const ids = (await here.orderIndex.toArray()).flatMap((r) => r.ids);
    expect(ids).toEqual(['A', 'B', 'C']);
  });

  it('is read afresh after retention moved rows, and after a restore', async () => {
    const db = freshDb();
    // Order ids shaped like Douyin's: the restore below checks them as an import does.
    const [a, b, c] = ['6917000000000000001', '6917000000000000002', '6917000000000000003'];
    await upsertOrders(db, orders([a, b, c], 0), { source: 'a', ...small });
    // Retention removes a: b and c move up one row in chunk 0.
    expect((await deleteOrdersPaidBefore(db, T + 1)).removed).toBe(1);
    expect((await currentIndex(db)).reused).toBe(false);
    await upsertOrders(db, orders([c], 2, { shippedAt: T + 5 * HOUR }), { source: 'b', ...small });
    expect(rowsOf(await loadHistory(db)).map((r) => r.shippedAt)).toEqual([Number.NaN, T + 5 * HOUR]); // B, C

    const copy = freshDb();
    await currentIndex(copy); // cached while empty
    await restoreBackup(copy, await exportBackup(db));
    expect((await currentIndex(copy)).reused).toBe(false);
    expect((await currentIndex(copy)).index.size).toBe(2);
  });
});
