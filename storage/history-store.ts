import type { OrderExport } from '../core/exports/types';
import type { RadarDb } from './db';
import { exclusive } from './history/exclusive';
import { forgetIndex, newToken, putToken } from './history/generation';
import { BATCH_CHUNKS, CHUNK_SIZE, type OrderChunk, storedForm } from './history/records';
import { concatChunks, type History, keepRows } from './history/rows';
import { runUpsert, type UpsertResult } from './history/upsert';

export { exportBackup, restoreBackup } from './history/backup';
export type { History, UpsertResult };

/**
 * The order history: a million orders in chunks of typed-array columns (storage/history/records.ts),
 * an id index of one record per chunk, and a log of imported files. Orders come in only as an
 * `OrderExport`, which holds no personal data, and the store adds none.
 */

/** Tuning for tests: smaller chunks and batches make many-chunk cases small enough to check by hand. */
export type ChunkingOptions = { chunkSize?: number; batchChunks?: number };

/**
 * Stores an export's orders, keyed by order id. A new order is appended (to the last chunk while it
 * has room, then to new chunks, in paid-time order); a stored order takes in the export's row by the
 * rules of storage/history/merge.ts, so a re-import or an overlapping export changes only what is
 * newer (now shipped, now delivered) and writes nothing when nothing is. One read-write transaction per
 * batch of chunks: a failure leaves its batch entirely unwritten (earlier batches stay, and running the
 * import again completes it, as it is idempotent). Logs the file in `imports` with the last batch.
 */
export function upsertOrders(
  db: RadarDb,
  exported: OrderExport,
  opts: { source: string; at?: number; onBatch?: (done: UpsertResult) => void } & ChunkingOptions,
): Promise<UpsertResult> {
  const options = { chunkSize: CHUNK_SIZE, batchChunks: BATCH_CHUNKS, ...opts };
  return exclusive(db, () => runUpsert(db, exported, options));
}

/**
 * Every stored order (in chunk and row order), or with `from`/`to` those paid in [from, to]
 * (epoch ms, inclusive; an unpaid order is in no range). Only chunks whose paid-time bounds meet the
 * range are read: the bounds are indexed, so the others are not even loaded.
 */
export async function loadHistory(db: RadarDb, range: { from?: number; to?: number } = {}): Promise<History> {
  const { from, to } = range;
  if (from === undefined && to === undefined) {
    return concatChunks(await db.transaction('r', db.orderChunks, () => db.orderChunks.toArray()));
  }
  const lo = from ?? Number.NEGATIVE_INFINITY;
  const hi = to ?? Number.POSITIVE_INFINITY;
  if (Number.isNaN(lo) || Number.isNaN(hi)) throw new Error('loadHistory: from and to must be numbers');
  const chunks = lo > hi ? [] : await db.transaction('r', db.orderChunks, () => chunksPaidIn(db, lo, hi));
  return concatChunks(chunks, (ch, r) => ch.columns.paidAt[r] >= lo && ch.columns.paidAt[r] <= hi);
}

/** The chunks holding an order paid in [lo, hi], by their indexed bounds: minPaidAt ≤ hi and maxPaidAt ≥ lo. */
async function chunksPaidIn(db: RadarDb, lo: number, hi: number): Promise<OrderChunk[]> {
  const startBefore = new Set(await db.orderChunks.where('minPaidAt').belowOrEqual(hi).primaryKeys());
  const endAfter = await db.orderChunks.where('maxPaidAt').aboveOrEqual(lo).primaryKeys();
  const ids = endAfter.filter((id) => startBefore.has(id)).sort((a, b) => a - b);
  return (await db.orderChunks.bulkGet(ids)).filter((c): c is OrderChunk => c !== undefined);
}

/**
 * Whether retention removes a row: paid before the cutoff; or, never paid, with every known instant
 * (created, ready to ship, shipped, delivered, cancelled) before it. A row with no instant at all cannot be dated and stays.
 */
