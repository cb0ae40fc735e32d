import type { OrderExport } from '../../core/exports/types';
import type { OrderIndex } from './order-index';
import { ROW_SPAN } from './records';

/** What one run does to one chunk: merge export rows into stored rows, and append new orders. */
export type Job = { chunkId: number; isNew: boolean; updates: number[]; rows: number[]; appends: number[] };

/** The number of orders, after checking every array of the export holds that many. */
export function checkExport(x: OrderExport): number {
  const n = x.orders.length;
  const o = x.orders;
  const arrays = [o.paidAt, o.shippedAt, o.deliveredAt, o.deliverBy, o.shipBy, o.cancelledAt, o.cancelledBy, o.flags];
  if (
    !Number.isInteger(n) ||
    x.orderIds.length !== n ||
    x.meta.carrier.length < n ||
    x.meta.liveRoomId.length < n ||
    arrays.some((a) => a.length < n)
  ) {
    throw new Error(`upsertOrders: the export's ids, columns and meta do not all hold its ${n} orders`);
  }
  return n;
}

/**
 * Rejected data rows. The reader lists at most 1,000 and then one '(file)' entry, "this row and N
 * after it were rejected too", which stands for N + 1 more.
 */
export function rejectedCount(x: OrderExport): number {
  let count = 0;
  for (const r of x.rejected) {
    const more = r.field === '(file)' ? /^this row and (\d+) after it/.exec(r.reason) : null;
    count += more ? Number(more[1]) + 1 : 1;
  }
  return count;
}

/** Which chunk each export row goes to: a stored order to its own chunk, a new one to the open chunk or a new one. */
export function plan(x: OrderExport, n: number, index: OrderIndex, chunkSize: number): Job[] {
  const jobs = new Map<number, Job>();
  const job = (chunkId: number, isNew: boolean) => {
    const j = jobs.get(chunkId) ?? { chunkId, isNew, updates: [], rows: [], appends: [] };
    jobs.set(chunkId, j);
    return j;
  };
  const fresh: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const id = x.orderIds[i];
    if (typeof id !== 'string' || id === '') throw new Error(`upsertOrders: order ${i} has no id`);
    // The reader merges an order's lines into one row: a repeated id is a broken export, not an update.
    if (seen.has(id)) throw new Error(`upsertOrders: the order id "${id}" appears twice in one export`);
    seen.add(id);
    const at = index.locate(id);
    if (at !== undefined) {
      const j = job(Math.floor(at / ROW_SPAN), false);
      j.updates.push(i);
      j.rows.push(at % ROW_SPAN);
    } else fresh.push(i);
  }
  // New orders go in by paid time (unpaid last), so a chunk covers a narrow paid range that reads and
  // retention can skip; exports are mostly in time order already, which the sort handles in linear time.
  const paid = x.orders.paidAt;
  fresh.sort((a, b) => (Number.isNaN(paid[a]) ? 1 : 0) - (Number.isNaN(paid[b]) ? 1 : 0) || paid[a] - paid[b] || a - b);
  let last = index.lastChunkId();
  let k = 0;
  const open = index.counts.get(last) ?? chunkSize;
  if (open < chunkSize) {
    const j = job(last, false);
    for (; k < fresh.length && k < chunkSize - open; k++) j.appends.push(fresh[k]);
  }
  while (k < fresh.length) {
    const j = job(++last, true);
    for (const end = Math.min(fresh.length, k + chunkSize); k < end; k++) j.appends.push(fresh[k]);
  }
  return [...jobs.values()].sort((a, b) => a.chunkId - b.chunkId);
}
