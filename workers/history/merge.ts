import { CancelledBy, type OrderColumns } from '../../core/orders';
import type { ChunkColumns } from './records';

/**
 * How an order already stored takes in the same order from another export. Every rule is monotone
 * (a known value never turns back into "unknown") and taking in the same row twice is a no-op, so a
 * re-import changes nothing and overlapping exports can come in any order:
 * - a known instant beats NaN;
 * - when both are known, paid and cancelled keep the EARLIER instant (as the export reader does for
 *   the lines of one order), shipped, delivered and the two deadlines keep the LATER one (the late
 *   reading: the last parcel, an extended deadline);
 * - who cancelled, the carrier and the live room: a known value fills an unknown one, a stored known
 *   value stays;
 * - flags are OR-ed.
 */
const earlier = (stored: number, incoming: number) => (Number.isNaN(stored) || incoming < stored ? incoming : stored);
const later = (stored: number, incoming: number) => (Number.isNaN(stored) || incoming > stored ? incoming : stored);

/** Equal, NaN being equal to NaN. */
export const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

export type Incoming = { orders: OrderColumns; carrier: readonly string[]; liveRoomId: readonly string[] };

/**
 * Merges incoming row `i` into stored row `r` in place; true when anything of row `r` changed.
 * NaN incoming values are skipped by `earlier`/`later` because every comparison with NaN is false.
 */
export function mergeRow(
  c: ChunkColumns,
  carrier: string[],
  liveRoomId: string[],
  r: number,
  x: Incoming,
  i: number,
): boolean {
  const o = x.orders;
  let changed = false;
  const set = (col: Float64Array, value: number) => {
    if (!same(col[r], value)) {
      col[r] = value;
      changed = true;
    }
  };
  set(c.paidAt, earlier(c.paidAt[r], o.paidAt[i]));
  set(c.cancelledAt, earlier(c.cancelledAt[r], o.cancelledAt[i]));
  set(c.shippedAt, later(c.shippedAt[r], o.shippedAt[i]));
  set(c.deliveredAt, later(c.deliveredAt[r], o.deliveredAt[i]));
  set(c.deliverBy, later(c.deliverBy[r], o.deliverBy[i]));
  set(c.shipBy, later(c.shipBy[r], o.shipBy[i]));
  if (c.cancelledBy[r] === CancelledBy.none && o.cancelledBy[i] !== CancelledBy.none) {
    c.cancelledBy[r] = o.cancelledBy[i];
    changed = true;
  }
  const flags = c.flags[r] | o.flags[i];
  if (flags !== c.flags[r]) {
    c.flags[r] = flags;
    changed = true;
  }
  if (carrier[r] === '' && x.carrier[i] !== '') {
    carrier[r] = x.carrier[i];
    changed = true;
  }
  if (liveRoomId[r] === '' && x.liveRoomId[i] !== '') {
    liveRoomId[r] = x.liveRoomId[i];
    changed = true;
  }
  return changed;
}

/** Copies incoming row `i` into row `r` of freshly allocated columns (a new order). */
export function copyRow(c: ChunkColumns, r: number, o: OrderColumns, i: number): void {
  c.paidAt[r] = o.paidAt[i];
  c.shippedAt[r] = o.shippedAt[i];
  c.deliveredAt[r] = o.deliveredAt[i];
  c.deliverBy[r] = o.deliverBy[i];
  c.shipBy[r] = o.shipBy[i];
  c.cancelledAt[r] = o.cancelledAt[i];
  c.cancelledBy[r] = o.cancelledBy[i];
  c.flags[r] = o.flags[i];
}
