import 'fake-indexeddb/auto';
import Dexie, { type DBCoreMutateRequest } from 'dexie';
import { afterEach } from 'vitest';
import type { ExportFormat, OrderExport } from '../../../../core/exports/types';
import { stringAt, stringColumn } from '../../../../core/lib/string-column';
import { type CancelledByCode, ordersFromRows } from '../../../../core/records/orders';
import { RadarDb } from '../../../../storage/db';
import type { History } from '../../../../storage/history-store';

/** Shared builders for the history-store tests. */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 2026-11-20 10:00 in Shanghai. */
export const T = Date.parse('2026-11-20T10:00:00+08:00');

let n = 0;
const opened: Dexie[] = [];
/** A database with a name no other test uses, deleted after the test. */
export function freshDb(): RadarDb {
  const db = new RadarDb(`history-test-${process.pid}-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

export type TestOrder = {
  id: string;
  paidAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  cancelledAt?: number;
  cancelledBy?: CancelledByCode;
  flags?: number;
  carrier?: string;
  room?: string;
  createdAt?: number;
  rtsAt?: number;
  quantity?: number;
  product?: string;
  promise?: string;
  region?: string;
};

/** An export as a reader would give it (no deadlines, no personal data), from plain orders. */
export function exportOf(orders: readonly TestOrder[], format: ExportFormat = 'douyin'): OrderExport {
  return {
    format,
    orders: ordersFromRows(orders.map((o) => ({ ...o, paidAt: o.paidAt ?? Number.NaN }))),
    orderIds: orders.map((o) => o.id),
    meta: {
      carrier: orders.map((o) => o.carrier ?? ''),
      liveRoomId: orders.map((o) => o.room ?? ''),
      quantity: Uint32Array.from(orders, (o) => o.quantity ?? 1),
      amountFen: new Float64Array(orders.length).fill(100),
      product: stringColumn(orders.map((o) => o.product ?? '')),
      promise: stringColumn(orders.map((o) => o.promise ?? '')),
      region: stringColumn(orders.map((o) => o.region ?? '')),
    },
    rows: orders.length,
    rejected: [],
  };
}

/** Loaded history as plain rows (NaN kept), to compare with toEqual. */
export function rowsOf(h: History) {
  const o = h.orders;
  return Array.from({ length: o.length }, (_, i) => ({
    paidAt: o.paidAt[i],
    shippedAt: o.shippedAt[i],
    deliveredAt: o.deliveredAt[i],
    deliverBy: o.deliverBy[i],
    shipBy: o.shipBy[i],
    cancelledAt: o.cancelledAt[i],
    cancelledBy: o.cancelledBy[i],
    flags: o.flags[i],
    carrier: h.carrier[i],
    liveRoomId: h.liveRoomId[i],
  }));
}

/** The columns added in database version 3, per loaded order, as plain values. */
export function detailsOf(h: History) {
  return Array.from({ length: h.orders.length }, (_, i) => ({
    createdAt: h.orders.createdAt[i],
    rtsAt: h.orders.rtsAt[i],
    quantity: h.quantity[i],
    product: stringAt(h.product, i),
    promise: stringAt(h.promise, i),
    region: stringAt(h.region, i),
  }));
}

/** The history tables as they are, to check that a failed run left them exactly so. */
export async function dump(db: RadarDb) {
  return {
    chunks: await db.orderChunks.toArray(),
    index: await db.orderIndex.toArray(),
    imports: await db.imports.toArray(),
  };
}

export type Spy = {
  /** Keys of `orderChunks` records read by key (bulkGet/get). */
  chunkReads: number[];
  /** Full-record scans of `orderChunks` (toArray on a collection). */
  chunkScans: number;
  /** Write requests per table. */
  writes: Record<string, number>;
};

/**
 * Watches the database's requests (a Dexie middleware, so it must be set before the first query), and
 * optionally makes the `failAt`-th write request to table `failTable` reject with `error`.
 */
export function spyOn(db: RadarDb, fail?: { table: string; at: number; error: Error }): Spy {
  const spy: Spy = { chunkReads: [], chunkScans: 0, writes: {} };
  db.use({
    stack: 'dbcore',
    name: 'test-spy',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          getMany: (req) => {
            if (name === 'orderChunks') spy.chunkReads.push(...(req.keys as number[]));
            return t.getMany(req);
          },
          get: (req) => {
            if (name === 'orderChunks') spy.chunkReads.push(req.key as number);
            return t.get(req);
          },
          query: (req) => {
            if (name === 'orderChunks' && req.values) spy.chunkScans++;
            return t.query(req);
          },
          mutate: (req: DBCoreMutateRequest) => {
            spy.writes[name] = (spy.writes[name] ?? 0) + 1;
            if (fail && name === fail.table && spy.writes[name] === fail.at) return Promise.reject(fail.error);
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return spy;
}
