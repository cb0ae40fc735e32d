import type { OrderColumns } from './orders';

/**
 * Rows of an order history as known at an instant, for the replay and the backtest: what a past moment
 * could see of a file that runs on past it.
 */
/** The latest instant anything in the file happened: "the whole file as it happened" ends there. */
export function lastEvent(o: OrderColumns): number {
  let end = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    for (const v of [o.paidAt[i], o.shippedAt[i], o.deliveredAt[i], o.cancelledAt[i]]) if (v > end) end = v;
  }
  return end;
}

/** The rows paid by `at`, in file order. */
export function paidBy(o: OrderColumns, at: number): number[] {
  const keep: number[] = [];
  for (let i = 0; i < o.length; i++) if (o.paidAt[i] <= at) keep.push(i);
  return keep;
}

/** Whether a column holds any instant (an export without RTS times has the column all NaN). */
export const hasAny = (c: Float64Array | undefined): boolean => c?.some((t) => !Number.isNaN(t)) ?? false;

/** A copy holding only what was known at `at`: later events are erased, later orders dropped. */
export function onlyKnownAt(o: OrderColumns, at: number): OrderColumns {
  const keep = paidBy(o, at);
  const pick = (c: Float64Array) => Float64Array.from(keep, (i) => (c[i] <= at ? c[i] : Number.NaN));
  return {
    ...(o.rtsAt && { rtsAt: pick(o.rtsAt) }),
    length: keep.length,
    paidAt: Float64Array.from(keep, (i) => o.paidAt[i]),
    shippedAt: pick(o.shippedAt),
    deliveredAt: pick(o.deliveredAt),
    deliverBy: Float64Array.from(keep, (i) => o.deliverBy[i]),
    shipBy: Float64Array.from(keep, (i) => o.shipBy[i]),
    cancelledAt: pick(o.cancelledAt),
    cancelledBy: Uint8Array.from(keep, (i) => (o.cancelledAt[i] <= at ? o.cancelledBy[i] : 0)),
    flags: Uint8Array.from(keep, (i) => o.flags[i]),
  };
}
