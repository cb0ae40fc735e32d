import { DB_NAME, type RadarDb } from '../db';
import { loadHistory, upsertOrders } from '../history-store';
import { syntheticExport } from './synthetic';

/**
 * Times the history store on `n` generated orders, for a browser benchmark page: `writeMs` is one
 * `upsertOrders` of them all (id index, chunking, transactions), `readMs` one `loadHistory` of every
 * stored order, `rowsPerSecond` the write rate. It writes into `db`, so it refuses the real database:
 * give it a scratch one (`new RadarDb('les-radar-bench')`) and delete that afterwards.
 */
export async function benchHistoryStore(
  db: RadarDb,
  n: number,
): Promise<{ writeMs: number; readMs: number; rowsPerSecond: number }> {
  if (db.name === DB_NAME) throw new Error(`benchHistoryStore: refusing to write into "${DB_NAME}", the real history`);
  if (!Number.isInteger(n) || n < 1)
    throw new Error('benchHistoryStore: n must be a whole number of orders, 1 or more');
  // Ids no earlier run used, so every order is new whatever the scratch database already holds.
  const exported = syntheticExport(n, { idPrefix: `B${Date.now().toString(36)}-` });
  const t0 = performance.now();
  await upsertOrders(db, exported, { source: `benchmark of ${n} orders` });
  const t1 = performance.now();
  const loaded = await loadHistory(db);
  const t2 = performance.now();
  if (loaded.orders.length < n)
    throw new Error(`benchHistoryStore: wrote ${n} orders, read back ${loaded.orders.length}`);
  const writeMs = t1 - t0;
  return { writeMs, readMs: t2 - t1, rowsPerSecond: Math.round(n / (writeMs / 1000)) };
}
