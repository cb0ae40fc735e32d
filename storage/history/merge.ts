import { interner, type StringColumn, stringAt } from '../../core/lib/string-column';
import { CancelledBy, type RecordedOrders } from '../../core/records/orders';
import { type ChunkColumns, type OrderChunk, STRING_COLUMNS, type StringColumns } from './records';

/**
 * How an order already stored takes in the same order from another export. Every rule is monotone
 * (a known value never turns back into "unknown") and taking in the same row twice is a no-op, so a
 * re-import changes nothing and overlapping exports can come in any order:
 * - a known instant beats NaN;
 * - when both are known, created, paid and cancelled keep the EARLIER instant (as the export reader
 *   does for the lines of one order), ready-to-ship, shipped, delivered and the two deadlines keep the
 *   LATER one (the late reading: the last parcel, an extended deadline);
 * - the quantity keeps the larger count (0 is "not recorded");
 * - who cancelled, the carrier, the live room, product, promise and region: a known value fills an
 *   unknown one, a stored known value stays;
 * - flags are OR-ed.
 */
const earlier = (stored: number, incoming: number) => (Number.isNaN(stored) || incoming < stored ? incoming : stored);
const later = (stored: number, incoming: number) => (Number.isNaN(stored) || incoming > stored ? incoming : stored);

/** Equal, NaN being equal to NaN. */
export const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** An export's orders as the store takes them in. */
export type Incoming = {
  orders: RecordedOrders;
  carrier: readonly string[];
  liveRoomId: readonly string[];
  quantity: Uint32Array;
} & StringColumns;

/**
 * For each string column, an export code → the chunk's code of the same string, adding the string to
 * the chunk's dictionary when new (its `values` grow). Memoized per export code: a million-row import
 * looks each distinct string up once per chunk, not once per order.
 */
export type ChunkCodes = Record<keyof StringColumns, (exportCode: number) => number>;

export function chunkCodes(strings: StringColumns, x: Incoming): ChunkCodes {
  const one = (name: keyof StringColumns) => {
    const intern = interner(strings[name].values);
    const from = x[name].values;
    const memo = new Int32Array(from.length).fill(-1);
    return (k: number) => {
      if (memo[k] < 0) memo[k] = intern(from[k] ?? '');
      return memo[k];
    };
  };
  return { product: one('product'), promise: one('promise'), region: one('region') };
}

/**
 * Merges incoming row `i` into stored row `r` of `chunk` in place; true when anything of row `r`
 * changed. NaN incoming values are skipped by `earlier`/`later` because every comparison with NaN is false.
 */
export function mergeRow(chunk: OrderChunk, codes: ChunkCodes, r: number, x: Incoming, i: number): boolean {
  const c = chunk.columns;
  const o = x.orders;
  let changed = false;
  const set = (col: Float64Array, value: number) => {
    if (!same(col[r], value)) {
      col[r] = value;
      changed = true;
    }
  };
  set(c.createdAt, earlier(c.createdAt[r], o.createdAt[i]));
  set(c.paidAt, earlier(c.paidAt[r], o.paidAt[i]));
  set(c.cancelledAt, earlier(c.cancelledAt[r], o.cancelledAt[i]));
  set(c.rtsAt, later(c.rtsAt[r], o.rtsAt[i]));
  set(c.shippedAt, later(c.shippedAt[r], o.shippedAt[i]));
  set(c.deliveredAt, later(c.deliveredAt[r], o.deliveredAt[i]));
  set(c.deliverBy, later(c.deliverBy[r], o.deliverBy[i]));
  set(c.shipBy, later(c.shipBy[r], o.shipBy[i]));
  if (x.quantity[i] > c.quantity[r]) {
    c.quantity[r] = x.quantity[i];
    changed = true;
  }
  if (c.cancelledBy[r] === CancelledBy.none && o.cancelledBy[i] !== CancelledBy.none) {
    c.cancelledBy[r] = o.cancelledBy[i];
    changed = true;
  }
  const flags = c.flags[r] | o.flags[i];
  if (flags !== c.flags[r]) {
    c.flags[r] = flags;
    changed = true;
  }
  if (chunk.carrier[r] === '' && x.carrier[i] !== '') {
    chunk.carrier[r] = x.carrier[i];
    changed = true;
  }
  if (chunk.liveRoomId[r] === '' && x.liveRoomId[i] !== '') {
    chunk.liveRoomId[r] = x.liveRoomId[i];
    changed = true;
  }
  for (const name of STRING_COLUMNS) {
    const stored: StringColumn = chunk[name];
    const k = x[name].codes[i];
    if (stored.codes[r] === 0 && stringAt(x[name], i) !== '') {
      stored.codes[r] = codes[name](k);
      changed = true;
    }
  }
  return changed;
}

/** Copies incoming row `i` into row `r` of freshly allocated columns (a new order); strings apart (upsert.ts). */
export function copyRow(c: ChunkColumns, r: number, x: Incoming, i: number) {
  const o = x.orders;
  c.paidAt[r] = o.paidAt[i];
  c.shippedAt[r] = o.shippedAt[i];
  c.deliveredAt[r] = o.deliveredAt[i];
  c.deliverBy[r] = o.deliverBy[i];
  c.shipBy[r] = o.shipBy[i];
  c.cancelledAt[r] = o.cancelledAt[i];
  c.cancelledBy[r] = o.cancelledBy[i];
  c.flags[r] = o.flags[i];
  c.createdAt[r] = o.createdAt[i];
  c.rtsAt[r] = o.rtsAt[i];
  c.quantity[r] = x.quantity[i];
}
