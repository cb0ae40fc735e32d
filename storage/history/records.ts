import type { ExportFormat } from '../../core/exports/types';
import { type StringColumn, unknownStrings } from '../../core/lib/string-column';
import type { OrderColumns } from '../../core/records/orders';

/**
 * The order-history records (database version 2). Orders live in chunks of typed-array columns, one
 * IndexedDB record per chunk: a million orders are about a hundred records, written at hundreds of
 * thousands of rows a second, where one record per order manages a few thousand. Nothing here is
 * personal: the store is only ever fed an `OrderExport`, which holds none, and adds no field of its own.
 */

/** At most this many orders per chunk. */
export const CHUNK_SIZE = 10_000;
/** Chunks written per read-write transaction: a failure undoes its whole batch and nothing before it. */
export const BATCH_CHUNKS = 10;
/** `row < ROW_SPAN` always: a chunk id and a row pack into one number, `chunkId * ROW_SPAN + row`. */
export const ROW_SPAN = 2 ** 20;

/**
 * The arrays a chunk stores: the `OrderColumns` (`length` is the record's `count`; `weight` is never
 * stored), the created and ready-to-ship times, and the items per order (0: not recorded).
 */
export type ChunkColumns = Required<Omit<OrderColumns, 'length' | 'weight'>> & { quantity: Uint32Array };

export const TIME_COLUMNS = [
  'paidAt',
  'shippedAt',
  'deliveredAt',
  'deliverBy',
  'shipBy',
  'cancelledAt',
  'createdAt',
  'rtsAt',
] as const;
export const CODE_COLUMNS = ['cancelledBy', 'flags', 'quantity'] as const;
/** The per-chunk dictionary columns (core/lib/string-column.ts). */
export const STRING_COLUMNS = ['product', 'promise', 'region'] as const;
export type StringColumns = Record<(typeof STRING_COLUMNS)[number], StringColumn>;
/**
 * Columns added in database version 3: a chunk written by version 2 lacks them, and one written since
 * leaves out those it knows nothing of (see `completeChunk` and `storedForm`).
 */
const V3_TIMES = ['createdAt', 'rtsAt'] as const;

/** Up to CHUNK_SIZE orders; every array has `count` entries, row i of each being the same order. */
export type OrderChunk = {
  id: number;
  count: number;
  columns: ChunkColumns;
  /** The carrier's name per order, '' if none; never a tracking number. */
  carrier: string[];
  /** Douyin's live room per order, '' if none. */
  liveRoomId: string[];
  /** Product, shipping promise and destination province per order, as codes into a per-chunk dictionary. */
  product: StringColumn;
  promise: StringColumn;
  region: StringColumn;
  /**
   * The earliest and latest paid time among the chunk's orders (indexed: a paid-range read or a
   * retention run skips the chunks outside it). NaN when no order of the chunk is paid, which
   * IndexedDB leaves out of the index.
   */
  minPaidAt: number;
  maxPaidAt: number;
  /** Orders without a paid time (indexed: retention dates them by their last event instead). */
  unpaid: number;
};

/** The order ids of one chunk, in its row order: `ids.length === chunk.count` always. */
export type OrderIndexRow = { chunkId: number; ids: string[] };

/** One imported file, as `upsertOrders` counted it. */
export type ImportRow = {
  id?: number;
  /** The file's name (the caller's `source`). */
  name: string;
  format: ExportFormat;
  /** Data rows the reader read, rejected ones included. */
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  at: number;
};

/** The Dexie `stores` of version 2's new tables. */
export const HISTORY_STORES = {
  orderChunks: 'id, minPaidAt, maxPaidAt, unpaid',
  orderIndex: 'chunkId',
  imports: '++id, at',
};

export function allocateColumns(n: number): ChunkColumns {
  return {
    paidAt: new Float64Array(n),
    shippedAt: new Float64Array(n),
    deliveredAt: new Float64Array(n),
    deliverBy: new Float64Array(n),
    shipBy: new Float64Array(n),
    cancelledAt: new Float64Array(n),
    cancelledBy: new Uint8Array(n),
    flags: new Uint8Array(n),
    createdAt: new Float64Array(n),
    rtsAt: new Float64Array(n),
    quantity: new Uint32Array(n),
  };
}

export function allocateStrings(n: number): StringColumns {
  return { product: unknownStrings(n), promise: unknownStrings(n), region: unknownStrings(n) };
}

/** The chunk's paid-time bounds and unpaid count, recomputed from its columns. */
export function paidBounds(
  paidAt: Float64Array,
  count: number,
): Pick<OrderChunk, 'minPaidAt' | 'maxPaidAt' | 'unpaid'> {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let unpaid = 0;
  for (let i = 0; i < count; i++) {
    const t = paidAt[i];
    if (Number.isNaN(t)) unpaid++;
    else {
      if (t < min) min = t;
      if (t > max) max = t;
    }
  }
  return unpaid === count
    ? { minPaidAt: Number.NaN, maxPaidAt: Number.NaN, unpaid }
    : { minPaidAt: min, maxPaidAt: max, unpaid };
}

/** Builds a chunk record from columns and per-order strings (taken over, not copied). */
export function makeChunk(
  id: number,
  count: number,
  columns: ChunkColumns,
  carrier: string[],
  liveRoomId: string[],
  strings: StringColumns,
): OrderChunk {
  const { product, promise, region } = strings;
  return { id, count, columns, carrier, liveRoomId, product, promise, region, ...paidBounds(columns.paidAt, count) };
}

/**
 * A chunk as read from the database, with every column: one written by version 2 of the database has
 * no created or ready-to-ship times (NaN), no quantities (0, "not recorded") and no product, promise or
 * region (every code 0, ''), and `storedForm` leaves out such columns when every order's is unknown.
 * Filling them when a chunk is read, rather than rewriting every stored chunk in an upgrade, keeps
 * opening the database instant.
 */
export function completeChunk(chunk: OrderChunk): OrderChunk {
  const c = chunk.columns as Partial<ChunkColumns> & Omit<ChunkColumns, 'createdAt' | 'rtsAt' | 'quantity'>;
  const n = chunk.count;
  for (const name of V3_TIMES) if (!c[name]) c[name] = new Float64Array(n).fill(Number.NaN);
  if (!c.quantity) c.quantity = new Uint32Array(n);
  const strings = chunk as Partial<StringColumns>;
  for (const name of STRING_COLUMNS) if (!strings[name]) strings[name] = unknownStrings(n);
  return chunk;
}

/**
 * The record to write: the chunk without the version-3 columns in which no order's value is known (a
 * Douyin export has no ready-to-ship time and no promise; many exports no state). Each is 4 or 8 bytes
 * an order that IndexedDB would otherwise write and read back for nothing; `completeChunk` restores them.
 */
export function storedForm(chunk: OrderChunk): OrderChunk {
  const n = chunk.count;
  const columns: Partial<ChunkColumns> = { ...chunk.columns };
  for (const name of V3_TIMES) if (columns[name]?.subarray(0, n).every(Number.isNaN)) delete columns[name];
  if (columns.quantity?.subarray(0, n).every((q) => q === 0)) delete columns.quantity;
  const out: Partial<OrderChunk> = { ...chunk, columns: columns as ChunkColumns };
  for (const name of STRING_COLUMNS) if (chunk[name].codes.subarray(0, n).every((k) => k === 0)) delete out[name];
  return out as OrderChunk;
}
