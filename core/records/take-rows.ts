import type { OrderColumns } from './orders';

/** A copy of the given rows of `o`, in the given order (the optional per-order columns as well). */
export function takeRows(o: OrderColumns, rows: readonly number[]): OrderColumns {
  const f = (c: Float64Array) => Float64Array.from(rows, (i) => c[i]);
  const u = (c: Uint8Array) => Uint8Array.from(rows, (i) => c[i]);
  const out: OrderColumns = {
    length: rows.length,
    paidAt: f(o.paidAt),
    shippedAt: f(o.shippedAt),
    deliveredAt: f(o.deliveredAt),
    deliverBy: f(o.deliverBy),
    shipBy: f(o.shipBy),
    cancelledAt: f(o.cancelledAt),
    cancelledBy: u(o.cancelledBy),
    flags: u(o.flags),
  };
  if (o.weight) out.weight = f(o.weight);
  return out;
}