function expired(c: OrderChunk['columns'], r: number, cutoff: number): boolean {
  if (!Number.isNaN(c.paidAt[r])) return c.paidAt[r] < cutoff;
  let last = Number.NaN;
  for (const t of [c.createdAt[r], c.rtsAt[r], c.shippedAt[r], c.deliveredAt[r], c.cancelledAt[r]]) {
    if (t > last || Number.isNaN(last)) last = t;
  }
  return last < cutoff;
}

/**
 * Retention: removes the orders paid before `cutoff` (epoch ms; the caller turns its setting, 120 days
 * by default, into it) and the unpaid ones whose last event is before it. Only chunks that can hold
 * such a row are read (minPaidAt < cutoff, or an unpaid row); each is rewritten without them, or
 * deleted when emptied, in the same transaction as its id list, so the index never disagrees.
 */
export function deleteOrdersPaidBefore(
  db: RadarDb,
  cutoff: number,
  opts: Pick<ChunkingOptions, 'batchChunks'> = {},
): Promise<{ removed: number; chunksRewritten: number; chunksDeleted: number }> {
  if (Number.isNaN(cutoff)) return Promise.reject(new Error('deleteOrdersPaidBefore: the cutoff is not a number'));
  const batchChunks = opts.batchChunks ?? BATCH_CHUNKS;
  if (!Number.isInteger(batchChunks) || batchChunks < 1) {
    return Promise.reject(new Error('deleteOrdersPaidBefore: batchChunks must be 1 or more'));
  }
  return exclusive(db, async () => {
    const old = await db.orderChunks.where('minPaidAt').below(cutoff).primaryKeys();
    const unpaid = await db.orderChunks.where('unpaid').above(0).primaryKeys();
    const ids = [...new Set([...old, ...unpaid])].sort((a, b) => a - b);
    const out = { removed: 0, chunksRewritten: 0, chunksDeleted: 0 };
    for (let b = 0; b < ids.length; b += batchChunks) {
      const batch = ids.slice(b, b + batchChunks);
      // Rows move within rewritten chunks: a cached order-id index no longer points right.
      forgetIndex(db);
      const done = await db.transaction('rw', [db.orderChunks, db.orderIndex, db.historyMeta], async () => {
        const d = { removed: 0, chunksRewritten: 0, chunksDeleted: 0 };
        const chunks = await db.orderChunks.bulkGet(batch);
        const lists = await db.orderIndex.bulkGet(batch);
        for (const [k, chunk] of chunks.entries()) {
          const ids = lists[k]?.ids;
          if (!chunk || !ids || ids.length !== chunk.count) {
            throw new Error(`deleteOrdersPaidBefore: chunk ${batch[k]} and its id list disagree`);
          }
          const keep = new Uint8Array(chunk.count);
          let kept = 0;
          for (let r = 0; r < chunk.count; r++) {
            if (expired(chunk.columns, r, cutoff)) continue;
            keep[r] = 1;
            kept++;
          }
          if (kept === chunk.count) continue;
          d.removed += chunk.count - kept;
          if (kept === 0) {
            await db.orderChunks.delete(chunk.id);
            await db.orderIndex.delete(chunk.id);
            d.chunksDeleted++;
          } else {
            await db.orderChunks.put(storedForm(keepRows(chunk, keep, kept)));
            await db.orderIndex.put({ chunkId: chunk.id, ids: ids.filter((_, r) => keep[r] === 1) });
            d.chunksRewritten++;
          }
        }
        if (d.removed > 0) await putToken(db, newToken());
        return d;
      });
      out.removed += done.removed;
      out.chunksRewritten += done.chunksRewritten;
      out.chunksDeleted += done.chunksDeleted;
    }
    return out;
  });
}

/** The Web Lock every writer of the order history holds: the import worker, a backup restore. */
export const HISTORY_LOCK = 'les-radar-history';

/**
 * Runs `work` holding the history's Web Lock where there is one (pages and workers in the browsers):
 * two import tabs would otherwise both append to the same chunk, since `upsertOrders` serializes runs
 * only within one context. Node, in the unit tests, has no `navigator.locks` and one context.
 */
export function withHistoryLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request(HISTORY_LOCK, work) : work();
}
